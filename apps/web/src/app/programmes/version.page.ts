import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import type { ProgrammeSummary, ProgrammeVersionDetail } from '@peerpath/contracts';
import { holdsRole, PERMISSIONS } from '@peerpath/domain';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { DatePipe } from '@peerpath/web/govuk/date.pipe';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { SERVICE_NAME } from '@peerpath/web/layout/page-title.strategy';
import { KIND_TAGS, LABEL_PATTERN, programmeState, suggestNextLabel, VERSION_STATUS_TAGS } from '@peerpath/web/programmes/programme-labels';
import { programmesResource, programmeVersionResource, ProgrammesApi } from '@peerpath/web/programmes/programmes.api';
import { TextInput } from '@peerpath/web/govuk/text-input';

/** What an admin can do from a version's page. */
export type VersionAction = { kind: 'edit' } | { kind: 'start-draft'; suggestedLabel: string } | { kind: 'draft-exists'; draftId: string; label: string } | { kind: 'none' };

export function versionAction(version: ProgrammeVersionDetail, programme: ProgrammeSummary | undefined, isAdmin: boolean): VersionAction {
  if (!isAdmin) return { kind: 'none' };
  if (version.status === 'draft') return { kind: 'edit' };
  if (!programme) return { kind: 'none' };
  const state = programmeState(programme);
  if (state.draft) return { kind: 'draft-exists', draftId: state.draft.id, label: state.draft.label };
  if (state.latestPublished?.id !== version.id) return { kind: 'none' };
  return { kind: 'start-draft', suggestedLabel: suggestNextLabel(version.label, programme.versions.map((v) => v.label)) };
}

/** One version of a programme: modules, their learning outcomes and assessment criteria. */
@Component({
  selector: 'pp-version-page',
  imports: [RouterLink, ReactiveFormsModule, DatePipe, ErrorSummary, TextInput],
  templateUrl: './version.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VersionPage {
  /** The :id route parameter, bound by the router. */
  readonly id = input.required<string>();

  private readonly auth = inject(AuthService);
  private readonly api = inject(ProgrammesApi);
  private readonly router = inject(Router);

  protected readonly version = programmeVersionResource(this.id);
  private readonly programmes = programmesResource();
  protected readonly notFound = computed(() => {
    const error = this.version.error();
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
  });
  protected readonly action = computed<VersionAction>(() => {
    const version = valueOf(this.version);
    if (!version) return { kind: 'none' };
    const programme = valueOf(this.programmes)?.find((p) => p.id === version.programmeId);
    return versionAction(version, programme, holdsRole(this.auth.currentUser()?.roles ?? [], PERMISSIONS.draftProgrammes));
  });
  protected readonly criterionCount = computed(
    () => valueOf(this.version)?.modules.reduce((n, m) => n + m.outcomes.reduce((k, o) => k + o.criteria.length, 0), 0) ?? 0,
  );
  protected readonly statusTags = VERSION_STATUS_TAGS;
  protected readonly kindTags = KIND_TAGS;

  protected readonly draftForm = inject(NonNullableFormBuilder).group({ label: [''] });
  private readonly labelControl = this.draftForm.controls.label;
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly starting = signal(false);

  constructor() {
    const title = inject(Title);
    effect(() => {
      const version = valueOf(this.version);
      if (version) title.setTitle(`${version.programmeTitle} ${version.label} – ${SERVICE_NAME}`);
    });
    effect(() => {
      const action = this.action();
      if (action.kind === 'start-draft' && !this.labelControl.dirty) this.labelControl.setValue(action.suggestedLabel);
    });
  }

  protected async startDraft(): Promise<void> {
    const version = valueOf(this.version);
    if (!version || this.starting()) return;
    const label = this.labelControl.value.trim();
    if (!LABEL_PATTERN.test(label)) {
      this.errors.set([{ field: 'label', text: 'Enter a version label of 1 to 40 letters, digits, dots or dashes, like 2026.2' }]);
      return;
    }
    this.starting.set(true);
    try {
      const draft = await this.api.startDraft(version.programmeId, label);
      this.errors.set([]);
      await this.router.navigate(['/programmes/versions', draft.id, 'edit']);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, (path) => (path === 'label' ? 'label' : null)));
      this.programmes.reload();
    } finally {
      this.starting.set(false);
    }
  }
}
