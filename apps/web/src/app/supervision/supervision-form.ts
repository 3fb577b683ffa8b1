import type { RecordSupervisionRequest, Wellbeing } from '@peerpath/contracts';
import { DateParts, isoDateOf } from '@peerpath/web/govuk/dates';
import type { SummaryError } from '@peerpath/web/govuk/form-errors';

/*
 * Form → request for recording a supervision. These checks only save a
 * round trip: the API checks everything again, and its field errors land in the same places.
 */

type Checked<T> = { request: T; errors?: never } | { request?: never; errors: SummaryError[] };

export const TEXT_MAX = 2000;

export interface SupervisionFormValue {
  heldOn: DateParts;
  durationMinutes: string;
  hoursWorkedSinceLast: string;
  wellbeing: '' | '1' | '2' | '3' | '4' | '5';
  boundariesDiscussed: '' | 'yes' | 'no';
  concerns: string;
  agreedActions: string;
}

/** Where each request field lives on the page; radios link to their first option. */
export function supervisionFieldId(path: string): string | null {
  switch (path) {
    case 'heldOn':
      return 'heldOn-day';
    case 'wellbeing':
      return 'wellbeing-1';
    case 'boundariesDiscussed':
      return 'boundariesDiscussed-yes';
    case 'durationMinutes':
    case 'hoursWorkedSinceLast':
    case 'concerns':
    case 'agreedActions':
      return path;
    default:
      return null;
  }
}

export function supervisionRequestOf(value: SupervisionFormValue, today: string): Checked<RecordSupervisionRequest> {
  const errors: SummaryError[] = [];
  const heldOn = isoDateOf(value.heldOn);
  if (!heldOn) errors.push({ field: 'heldOn-day', text: 'Enter the date of the supervision as a real date, for example 27 3 2026' });
  else if (heldOn > today) errors.push({ field: 'heldOn-day', text: 'The date of the supervision cannot be in the future' });

  const duration = value.durationMinutes.trim();
  const minutes = Number(duration);
  if (!duration) errors.push({ field: 'durationMinutes', text: 'Enter how long the supervision lasted, in minutes' });
  else if (!/^\d+$/.test(duration)) errors.push({ field: 'durationMinutes', text: 'Enter the duration in whole minutes, like 30' });
  else if (minutes < 5 || minutes > 480) errors.push({ field: 'durationMinutes', text: 'A supervision lasts between 5 and 480 minutes' });

  const hoursText = value.hoursWorkedSinceLast.trim();
  const hours = Number(hoursText);
  if (!hoursText) errors.push({ field: 'hoursWorkedSinceLast', text: 'Enter the hours worked since the last supervision' });
  else if (!/^\d+(\.\d)?$/.test(hoursText)) errors.push({ field: 'hoursWorkedSinceLast', text: 'Enter the hours as a number, like 12 or 12.5' });
  else if (hours > 400) errors.push({ field: 'hoursWorkedSinceLast', text: 'Hours worked since the last supervision can be at most 400' });

  if (!value.wellbeing) errors.push({ field: 'wellbeing-1', text: 'Select how the buddy says they are' });
  if (!value.boundariesDiscussed) errors.push({ field: 'boundariesDiscussed-yes', text: 'Select whether the limits of the role were discussed' });
  if (value.concerns.length > TEXT_MAX) errors.push({ field: 'concerns', text: `Concerns must be ${TEXT_MAX} characters or fewer` });
  if (value.agreedActions.length > TEXT_MAX) errors.push({ field: 'agreedActions', text: `Agreed actions must be ${TEXT_MAX} characters or fewer` });

  if (errors.length > 0 || !heldOn || !value.wellbeing) return { errors };
  const concerns = value.concerns.trim();
  const agreedActions = value.agreedActions.trim();
  return {
    request: {
      heldOn,
      durationMinutes: minutes,
      hoursWorkedSinceLast: hours,
      wellbeing: Number(value.wellbeing) as Wellbeing,
      boundariesDiscussed: value.boundariesDiscussed === 'yes',
      ...(concerns ? { concerns } : {}),
      ...(agreedActions ? { agreedActions } : {}),
    },
  };
}
