import type { PrisonPolicyView, UpdatePolicyRequest } from '@peerpath/contracts';
import type { SummaryError } from '@peerpath/web/govuk/form-errors';

export type PolicyField = 'supervisionIntervalDays' | 'weeklyHoursCap' | 'certificateValidityMonths' | 'attendanceThresholdPercent';
/** The four settings, and the optional staff cost per hour as typed, in pounds. */
export type PolicyFormValue = Record<PolicyField, string> & { staffCostPerHour: string };

/** The staff cost's field: named as the API names it, so its errors land there too. */
export const STAFF_COST_FIELD = 'staffCostPerHourPence';
/** The API's limit: £1,000 an hour. */
const STAFF_COST_MAX_PENCE = 100000;

/** Pence as pounds for the box: 2850 → "28.50"; not set → "". */
export const poundsOf = (pence: number | null): string => (pence === null ? '' : (pence / 100).toFixed(2));

/** Pounds as typed ("£28.50", "28.5", "1,000") to whole pence; null when empty, undefined when not a sum of money. */
export function penceOf(typed: string): number | null | undefined {
  const text = typed.trim().replace(/^£/, '').replace(/,/g, '').trim();
  if (!text) return null;
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return undefined;
  const [pounds, pence = ''] = text.split('.');
  return Number(pounds) * 100 + Number(pence.padEnd(2, '0'));
}

interface FieldRule {
  label: string;
  suffix: string;
  hint: string;
  min: number;
  max: number;
  missing: string;
  notWhole: string;
  outOfRange: string;
}

/** The four settings, in the order the page shows them, with the API's own limits. */
export const POLICY_FIELDS: Record<PolicyField, FieldRule> = {
  supervisionIntervalDays: {
    label: 'Days between supervisions',
    suffix: 'days',
    hint: 'After training starts, each buddy has a one-to-one supervision at least this often. Usually 28.',
    min: 7,
    max: 90,
    missing: 'Enter the number of days between supervisions',
    notWhole: 'Enter the days between supervisions as a whole number',
    outOfRange: 'Days between supervisions must be between 7 and 90',
  },
  weeklyHoursCap: {
    label: 'Most hours a buddy may give each week',
    suffix: 'hours',
    hint: 'Across everyone they support. Allocations that would go over this are refused.',
    min: 1,
    max: 40,
    missing: 'Enter the most hours a buddy may give each week',
    notWhole: 'Enter the weekly hours as a whole number',
    outOfRange: 'The weekly hours must be between 1 and 40',
  },
  certificateValidityMonths: {
    label: 'How long a certificate lasts',
    suffix: 'months',
    hint: 'Counted from the day it is issued. Usually 24. Certificates already issued keep their expiry date.',
    min: 6,
    max: 60,
    missing: 'Enter how many months a certificate lasts',
    notWhole: 'Enter the months a certificate lasts as a whole number',
    outOfRange: 'A certificate must last between 6 and 60 months',
  },
  attendanceThresholdPercent: {
    label: 'Attendance needed for a certificate',
    suffix: '%',
    hint: 'The share of training sessions a buddy must attend. Usually 80.',
    min: 50,
    max: 100,
    missing: 'Enter the attendance needed for a certificate',
    notWhole: 'Enter the attendance as a whole percentage',
    outOfRange: 'The attendance needed must be between 50% and 100%',
  },
};

export const POLICY_FIELD_ORDER = Object.keys(POLICY_FIELDS) as PolicyField[];

export function policyFormValueOf(policy: PrisonPolicyView): PolicyFormValue {
  return {
    supervisionIntervalDays: String(policy.supervisionIntervalDays),
    weeklyHoursCap: String(policy.weeklyHoursCap),
    certificateValidityMonths: String(policy.certificateValidityMonths),
    attendanceThresholdPercent: String(policy.attendanceThresholdPercent),
    staffCostPerHour: poundsOf(policy.staffCostPerHourPence),
  };
}

export function policyRequestOf(
  value: PolicyFormValue,
  expectedVersion: number,
): { request: UpdatePolicyRequest; errors?: never } | { request?: never; errors: SummaryError[] } {
  const errors: SummaryError[] = [];
  const numbers = {} as Record<PolicyField, number>;
  for (const field of POLICY_FIELD_ORDER) {
    const rule = POLICY_FIELDS[field];
    const typed = value[field].trim().replace(/%$/, '').trim();
    const number = Number(typed);
    if (!typed) errors.push({ field, text: rule.missing });
    else if (!/^\d+$/.test(typed)) errors.push({ field, text: rule.notWhole });
    else if (number < rule.min || number > rule.max) errors.push({ field, text: rule.outOfRange });
    numbers[field] = number;
  }
  const staffCostPerHourPence = penceOf(value.staffCostPerHour);
  if (staffCostPerHourPence === undefined) errors.push({ field: STAFF_COST_FIELD, text: 'Enter the staff cost per hour in pounds and pence, like 28.50' });
  else if (staffCostPerHourPence !== null && staffCostPerHourPence > STAFF_COST_MAX_PENCE) errors.push({ field: STAFF_COST_FIELD, text: 'The staff cost per hour can be at most £1,000' });
  return errors.length > 0 || staffCostPerHourPence === undefined ? { errors } : { request: { ...numbers, staffCostPerHourPence, expectedVersion } };
}

/** Where the API's field errors go: each setting is its own field. */
export function policyFieldId(path: string): string | null {
  return (POLICY_FIELD_ORDER as string[]).includes(path) || path === STAFF_COST_FIELD ? path : null;
}
