import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Where a page the user's roles cannot open sends them: said plainly, rather than a silent trip home. */
@Component({
  selector: 'pp-forbidden-page',
  imports: [RouterLink],
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l">You do not have permission to see this page</h1>
        <p class="govuk-body">Your account does not include the role this page needs.</p>
        <p class="govuk-body">If you think you should have access, ask your Peerpath administrator.</p>
        <p class="govuk-body"><a class="govuk-link" routerLink="/">Go to the Peerpath home page</a></p>
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForbiddenPage {}
