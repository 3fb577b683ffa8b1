import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { AllocationRequest, AllocationTask, BuddySummary, RecipientSummary } from '@peerpath/contracts';
import { ALLOCATION_TASKS, TASK_LABELS } from '@peerpath/domain';
import {
  AllocationApi,
  allocatableBuddiesResource,
  allocationCheckResource,
  buddyToAllocateResource,
  recipientResource,
  recipientChoicesResource,
} from '@peerpath/web/allocation/allocation.api';
import {
  AllocationFormValue,
  allocationErrorsOf,
  allocationRequestOf,
  buddyOption,
  checkRequestOf,
  gateDisplay,
  recipientOptionLabel,
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
import { SearchPicker } from '@peerpath/web/govuk/search-picker';
import { TextInput } from '@peerpath/web/govuk/text-input';
import { keepFormDraft } from '@peerpath/web/auth/session/keep-draft';

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
 * The allocation form. The buddy is found by a server-side search over every certified buddy
 * where the user allocates; the recipients offered are those at the chosen buddy's prison. While
 * it is filled in, the gate is asked (POST /api/allocations/check, which writes nothing) and its
 * answer is shown before submitting: "can go ahead", or every reason it cannot (BRIEF: the
 * coordinator's "confirm certified before allocation").
 */

@Component({
  selector: 'pp-new-allocation-page',
  imports: [ReactiveFormsModule, RouterLink, DateInput, ErrorSummary, SearchPicker, Select, TextInput],
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
  /** What was typed in the buddy search, once typing pauses. */
  protected readonly buddySearch = signal('');
  /** The recipient named in the address: buddies are searched at their prison. */
  private readonly namedRecipient = recipientResource(() => this.recipient());
  private readonly buddySearchPrison = computed(() => valueOf(this.namedRecipient)?.prisonCode ?? this.onePrison());
  protected readonly buddies = allocatableBuddiesResource(this.buddySearch, this.buddySearchPrison);
  /** The buddy named in the address, whatever their stage: the gate explains why one cannot be allocated. */
  private readonly namedBuddy = buddyToAllocateResource(() => this.buddy());
  protected readonly namedBuddyOption = computed(() => {
    const buddy = valueOf(this.namedBuddy);
    return buddy ? buddyOption(buddy) : undefined;
  });
  protected readonly buddyItems = computed(() => (valueOf(this.buddies)?.items ?? []).map(buddyOption));
  /** The chosen buddy, remembered once seen in a search, so their prison is known after the search moves on. */
  private readonly chosenBuddy = signal<BuddySummary | undefined>(undefined);
  private readonly recipients = recipientChoicesResource(this.onePrison);
  private readonly recipientList = computed(() => valueOf(this.recipients)?.items ?? []);
  /** Only people at the chosen buddy's prison (the gate refuses anyone else); before a buddy is chosen, everyone where the user allocates. */
  protected readonly recipientGroups = computed<OptionGroup<RecipientSummary>[]>(() => {
    const buddyPrison = this.chosenBuddy()?.prisonCode;
    return byPrison(
      this.recipientList().filter((r) => (buddyPrison ? r.prisonCode === buddyPrison : this.coordinatorPrisons().includes(r.prisonCode))),
    );
  });
  protected readonly recipientOptions = computed<SelectGroup[]>(() =>
    this.recipientGroups().map((group) => ({
      label: group.prisonName,
      items: group.people.map((recipient) => ({ value: recipient.id, text: recipientOptionLabel(recipient) })),
    })),
  );
  protected readonly recipientHint = computed(() => {
    const buddy = this.chosenBuddy();
    return buddy
      ? `People at ${buddy.prisonName}, where ${buddy.firstName} ${buddy.lastName} is. People waiting longest are listed first.`
      : 'The person the buddy will support. Choose a buddy first to see only the people at their prison. People waiting longest are listed first.';
  });
  /** The recipient named in the address (e.g. from their page) is not one the user may allocate to. */
  protected readonly recipientNotOffered = computed(() => {
    const id = this.recipient();
    if (!id || !this.recipients.hasValue()) return false;
    return !this.recipientGroups().some((group) => group.people.some((person) => person.id === id));
  });
  protected readonly listsFailed = computed(() => Boolean(this.recipients.error()));

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

  private readonly chosenBuddyId = toSignal(this.form.controls.buddyId.valueChanges, { initialValue: '' });
  private readonly chosenRecipientId = toSignal(this.form.controls.recipientId.valueChanges, { initialValue: '' });

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
    keepFormDraft(this.form, 'allocation');
    // Remember the chosen buddy's record from wherever it was offered.
    effect(() => {
      const id = this.chosenBuddyId();
      const seen = [...(valueOf(this.buddies)?.items ?? []), valueOf(this.namedBuddy)].find((b) => b?.id === id);
      if (!id) this.chosenBuddy.set(undefined);
      else if (seen && seen.id !== this.chosenBuddy()?.id) this.chosenBuddy.set(seen);
    });
    // A recipient at another prison than the chosen buddy is no longer offered, so no longer chosen.
    effect(() => {
      const buddyPrison = this.chosenBuddy()?.prisonCode;
      const recipientId = this.chosenRecipientId();
      const chosen = this.recipientList().find((r) => r.id === recipientId);
      if (buddyPrison && chosen && chosen.prisonCode !== buddyPrison) this.form.controls.recipientId.setValue('');
    });
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
