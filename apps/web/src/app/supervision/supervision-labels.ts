import type { SupervisionState, SupervisionStatus, Wellbeing } from '@peerpath/contracts';
import { formatDate } from '@peerpath/web/govuk/dates';
import { plural } from '@peerpath/web/govuk/plural';
import type { Tag } from '@peerpath/web/govuk/tag';

export const SUPERVISION_TAGS: Record<SupervisionState, Tag> = {
  not_started: { text: 'Not started', colour: 'govuk-tag--grey' },
  up_to_date: { text: 'Up to date', colour: 'govuk-tag--green' },
  due_soon: { text: 'Due soon', colour: 'govuk-tag--yellow' },
  overdue: { text: 'Overdue', colour: 'govuk-tag--red' },
};

/** The wellbeing scale as the buddy would say it. */
export const WELLBEING_TEXT: Record<Wellbeing, string> = {
  1: 'Struggling',
  2: 'Not so good',
  3: 'Okay',
  4: 'Good',
  5: 'Very well',
};

/** The one line a coordinator needs about supervision: when the next is due, or how late it is. */
export function supervisionStatusText(status: SupervisionStatus): string {
  if (status.state === 'overdue') return `Overdue by ${plural(status.daysOverdue, 'day')}`;
  if (!status.nextDueOn) return 'No supervision is due yet: the first is due once training starts';
  return `Next supervision due by ${formatDate(status.nextDueOn)}`;
}
