import type {
  AllocationView,
  BuddyDetail,
  BuddyProgress,
  CertificateStatusChangeView,
  CertificateView,
  DecisionView,
  EnrolmentProgress,
  SupervisionView,
  TransferView,
} from '@peerpath/contracts';
import { TASK_LABELS } from '@peerpath/domain';
import { formatDate } from '@peerpath/web/govuk/dates';
import { plural } from '@peerpath/web/govuk/plural';
import { WELLBEING_TEXT } from '@peerpath/web/supervision/supervision-labels';

/** Everything the page has loaded about a buddy; parts still loading (or refused) are left out. */
export interface JourneyRecords {
  buddy: BuddyDetail;
  progress?: BuddyProgress;
  decisions?: readonly DecisionView[];
  supervisions?: readonly SupervisionView[];
  certificates?: readonly CertificateView[];
  allocations?: readonly AllocationView[];
  transfers?: readonly TransferView[];
}

/** One item of the MOJ timeline. */
export interface JourneyEvent {
  /** ISO date (a timestamp's day for changes recorded at a moment). */
  date: string;
  title: string;
  /** Who did it, when the record says. */
  by: string | null;
  details: string[];
}

/*
 * Same-day events keep the order of the journey (applied before selected, allocations ended
 * before the transfer that ended them), so newest first reverses this order within a day.
 */
const STAGES = ['applied', 'selection', 'enrolled', 'modules', 'withdrawn', 'supervision', 'certificate', 'allocated', 'allocationEnded', 'transfer', 'released'] as const;
type Stage = (typeof STAGES)[number];

interface Ranked extends JourneyEvent {
  stage: Stage;
  seq: number;
}

const STATUS_CHANGE_TITLES: Record<string, string> = {
  'valid>suspended': 'Certificate suspended',
  'suspended>valid': 'Certificate reinstated',
  'valid>revoked': 'Certificate revoked',
  'suspended>revoked': 'Certificate revoked',
};

/**
 * The buddy's journey, newest first: application, selection, training, supervision,
 * certification, allocation, moves and release, each with its date and who recorded it.
 */
export function journeyEvents(records: JourneyRecords): JourneyEvent[] {
  const events: Ranked[] = [];
  const add = (stage: Stage, date: string | null | undefined, title: string, by: string | null, details: (string | null | undefined | false)[] = []) => {
    if (!date) return;
    events.push({ stage, seq: events.length, date: date.slice(0, 10), title, by, details: details.filter((d): d is string => !!d) });
  };
  const { buddy } = records;

  add('applied', buddy.appliedOn, 'Applied to be a buddy', null, [`At ${buddy.prisonName}`]);
  // Oldest first, so that a later decision on the same day sorts above the one it replaced.
  for (const decision of [...buddy.selectionDecisions].reverse()) {
    add('selection', decision.decidedOn, decision.outcome === 'approved' ? 'Selection approved' : 'Selection declined', decision.decidedBy, [
      `Security check ${decision.securityCheckDone ? 'done' : 'not done'}, risk assessment ${decision.riskAssessmentDone ? 'done' : 'not done'}`,
      decision.notes,
    ]);
  }

  for (const enrolment of records.progress?.enrolments ?? []) {
    add('enrolled', enrolment.enrolledOn, `Enrolled in ${enrolment.cohortName}`, null, [
      `${enrolment.programmeTitle} (${enrolment.versionLabel}) at ${enrolment.prisonName}`,
    ]);
    for (const group of moduleCompletions(enrolment, records.decisions ?? [])) {
      const names = group.modules.map((m) => `${m.number}. ${m.title}`);
      add('modules', group.date, group.modules.length === 1 ? 'Module complete' : `${group.modules.length} modules complete`, null, [
        ...names,
        `${group.completeSoFar} of ${enrolment.modules.length} modules complete`,
      ]);
    }
    if (enrolment.status === 'withdrawn') {
      add('withdrawn', enrolment.withdrawnOn, `Withdrawn from ${enrolment.cohortName}`, null, [enrolment.withdrawalReason]);
    }
  }

  for (const session of [...(records.supervisions ?? [])].reverse()) {
    add('supervision', session.heldOn, 'Supervision', session.supervisorName, [
      `Wellbeing: ${WELLBEING_TEXT[session.wellbeing]}`,
      `${plural(session.hoursWorkedSinceLast, 'hour')} worked since the last supervision`,
      session.boundariesDiscussed ? 'Limits of the role discussed' : 'Limits of the role not discussed',
    ]);
  }

  for (const certificate of records.certificates ?? []) {
    add('certificate', certificate.issuedOn, 'Certificate issued', certificate.issuedBy, [
      certificate.number,
      `${certificate.programmeTitle} (${certificate.versionLabel})`,
      `Expires ${formatDate(certificate.expiresOn)}`,
    ]);
    for (const change of [...certificate.history].sort(byChangedAt)) {
      add('certificate', change.changedAt, STATUS_CHANGE_TITLES[`${change.fromStatus}>${change.toStatus}`] ?? `Certificate ${change.toStatus}`, change.changedBy, [
        certificate.number,
        `Reason: ${change.reason}`,
      ]);
    }
    if (certificate.status === 'expired') add('certificate', certificate.expiresOn, 'Certificate expired', null, [certificate.number]);
  }

  for (const allocation of records.allocations ?? []) {
    add('allocated', allocation.startsOn, `Allocated to support ${allocation.recipientName}`, allocation.allocatedBy, [
      allocation.tasks.map((task) => TASK_LABELS[task]).join(', '),
      `${plural(allocation.plannedWeeklyHours, 'hour')} a week`,
    ]);
    if (allocation.status === 'ended') {
      add('allocationEnded', allocation.endedOn, `Stopped supporting ${allocation.recipientName}`, null, [allocation.endReason]);
    }
  }

  for (const transfer of records.transfers ?? []) {
    add('transfer', transfer.transferredOn, `Transferred from ${transfer.fromPrisonName} to ${transfer.toPrisonName}`, transfer.recordedBy);
  }
  add('released', buddy.releasedOn, 'Released: record closed', null, ['The record is kept and closed: only a certificate’s revocation or a concern can still be recorded']);

  return events
    .sort((a, b) => (a.date === b.date ? STAGES.indexOf(b.stage) - STAGES.indexOf(a.stage) || b.seq - a.seq : a.date < b.date ? 1 : -1))
    .map(({ date, title, by, details }) => ({ date, title, by, details }));
}

const byChangedAt = (a: CertificateStatusChangeView, b: CertificateStatusChangeView) => a.changedAt.localeCompare(b.changedAt);

interface CompletionGroup {
  date: string;
  modules: { number: number; title: string }[];
  /** Modules complete in this enrolment once this day's are counted. */
  completeSoFar: number;
}

/**
 * When each complete module was completed: the day its last criterion was met. Decisions name
 * criteria by code ("3.1.2"), whose first part is the module number (the programme format);
 * only decisions in force since the enrolment began count. A module with no dated decision
 * (none loaded) is left out of the timeline rather than given a made-up date.
 */
export function moduleCompletions(enrolment: EnrolmentProgress, decisions: readonly DecisionView[]): CompletionGroup[] {
  const lastMet = new Map<number, string>();
  for (const decision of decisions) {
    if (!decision.current || decision.outcome !== 'met' || decision.assessedOn < enrolment.enrolledOn) continue;
    const moduleNumber = Number(decision.criterionCode.split('.')[0]);
    const known = lastMet.get(moduleNumber);
    if (!known || decision.assessedOn > known) lastMet.set(moduleNumber, decision.assessedOn);
  }
  const byDate = new Map<string, { number: number; title: string }[]>();
  for (const module of enrolment.modules) {
    const date = module.state === 'complete' ? lastMet.get(module.number) : undefined;
    if (!date) continue;
    byDate.set(date, [...(byDate.get(date) ?? []), { number: module.number, title: module.title }]);
  }
  let count = 0;
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, modules]) => {
      count += modules.length;
      return { date, modules: modules.sort((a, b) => a.number - b.number), completeSoFar: count };
    });
}
