import type { AllocationNeedingAttention, AllocationTask, RecipientSummary } from '@peerpath/contracts';
import { TASK_LABELS } from '@peerpath/domain';
import type { Tag } from '@peerpath/web/govuk/tag';
import { formatDate } from '@peerpath/web/govuk/dates';

/** "1 hour", "6 hours", "2.5 hours". */
export function hoursText(hours: number): string {
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

export function tasksText(tasks: readonly AllocationTask[]): string[] {
  return tasks.map((task) => TASK_LABELS[task]);
}

/**
 * Whether someone on the register has support now: waiting (and since when), supported, or
 * supported only by buddies whose certificate is no longer valid, which needs a coordinator.
 */
export function supportTag(recipient: Pick<RecipientSummary, 'activeAllocations' | 'allocationsNeedingAttention' | 'waitingSince'>): Tag {
  const n = recipient.activeAllocations;
  if (n === 0) return { text: recipient.waitingSince ? `Waiting since ${formatDate(recipient.waitingSince)}` : 'Waiting for support', colour: 'govuk-tag--yellow' };
  if (recipient.allocationsNeedingAttention >= n) {
    return { text: n === 1 ? 'Their buddy’s certificate is no longer valid' : 'No buddy with a valid certificate', colour: 'govuk-tag--red' };
  }
  const note = recipient.allocationsNeedingAttention > 0 ? `, ${recipient.allocationsNeedingAttention} with a certificate no longer valid` : '';
  return { text: `Supported by ${n} ${n === 1 ? 'buddy' : 'buddies'}${note}`, colour: note ? 'govuk-tag--orange' : 'govuk-tag--green' };
}

/** Why an active allocation needs attention: the buddy's certificate problem, in words. */
export function certificateProblem(allocation: Pick<AllocationNeedingAttention, 'certificateStatus' | 'certificateNumber'>): Tag {
  const number = allocation.certificateNumber ?? '';
  switch (allocation.certificateStatus) {
    case 'suspended':
      return { text: `Certificate ${number} is suspended`, colour: 'govuk-tag--orange' };
    case 'revoked':
      return { text: `Certificate ${number} has been revoked`, colour: 'govuk-tag--red' };
    case 'expired':
      return { text: `Certificate ${number} has expired`, colour: 'govuk-tag--red' };
    case 'superseded':
    case 'none':
      return { text: 'The buddy holds no valid certificate', colour: 'govuk-tag--red' };
  }
}
