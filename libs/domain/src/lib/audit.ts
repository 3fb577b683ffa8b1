import { formatDate, prisonTime, prisonToday } from './dates';

/**
 * The audit trail in words a coordinator would recognise (issue 11: the audit trail, readable).
 * Each action the API records (`AuditService.record`) has its words and the kind of change it
 * belongs to; the filter offers exactly these, and an action not listed yet is still shown,
 * humanised, never hidden.
 */
export interface AuditActionWords {
  words: string;
  kind: string;
}

export const AUDIT_ACTIONS: Readonly<Record<string, AuditActionWords>> = {
  'buddy.application_recorded': { words: 'Application recorded', kind: 'Buddies and selection' },
  'buddy.selection_decided': { words: 'Selection decided', kind: 'Buddies and selection' },
  'buddy.transferred': { words: 'Buddy transferred', kind: 'Buddies and selection' },
  'buddy.released': { words: 'Buddy released', kind: 'Buddies and selection' },
  'buddy.pin_set': { words: 'Kiosk PIN set', kind: 'Buddies and selection' },
  'buddy.pin_reset': { words: 'Kiosk PIN reset', kind: 'Buddies and selection' },
  'buddy.enrolled': { words: 'Enrolled on a cohort', kind: 'Training' },
  'buddy.withdrawn': { words: 'Withdrawn from training', kind: 'Training' },
  'cohort.created': { words: 'Cohort created', kind: 'Training' },
  'cohort.session_scheduled': { words: 'Training session scheduled', kind: 'Training' },
  'cohort.session_series_scheduled': { words: 'Training sessions scheduled', kind: 'Training' },
  'attendance.marked': { words: 'Attendance marked', kind: 'Training' },
  'assessment.decisions_recorded': { words: 'Assessment decisions recorded', kind: 'Training' },
  'supervision.recorded': { words: 'Supervision recorded', kind: 'Supervision' },
  'certificate.issued': { words: 'Certificate issued', kind: 'Certificates' },
  'certificate.renewed': { words: 'Certificate renewed', kind: 'Certificates' },
  'certificate.superseded': { words: 'Certificate replaced by a renewal', kind: 'Certificates' },
  'certificate.suspended': { words: 'Certificate suspended', kind: 'Certificates' },
  'certificate.reinstated': { words: 'Certificate reinstated', kind: 'Certificates' },
  'certificate.revoked': { words: 'Certificate revoked', kind: 'Certificates' },
  'recipient.added': { words: 'Recipient added', kind: 'Allocations and recipients' },
  'allocation.made': { words: 'Buddy allocated', kind: 'Allocations and recipients' },
  'allocation.ended': { words: 'Allocation ended', kind: 'Allocations and recipients' },
  'outcome_review.recorded': { words: 'Outcome review recorded', kind: 'Allocations and recipients' },
  'concern.raised': { words: 'Concern raised', kind: 'Concerns' },
  'concern.resolved': { words: 'Concern resolved', kind: 'Concerns' },
  'programme.draft_started': { words: 'Programme draft started', kind: 'Programmes' },
  'programme.draft_saved': { words: 'Programme draft saved', kind: 'Programmes' },
  'programme.module_added': { words: 'Programme module added', kind: 'Programmes' },
  'programme.module_saved': { words: 'Programme module saved', kind: 'Programmes' },
  'programme.published': { words: 'Programme published', kind: 'Programmes' },
  'prison.policy_changed': { words: 'Prison policy changed', kind: 'Prison policy' },
  'staff.created': { words: 'Staff account created', kind: 'Staff accounts' },
  'staff.created_by_cli': { words: 'Staff account created from the command line', kind: 'Staff accounts' },
  'staff.roles_changed': { words: 'Staff roles changed', kind: 'Staff accounts' },
  'staff.unlocked': { words: 'Staff account unlocked', kind: 'Staff accounts' },
  'staff.deactivated': { words: 'Staff account deactivated', kind: 'Staff accounts' },
  'staff.password_reset': { words: 'Staff password reset', kind: 'Staff accounts' },
  'account.password_changed': { words: 'Own password changed', kind: 'Staff accounts' },
  'account.temporary_password_changed': { words: 'Temporary password replaced', kind: 'Staff accounts' },
  'demo.seeded': { words: 'Added with the demo data', kind: 'Demo data' },
};

/** "Supervision recorded"; an unlisted action humanised ("widget.turned_on" → "Widget turned on"). */
export function auditActionWords(action: string): string {
  return AUDIT_ACTIONS[action]?.words ?? sentenceCase(action.replace(/[._]+/g, ' '));
}

/** Who made the change, when nobody signed in did: the demo seed, or the system itself (start-up, the CLI). */
export function unattributedActor(action: string): string {
  return action.startsWith('demo.') ? 'Peerpath (demo data)' : 'System';
}

/** One field that changed, both sides in words; null when there was no value. */
export interface AuditChangeWords {
  field: string;
  before: string | null;
  after: string | null;
}

/** Field names whose plain humanising would mislead or be vague. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  heldOn: 'Date held',
  durationMinutes: 'Length (minutes)',
  hoursWorkedSinceLast: 'Hours worked since last supervision',
  wellbeing: 'Wellbeing (1 to 5)',
  weeklyHoursCap: 'Weekly hours cap',
  supervisionIntervalDays: 'Days between supervisions',
  certificateValidityMonths: 'Certificate valid for (months)',
  attendanceThresholdPercent: 'Attendance needed (%)',
  prisonCode: 'Prison',
  prisonNumber: 'Prison number',
  number: 'Certificate number',
  displayName: 'Name',
  mark: 'Attendance',
  deactivatedAt: 'Deactivated',
  lockedUntil: 'Locked until',
  helpsScore: 'My buddy helps me (1 to 5)',
  independenceScore: 'I can do more for myself (1 to 5)',
};

/**
 * Never shown, even if a future change records one by mistake: credentials and anything that
 * opens an account or a certificate check.
 */
const SECRET_FIELD = /hash|token|secret|^pin$|^password$|^(temporary|new|current)Password$|verificationCode/i;
/** Record ids mean nothing to a reader; the subject of the event already says whom it is about. */
const ID_FIELD = /^(id|.*Ids?)$/;

/** Identifiers shown exactly as stored, never turned into words. */
const VERBATIM_FIELD = new Set(['username', 'prisonNumber', 'prisonCode', 'clusterCode', 'number', 'label', 'carePlanReference', 'renewedBy', 'criterion']);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
/** A stored code such as not_yet_competent or approved: shown as words. */
const CODE = /^[a-z]+(_[a-z]+)*$/;

function sentenceCase(text: string): string {
  const t = text.trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** "plannedWeeklyHours" → "Planned weekly hours" (known names get their own words). */
export function auditFieldWords(field: string): string {
  return FIELD_WORDS[field] ?? sentenceCase(field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase());
}

const shownField = (field: string) => !SECRET_FIELD.test(field) && !ID_FIELD.test(field);

/** One recorded value in words: dates as "3 March 2026", true/false as Yes/No, lists joined; null when empty. */
export function auditValueWords(value: unknown, field?: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (field && VERBATIM_FIELD.has(field) && typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return formatDate(value);
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
      const at = new Date(value);
      return `${formatDate(prisonToday(at))} at ${prisonTime(at)}`;
    }
    return CODE.test(value) && value.length <= 40 ? sentenceCase(value.replace(/_/g, ' ')) : value;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => auditValueWords(item, field)).filter((v): v is string => v !== null);
    return items.length ? items.join(', ') : null;
  }
  if (typeof value === 'object') {
    // A nested record (a role held, one assessment decision): its shown values, in order.
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => shownField(key))
      .map(([key, v]) => auditValueWords(v, key))
      .filter((v): v is string => v !== null);
    return parts.length ? parts.join(' ') : null;
  }
  return null;
}

/**
 * What changed, in words, from the record before and after: every shown field of either side
 * whose words differ (an unchanged field is left out), in the order stored (jsonb keeps keys
 * shortest first).
 * Ids and secrets are never listed.
 */
export function auditChanges(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined): AuditChangeWords[] {
  const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])].filter(shownField);
  return fields.flatMap((field) => {
    const was = auditValueWords(before?.[field], field);
    const now = auditValueWords(after?.[field], field);
    return was === now ? [] : [{ field: auditFieldWords(field), before: was, after: now }];
  });
}

/** One side of the changes on one line, for a CSV cell: "Weekly hours cap: 8; Notes: Settled in". */
export function auditChangesLine(changes: readonly AuditChangeWords[], side: 'before' | 'after'): string {
  return changes
    .filter((c) => c[side] !== null)
    .map((c) => `${c.field}: ${c[side]}`)
    .join('; ');
}
