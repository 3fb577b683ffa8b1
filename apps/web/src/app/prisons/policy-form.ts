import type { PrisonPolicyView, UpdatePolicyRequest } from '@peerpath/contracts';
import type { SummaryError } from '@peerpath/web/govuk/form-errors';

export type PolicyField = 'supervisionIntervalDays' | 'weeklyHoursCap' | 'certificateValidityMonths' | 'attendanceThresholdPercent';
export type PolicyFormValue = Record<PolicyField, string>;

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
  return errors.length > 0 ? { errors } : { request: { ...numbers, expectedVersion } };
}

/** Where the API's field errors go: each setting is its own field. */
export function policyFieldId(path: string): string | null {
  return (POLICY_FIELD_ORDER as string[]).includes(path) ? path : null;
}
