import { ChangeDetectionStrategy, Component, computed, inject, Injector, input, signal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { Router, RouterLink } from '@angular/router';
import { publishProblems } from '@peerpath/domain';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { focusAfterRender } from '@peerpath/web/govuk/focus';
import { SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { SuccessBanner } from '@peerpath/web/govuk/success-banner';
import { Tag } from '@peerpath/web/govuk/tag';
import { contentsFieldId, moduleCounts, ModuleRearrangement, ModuleStatus, moduleStatuses, rearrangeModules } from '@peerpath/web/programmes/draft-form';
import { programmeState } from '@peerpath/web/programmes/programme-labels';
import { programmesResource, programmeVersionResource, ProgrammesApi } from '@peerpath/web/programmes/programmes.api';

/** How the contents list shows each module's status (GOV.UK task list: a tag while there is something to notice). */
const STATUS_TAGS: Record<ModuleStatus, Tag | string> = {
  incomplete: { text: 'Incomplete', colour: 'govuk-tag--yellow' },
  new: { text: 'New', colour: 'govuk-tag--light-blue' },
  changed: { text: 'Changed', colour: 'govuk-tag--blue' },
  unchanged: 'Not changed',
};

/**
 * A draft programme version's contents: its modules, each edited on its own page, and publishing.
 * Each module says what has changed since the published version the draft was started from.
 */
@Component({
  selector: 'pp-edit-draft-page',
  imports: [RouterLink, ErrorSummary, SuccessBanner],
  templateUrl: './edit-draft.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditDraftPage {
  /** The :id route parameter, bound by the router. */
  readonly id = input.required<string>();

  private readonly api = inject(ProgrammesApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  protected readonly detail = programmeVersionResource(this.id);
  private readonly programmes = programmesResource();
  /** The version the draft was started from: the programme's latest published version. */
  private readonly publishedId = computed(() => {
    const detail = valueOf(this.detail);
    const programme = detail && valueOf(this.programmes)?.find((p) => p.id === detail.programmeId);
    return programme ? (programmeState(programme).latestPublished?.id ?? '') : '';
  });
  private readonly published = programmeVersionResource(this.publishedId);

  protected readonly rows = computed(() => {
    const detail = valueOf(this.detail);
    if (!detail) return [];
    const statuses = moduleStatuses(detail.modules, this.publishedId() ? (valueOf(this.published)?.modules ?? null) : null);
    return detail.modules.map((module, index) => ({ module, counts: moduleCounts(module), status: statuses[index] === null ? null : STATUS_TAGS[statuses[index]] }));
  });
  /** The number a new module gets: one past the last. */
  protected readonly nextNumber = computed(() => Math.max(0, ...(valueOf(this.detail)?.modules.map((m) => m.number) ?? [])) + 1);

  /** "Module 3, Equality and diversity, saved" from the module's page, once. */
  protected readonly success = signal(inject(Flash).take());
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly busy = signal(false);
  protected readonly confirmingPublish = signal(false);
  /** The module whose removal is being confirmed. */
  protected readonly confirmingRemove = signal<number | null>(null);
  protected readonly notFound = computed(() => {
    const error = this.detail.error();
    return error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
  });

  protected isTag(status: Tag | string): status is Tag {
    return typeof status !== 'string';
  }

  protected askToPublish(): void {
    const detail = valueOf(this.detail);
    if (!detail) return;
    this.success.set(null);
    // The domain's own publishing rules first, so problems link to their modules without a round trip.
    const problems = publishProblems({ modules: detail.modules });
    if (problems.length > 0) {
      this.errors.set(problems.map((p) => ({ field: contentsFieldId(p.path), text: p.message })));
      return;
    }
    this.errors.set([]);
    this.confirmingPublish.set(true);
    focusAfterRender(this.injector, 'publish-confirmation');
  }

  /** Removes or moves a module: the whole draft is saved renumbered, against the version shown. */
  protected async rearrange(change: ModuleRearrangement): Promise<void> {
    const detail = valueOf(this.detail);
    if (!detail || this.busy()) return;
    const module = detail.modules.find((m) => m.number === ('remove' in change ? change.remove : change.move));
    this.busy.set(true);
    this.errors.set([]);
    try {
      await this.api.saveDraft(detail.id, { modules: rearrangeModules(detail.modules, change), expectedVersion: detail.version });
      this.confirmingRemove.set(null);
      this.success.set('remove' in change ? `Module ${change.remove}, ${module?.title || 'Untitled'}, removed. The modules after it moved up one.` : `Module ${change.move}, ${module?.title || 'Untitled'}, moved ${change.by < 0 ? 'up' : 'down'}.`);
    } catch (error) {
      this.errors.set(summaryErrorsOf(error, contentsFieldId));
    } finally {
      this.busy.set(false);
      // Whatever happened, show the draft as it now is (someone else may have saved first).
      this.detail.reload();
    }
  }

  protected async publish(): Promise<void> {
    const detail = valueOf(this.detail);
    if (!detail || this.busy()) return;
    this.busy.set(true);
    try {
      const published = await this.api.publish(detail.id, detail.version);
      await this.router.navigate(['/programmes'], {
        state: { published: `${published.programmeTitle} ${published.label} is published.` },
      });
    } catch (error) {
      this.confirmingPublish.set(false);
      this.errors.set(summaryErrorsOf(error, contentsFieldId));
      // Someone else may have changed or published it: show the draft as it now is.
      this.detail.reload();
    } finally {
      this.busy.set(false);
    }
  }
}
