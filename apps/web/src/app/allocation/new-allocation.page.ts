import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { AllocationRequest, AllocationTask, BuddySummary, RecipientSummary } from '@peerpath/contracts';
import { ALLOCATION_TASKS, TASK_LABELS } from '@peerpath/domain';
import {
  AllocationApi,
  allocationCheckResource,
  buddiesToAllocateResource,
  recipientsResource,
} from '@peerpath/web/allocation/allocation.api';
import {
  AllocationFormValue,
  allocationErrorsOf,
  allocationRequestOf,
  buddiesToOffer,
  buddyOptionLabel,
  checkRequestOf,
  gateDisplay,
  taskCheckboxId,
} from '@peerpath/web/allocation/allocation-form';
import { apiErrorOf } from '@peerpath/web/auth/api-error';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { DateInput } from '@peerpath/web/govuk/date-input';
import { datePartsOf, todayIso } from '@peerpath/web/govuk/dates';
import { ErrorSummary } from '@peerpath/web/govuk/error-summary';
import { Flash } from '@peerpath/web/govuk/flash';
import { messagesByField, SummaryError, summaryErrorsOf } from '@peerpath/web/govuk/form-errors';
import { debounceTime, distinctUntilChanged, map, startWith } from 'rxjs';
import { valueOf } from '@peerpath/web/govuk/resource-value';
import { Select, SelectGroup } from '@peerpath/web/govuk/select';
import { TextInput } from '@peerpath/web/govuk/text-input';

/** How long the form waits after the last change before asking the gate again. */
export const CHECK_DEBOUNCE_MS = 400;

interface OptionGroup<T> {
  prisonName: string;
  people: T[];
}

/** People grouped by prison, in the order given, for <optgroup>s. */
function byPrison<T extends { prisonName: string }>(people: readonly T[]): OptionGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const person of people) groups.set(person.prisonName, [...(groups.get(person.prisonName) ?? []), person]);
  return [...groups].map(([prisonName, members]) => ({ prisonName, people: members }));
}

const sameRequest = (a: AllocationRequest | undefined, b: AllocationRequest | undefined) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The allocation form. While it is filled in, the gate is asked (POST /api/allocations/check,
 * which writes nothing) and its answer is shown before submitting: "can go ahead", or every
 * reason it cannot (BRIEF: the coordinator's "confirm certified before allocation").
 */
function recipientLabel(recipient: RecipientSummary): string {
  const waiting = recipient.activeAllocations === 0 ? ', waiting for support' : '';
  return `${recipient.firstName} ${recipient.lastName} (${recipient.prisonNumber})${waiting}`;
}

@Component({
  selector: 'pp-new-allocation-page',
  imports: [ReactiveFormsModule, RouterLink, DateInput, ErrorSummary, Select, TextInput],
  templateUrl: './new-allocation.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewAllocationPage implements OnInit {
  /** Query parameters (?buddy=&recipient=), bound by the router, preselect the form. */
  readonly buddy = input<string>();
  readonly recipient = input<string>();

  private readonly api = inject(AllocationApi);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  private readonly flash = inject(Flash);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly today = todayIso();

  /** Where the user coordinates: only there may they allocate (the API's rule too). */
  private readonly coordinatorPrisons = computed(() =>
    (this.auth.currentUser()?.roles ?? []).filter((r) => r.role === 'coordinator' && r.prisonCode).map((r) => r.prisonCode as string),
  );
  /** With one prison, ask only about it; otherwise every prison in scope, narrowed here. */
  private readonly onePrison = computed(() => (this.coordinatorPrisons().length === 1 ? this.coordinatorPrisons()[0] : ''));
  private readonly buddies = buddiesToAllocateResource(this.onePrison);
  private readonly recipients = recipientsResource(this.onePrison);
  protected readonly buddyGroups = computed<OptionGroup<BuddySummary>[]>(() =>
    byPrison(buddiesToOffer(valueOf(this.buddies)?.items ?? [], this.coordinatorPrisons())),
  );
  protected readonly recipientGroups = computed<OptionGroup<RecipientSummary>[]>(() =>
    byPrison((valueOf(this.recipients) ?? []).filter((r) => this.coordinatorPrisons().includes(r.prisonCode))),
  );
  protected readonly buddyOptions = computed<SelectGroup[]>(() =>
    this.buddyGroups().map((group) => ({
      label: group.prisonName,
      items: group.people.map((buddy) => ({ value: buddy.id, text: buddyOptionLabel(buddy) })),
    })),
  );
  protected readonly recipientOptions = computed<SelectGroup[]>(() =>
    this.recipientGroups().map((group) => ({
      label: group.prisonName,
      items: group.people.map((recipient) => ({ value: recipient.id, text: recipientLabel(recipient) })),
    })),
  );
  /** The recipient named in the address (e.g. from their page) is not one the user may allocate to. */
  protected readonly recipientNotOffered = computed(() => {
    const id = this.recipient();
    if (!id || !this.recipients.hasValue()) return false;
    return !this.recipientGroups().some((group) => group.people.some((person) => person.id === id));
  });
  protected readonly listsFailed = computed(() => Boolean(this.buddies.error() || this.recipients.error()));

  protected readonly tasks = ALLOCATION_TASKS;
  protected readonly taskLabels = TASK_LABELS;
  protected readonly taskCheckboxId = taskCheckboxId;
  protected readonly form = this.fb.group({
    buddyId: [''],
    recipientId: [''],
    tasks: this.fb.group(
      Object.fromEntries(ALLOCATION_TASKS.map((task) => [task, this.fb.control(false)])) as Record<AllocationTask, FormControl<boolean>>,
    ),
    plannedWeeklyHours: [''],
    startsOn: this.fb.group(datePartsOf(this.today)),
  });

  /** What the gate would be asked about the form as it is now. */
  private readonly wanted = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => checkRequestOf(this.value(), this.today)),
    ),
    { initialValue: undefined },
  );
  /** The same, once typing pauses: what is actually asked. */
  private readonly asked = toSignal(this.form.valueChanges.pipe(
    startWith(null),
    map(() => checkRequestOf(this.value(), this.today)),
    debounceTime(CHECK_DEBOUNCE_MS),
    distinctUntilChanged(sameRequest),
  ));
  private readonly check = allocationCheckResource(computed(() => this.asked()));
  protected readonly gate = computed(() =>
    gateDisplay({
      request: this.wanted(),
      pending: !sameRequest(this.wanted(), this.asked()),
      loading: this.check.isLoading(),
      failed: Boolean(this.check.error()),
      outcome: this.check.hasValue() ? this.check.value() : undefined,
    }),
  );

  /**
   * When the gate refuses the question itself (a 4xx with the API's error body), what it said:
   * that is more use than "try later", since asking again will not help.
   */
  protected readonly checkRefusal = computed<readonly string[]>(() => {
    const error = this.check.error();
    if (!(error instanceof HttpErrorResponse) || error.status < 400 || error.status >= 500 || !apiErrorOf(error)) return [];
    return summaryErrorsOf(error, () => null).map((line) => line.text);
  });

  protected readonly gateReasons = computed(() => {
    const gate = this.gate();
    return gate.kind === 'refused' ? gate.reasons : [];
  });

  protected readonly errors = signal<readonly SummaryError[]>([]);
  protected readonly fieldError = computed(() => messagesByField(this.errors()));
  protected readonly submitting = signal(false);

  constructor() {
    // A preselected recipient who is not offered is not submitted either: the page says why.
    effect(() => {
      if (this.recipientNotOffered() && this.form.controls.recipientId.value === this.recipient()) this.form.controls.recipientId.setValue('');
    });
  }

  ngOnInit(): void {
    this.form.patchValue({ buddyId: this.buddy() ?? '', recipientId: this.recipient() ?? '' });
  }

  private value(): AllocationFormValue {
    return this.form.getRawValue();
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    const checked = allocationRequestOf(this.value(), this.today);
    if (checked.errors) {
      this.errors.set(checked.errors);
      return;
    }
    this.submitting.set(true);
    try {
      const allocation = await this.api.allocate(checked.request);
      this.errors.set([]);
      this.flash.set(`${allocation.buddyName} is allocated to ${allocation.recipientName}.`);
      await this.router.navigate(['/allocations']);
    } catch (error) {
      this.errors.set(allocationErrorsOf(error));
    } finally {
      this.submitting.set(false);
    }
  }
}
