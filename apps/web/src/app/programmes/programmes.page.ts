import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { holdsRole, PERMISSIONS } from '@peerpath/domain';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { programmeState, VERSION_STATUS_TAGS } from '@peerpath/web/programmes/programme-labels';
import { programmesResource } from '@peerpath/web/programmes/programmes.api';

/** Every programme and its versions; admins also see where to edit or start a draft. */
@Component({
  selector: 'pp-programmes-page',
  imports: [RouterLink, DatePipe],
  template: `
    @if (published; as message) {
      <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="published-title" data-module="govuk-notification-banner">
        <div class="govuk-notification-banner__header">
          <h2 class="govuk-notification-banner__title" id="published-title">Success</h2>
        </div>
        <div class="govuk-notification-banner__content">
          <p class="govuk-notification-banner__heading">{{ message }}</p>
        </div>
      </div>
    }
    <h1 class="govuk-heading-l">Programmes</h1>
    <p class="govuk-body">
      Each programme is published in versions. Cohorts use a published version, and buddies keep the version they trained on.
    </p>
    @if (programmes.error()) {
      <p class="govuk-body">Sorry, programmes cannot be shown right now. Try again later.</p>
    } @else if (programmes.isLoading()) {
      <p class="govuk-body">Loading programmes…</p>
    } @else {
      @for (programme of programmes.value(); track programme.id) {
        @let state = stateOf(programme);
        <section class="govuk-!-margin-bottom-8" [attr.aria-labelledby]="'programme-' + programme.code" [attr.data-testid]="'programme-' + programme.code">
          <h2 class="govuk-heading-m" [id]="'programme-' + programme.code">{{ programme.title }}</h2>
          <p class="govuk-body">{{ programme.summary }}</p>
          <div class="pp-scroll-region" role="region" aria-label="Versions, newest first" tabindex="0">
            <table class="govuk-table">
              <caption class="govuk-table__caption govuk-table__caption--s">Versions of {{ programme.title }}, newest first</caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">Version</th>
                  <th scope="col" class="govuk-table__header">Status</th>
                  <th scope="col" class="govuk-table__header">Published</th>
                  <th scope="col" class="govuk-table__header govuk-table__header--numeric">Modules</th>
                  <th scope="col" class="govuk-table__header govuk-table__header--numeric">Criteria</th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                @for (version of programme.versions; track version.id) {
                  <tr class="govuk-table__row">
                    <td class="govuk-table__cell">
                      <a class="govuk-link" [routerLink]="['/programmes/versions', version.id]">
                        {{ version.label }}<span class="govuk-visually-hidden"> of {{ programme.title }}</span>
                      </a>
                    </td>
                    <td class="govuk-table__cell">
                      <strong class="govuk-tag" [class]="tags[version.status].colour">{{ tags[version.status].text }}</strong>
                    </td>
                    <td class="govuk-table__cell">{{ version.publishedAt ? (version.publishedAt | ppDate) : 'Not yet' }}</td>
                    <td class="govuk-table__cell govuk-table__cell--numeric">{{ version.moduleCount }}</td>
                    <td class="govuk-table__cell govuk-table__cell--numeric">{{ version.criterionCount }}</td>
                  </tr>
                } @empty {
                  <tr class="govuk-table__row">
                    <td class="govuk-table__cell" colspan="5">No versions yet.</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (isAdmin()) {
            @if (state.draft; as draft) {
              <a class="govuk-button govuk-button--secondary" data-module="govuk-button" [routerLink]="['/programmes/versions', draft.id, 'edit']">
                Edit draft {{ draft.label }}<span class="govuk-visually-hidden"> of {{ programme.title }}</span>
              </a>
            } @else if (state.latestPublished; as latest) {
              <a class="govuk-button govuk-button--secondary" data-module="govuk-button" [routerLink]="['/programmes/versions', latest.id]" fragment="new-draft">
                Start a new draft<span class="govuk-visually-hidden"> of {{ programme.title }}</span>
              </a>
            }
          }
        </section>
      } @empty {
        <p class="govuk-body">There are no programmes yet.</p>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammesPage {
  private readonly auth = inject(AuthService);
  protected readonly programmes = programmesResource();
  protected readonly tags = VERSION_STATUS_TAGS;
  protected readonly stateOf = programmeState;
  protected readonly isAdmin = computed(() => holdsRole(this.auth.currentUser()?.roles ?? [], PERMISSIONS.draftProgrammes));
  /** Set by the draft editor when it navigates here after publishing. */
  protected readonly published = publishedMessage(inject(Router).currentNavigation()?.extras.state);
}

function publishedMessage(state: Record<string, unknown> | undefined): string | null {
  const message = state?.['published'];
  return typeof message === 'string' ? message : null;
}
