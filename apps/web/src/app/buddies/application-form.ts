import type { RecordApplicationRequest } from '@peerpath/contracts';
import { hasHiddenCharacters, hiddenCharactersMessage, isValidPrisonNumber, normalisePrisonNumber } from '@peerpath/domain';
import { DateParts, isoDateOf } from '@peerpath/web/govuk/dates';
import type { SummaryError } from '@peerpath/web/govuk/form-errors';

export interface ApplicationFormValue {
  prisonNumber: string;
  firstName: string;
  lastName: string;
  prisonCode: string;
  appliedOn: DateParts;
}

/** Where each request field lives on the page, for error summary links. */
export function applicationFieldId(path: string): string | null {
  if (path === 'appliedOn') return 'appliedOn-day';
  return ['prisonNumber', 'firstName', 'lastName', 'prisonCode'].includes(path) ? path : null;
}

/**
 * The request for a filled-in form, or what is missing. These checks only save a round trip:
 * the API checks everything again, and its field errors land in the same places.
 */
export function applicationRequestOf(
  value: ApplicationFormValue,
  today: string,
): { request: RecordApplicationRequest; errors?: never } | { request?: never; errors: SummaryError[] } {
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
  const appliedOn = isoDateOf(value.appliedOn);
  if (!appliedOn) errors.push({ field: 'appliedOn-day', text: 'Enter the date applied as a real date, for example 27 3 2026' });
  else if (appliedOn > today) errors.push({ field: 'appliedOn-day', text: 'The date applied cannot be in the future' });
  if (errors.length > 0 || !appliedOn) return { errors };
  return { request: { prisonNumber, firstName, lastName, prisonCode: value.prisonCode, appliedOn } };
}
