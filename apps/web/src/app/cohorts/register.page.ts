import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { AttendanceMark, RegisterEntry } from '@peerpath/contracts';
import { cohortResource, CohortsApi, registerResource } from '@peerpath/web/cohorts/cohorts.api';
import { buddyName, MARK_LABELS } from '@peerpath/web/cohorts/cohort-labels';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { formatDate } from '@peerpath/web/govuk/dates';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import {
  everyonePresent,
  marksFromRegister,
  markTally,
  RegisterMarks,
  saveRequest,
  unmarked,
  withMark,
} from '@peerpath/web/cohorts/register-rules';
import { valueOf } from '@peerpath/web/govuk/resource-value';

const MARKS: readonly AttendanceMark[] = ['present', 'late', 'absent', 'excused'];

/** The id of a buddy's first radio, which the error summary links to. */
export function markFieldId(buddyId: string): string {
  return `mark-${buddyId}`;
}

/**
 * /cohorts/:cohortId/sessions/:sessionId/register. One mark per buddy, saved together in one PUT:
 * "Mark everyone present" fills the room, then the trainer changes the exceptions.
 */
@Component({
  selector: 'pp-register-page',
  imports: [RouterLink, ErrorSummary],
  templateUrl: './register.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterPage {
  private readonly api = inject(CohortsApi);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);

  readonly cohortId = input.required<string>();
  readonly sessionId = input.required<string>();

  protected readonly cohort = cohortResource(() => this.cohortId());
  protected readonly register = registerResource(
    () => this.cohortId(),
    () => this.sessionId(),
  );
  /** Starts from the marks already saved, and follows the register if it reloads. */
  protected readonly marks = linkedSignal<RegisterMarks>(() => marksFromRegister(valueOf(this.register)?.entries ?? []));
  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldErrors = computed(() => messagesByField(this.errors()));
  protected readonly saving = signal(false);
  protected readonly tally = computed(() => markTally(this.marks()));
  protected readonly mayRecord = computed(() => valueOf(this.cohort)?.permissions.registerAttendance ?? false);

  protected readonly markOptions = MARKS;
  protected readonly markLabels = MARK_LABELS;
  protected readonly formatDate = formatDate;
  protected readonly buddyName = buddyName;
  protected readonly markFieldId = markFieldId;

  protected markEveryonePresent(): void {
    this.marks.set(everyonePresent(valueOf(this.register)?.entries ?? []));
    this.errors.set([]);
  }

  protected choose(buddyId: string, mark: AttendanceMark): void {
    this.marks.update((marks) => withMark(marks, buddyId, mark));
  }

  protected async save(): Promise<void> {
    const register = valueOf(this.register);
    if (!register || this.saving()) return;
    const missing = unmarked(register.entries, this.marks());
    const request = saveRequest(register.entries, this.marks());
    if (missing.length > 0 || !request) {
      this.errors.set(missing.map((entry) => this.missingError(entry)));
      return;
    }
    this.saving.set(true);
    try {
      await this.api.saveRegister(this.cohortId(), this.sessionId(), request);
      this.errors.set([]);
      this.flash.set(`Attendance saved for the session on ${formatDate(register.heldOn)}: ${markTally(this.marks())}`);
      await this.router.navigate(['/cohorts', this.cohortId()]);
    } catch (error) {
      const first = markFieldId(register.entries[0]?.buddyId ?? '');
      this.errors.set(summaryErrorsOf(error, (path) => (path.startsWith('marks') ? first : null)));
    } finally {
      this.saving.set(false);
    }
  }

  private missingError(entry: RegisterEntry): SummaryError {
    return { field: markFieldId(entry.buddyId), text: `Select attendance for ${buddyName(entry)}` };
  }
}
