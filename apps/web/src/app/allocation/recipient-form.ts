import type { CreateRecipientRequest } from '@peerpath/contracts';
import { hasHiddenCharacters, hiddenCharactersMessage, isValidPrisonNumber, normalisePrisonNumber } from '@peerpath/domain';
import type { SummaryError } from '@peerpath/web/govuk/form-errors';

export type RecipientFormValue = CreateRecipientRequest;

const FIELDS = ['prisonNumber', 'firstName', 'lastName', 'prisonCode', 'supportSummary', 'carePlanReference'];

/** Where each request field lives on the page, for error summary links. */
export function recipientFieldId(path: string): string | null {
  return FIELDS.includes(path) ? path : null;
}

/** Longest support summary the API keeps: short and non-clinical (BRIEF: keep the minimum about recipients). */
export const SUPPORT_SUMMARY_MAX = 500;

/** The request for a filled-in form, or what is missing. The API checks everything again. */
export function recipientRequestOf(
  value: RecipientFormValue,
): { request: CreateRecipientRequest; errors?: never } | { request?: never; errors: SummaryError[] } {
  const errors: SummaryError[] = [];
  const prisonNumber = normalisePrisonNumber(value.prisonNumber);
  if (!prisonNumber) errors.push({ field: 'prisonNumber', text: 'Enter a prison number' });
  else if (!isValidPrisonNumber(prisonNumber)) errors.push({ field: 'prisonNumber', text: 'Enter a prison number in the format A1234BC' });
  const firstName = value.firstName.trim();
  const lastName = value.lastName.trim();
  if (!firstName) errors.push({ field: 'firstName', text: 'Enter a first name' });
  // Checked before trimming, which would quietly drop a byte-order mark.
  else if (hasHiddenCharacters(value.firstName)) errors.push({ field: 'firstName', text: hiddenCharactersMessage('First name') });
  if (!lastName) errors.push({ field: 'lastName', text: 'Enter a last name' });
  else if (hasHiddenCharacters(value.lastName)) errors.push({ field: 'lastName', text: hiddenCharactersMessage('Last name') });
  if (!value.prisonCode) errors.push({ field: 'prisonCode', text: 'Select a prison' });
  const supportSummary = value.supportSummary.trim();
  if (!supportSummary) errors.push({ field: 'supportSummary', text: 'Describe the support they need' });
  else if (supportSummary.length > SUPPORT_SUMMARY_MAX) {
    errors.push({ field: 'supportSummary', text: `Describe the support needed in up to ${SUPPORT_SUMMARY_MAX} characters, without clinical detail` });
  }
  const carePlanReference = value.carePlanReference.trim();
  if (!carePlanReference) errors.push({ field: 'carePlanReference', text: 'Enter the local authority care plan reference' });
  if (errors.length > 0) return { errors };
  return { request: { prisonNumber, firstName, lastName, prisonCode: value.prisonCode, supportSummary, carePlanReference } };
}
