import type { ModuleProgressState, MySummary } from '@peerpath/contracts';
import { formatDate, TASK_LABELS } from '@peerpath/domain';
import type { Tag } from '@peerpath/web/govuk/tag';

/*
 * The buddy's own words. Buddies read on shared kiosks or on paper, and many are neurodivergent
 * or read English as a second language (BRIEF: how it should feel): short sentences, everyday
 * words, one idea each, no codes or jargon. The printable PDF says the same things.
 */

export const MODULE_STATE_TAGS: Record<ModuleProgressState, Tag> = {
  complete: { text: 'Done', colour: 'govuk-tag--green' },
  in_progress: { text: 'Started', colour: 'govuk-tag--light-blue' },
  not_started: { text: 'To do', colour: 'govuk-tag--grey' },
};

export function modulesWords(me: Pick<MySummary, 'programmeTitle' | 'modulesDone' | 'modulesTotal'>): string {
  if (!me.programmeTitle || me.modulesTotal === 0) return 'You have not started a course yet.';
  if (me.modulesDone === me.modulesTotal) return `You have done all ${me.modulesTotal} modules.`;
  if (me.modulesDone === 0) return `You have ${me.modulesTotal} modules to do.`;
  return `You have done ${me.modulesDone} of ${me.modulesTotal} modules.`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Tuesday 3 March 2026": the day's name helps when there is no calendar to hand. */
export function dayAndDate(iso: string): string {
  const weekday = WEEKDAYS[new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay()];
  return `${weekday} ${formatDate(iso)}`;
}

/** The next session as short sentences; the first is the one that matters most. */
export function sessionWords(session: MySummary['nextSession'], today?: string): string[] {
  if (!session) return ['No session is booked yet.', 'Your trainer will tell you when the next one is.'];
  const when = session.heldOn === today ? `today, ${dayAndDate(session.heldOn)}` : `on ${dayAndDate(session.heldOn)}`;
  const lines = [`Your next session is ${when}.`, `It is from ${session.startsAt} to ${session.endsAt}.`];
  if (session.location) lines.push(`It is in ${session.location}.`);
  if (session.moduleTitles.length === 1) lines.push(`You will learn about: ${session.moduleTitles[0]}.`);
  else if (session.moduleTitles.length > 1) lines.push(`You will learn about: ${session.moduleTitles.join('; ')}.`);
  return lines;
}

export function supervisionWords(supervision: MySummary['supervision']): string[] {
  if (!supervision.nextDueOn) return ['Your first supervision will be booked when your training starts.'];
  if (supervision.state === 'overdue') {
    return [`Your supervision was due on ${dayAndDate(supervision.nextDueOn)}.`, 'Ask your coordinator for a time.'];
  }
  return [`Your next supervision is due by ${dayAndDate(supervision.nextDueOn)}.`];
}

export function certificateWords(certificate: MySummary['certificate']): string[] {
  // The whole certification rule (BRIEF: certification), in short sentences.
  if (!certificate) return ['You do not have a certificate yet.', 'You get one when every module is done,', 'you have come to enough sessions,', 'and you have had one supervision in training.'];
  switch (certificate.status) {
    case 'valid':
      return [`Your certificate is valid until ${formatDate(certificate.expiresOn)}.`, `Its number is ${certificate.number}.`];
    case 'expired':
      return [`Your certificate ended on ${formatDate(certificate.expiresOn)}.`, 'Ask your coordinator about a refresher.'];
    case 'suspended':
      return ['Your certificate is on hold.', 'Your coordinator will talk to you about it.'];
    case 'revoked':
      return ['Your certificate has been taken away.', 'Your coordinator can tell you why.'];
    case 'superseded':
      return ['You have a newer certificate.', 'Ask your coordinator for a copy.'];
  }
}

/** Who the buddy supports, in plain words: a few short sentences for each person. */
export function supportWords(allocations: MySummary['allocations']): string[][] {
  return allocations.map((a) => [
    `You support ${a.recipientName}.`,
    `You help with: ${a.tasks.map((t) => TASK_LABELS[t].toLowerCase()).join('; ')}.`,
    `About ${a.plannedWeeklyHours} ${a.plannedWeeklyHours === 1 ? 'hour' : 'hours'} a week.`,
  ]);
}
