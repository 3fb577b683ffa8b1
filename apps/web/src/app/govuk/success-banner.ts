import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** GOV.UK success notification banner, announced when it appears. */
@Component({
  selector: 'pp-success-banner',
  template: `
    <div
      class="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="success-banner-title"
      data-module="govuk-notification-banner"
      data-testid="success-banner"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="success-banner-title" tabindex="-1">Success</h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{{ message() }}</p>
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SuccessBanner {
  readonly message = input.required<string>();
}
