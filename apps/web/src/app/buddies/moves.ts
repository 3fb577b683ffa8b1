import type { MoveOutcome, PrisonSummary } from '@peerpath/contracts';
import { plural } from '@peerpath/web/govuk/plural';

/** What a transfer or release changed besides the buddy's prison or status, for the confirmation. */
export function moveConsequences(outcome: Pick<MoveOutcome, 'allocationsEnded' | 'enrolmentsWithdrawn'>): string[] {
  return [
    outcome.allocationsEnded === 0 ? 'No allocations needed ending.' : `${plural(outcome.allocationsEnded, 'allocation')} ended.`,
    outcome.enrolmentsWithdrawn === 0
      ? 'No training in progress needed withdrawing.'
      : `Withdrawn from ${plural(outcome.enrolmentsWithdrawn, 'cohort')} in progress; the training record is kept.`,
  ];
}

/** The prisons offered for a transfer: the caller's, except the one the buddy is at. Others are typed as a code. */
export function transferChoices(prisons: readonly PrisonSummary[], currentCode: string): PrisonSummary[] {
  return prisons.filter((p) => p.code !== currentCode);
}

export const OTHER_PRISON = 'other';

/** The prison code chosen, or what is wrong with the choice. */
export function transferTargetOf(choice: string, typedCode: string, currentCode: string): { code: string; error?: never } | { code?: never; error: { field: string; text: string } } {
  if (!choice) return { error: { field: 'toPrisonCode', text: 'Select the prison the buddy is moving to' } };
  if (choice !== OTHER_PRISON) return { code: choice };
  const code = typedCode.trim().toUpperCase();
  if (!code) return { error: { field: 'otherPrisonCode', text: 'Enter the code of the prison the buddy is moving to' } };
  if (!/^[A-Z]{3}$/.test(code)) return { error: { field: 'otherPrisonCode', text: 'Enter a prison code of three letters, like HLI' } };
  if (code === currentCode) return { error: { field: 'otherPrisonCode', text: 'The buddy is already at that prison' } };
  return { code };
}
