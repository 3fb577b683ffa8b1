import type { MySummary } from '@peerpath/contracts';
import {
  certificateWords,
  dayAndDate,
  MODULE_STATE_TAGS,
  modulesWords,
  sessionWords,
  supervisionWords,
} from '@peerpath/web/me/plain-words';

describe("the buddy's plain words", () => {
  it('calls modules Done, Started or To do', () => {
    expect(MODULE_STATE_TAGS.complete.text).toBe('Done');
    expect(MODULE_STATE_TAGS.in_progress.text).toBe('Started');
    expect(MODULE_STATE_TAGS.not_started.text).toBe('To do');
  });

  it('counts modules in one short sentence', () => {
    const course = { programmeTitle: 'Buddy Support Worker', modulesTotal: 14 };
    expect(modulesWords({ ...course, modulesDone: 3 })).toBe('You have done 3 of 14 modules.');
    expect(modulesWords({ ...course, modulesDone: 0 })).toBe('You have 14 modules to do.');
    expect(modulesWords({ ...course, modulesDone: 14 })).toBe('You have done all 14 modules.');
    expect(modulesWords({ programmeTitle: null, modulesDone: 0, modulesTotal: 0 })).toBe('You have not started a course yet.');
  });

  it('names the day as well as the date', () => {
    expect(dayAndDate('2026-03-03')).toBe('Tuesday 3 March 2026');
  });

  it('describes the next session one idea per sentence', () => {
    const session: MySummary['nextSession'] = {
      heldOn: '2026-03-03',
      startsAt: '09:30',
      endsAt: '12:00',
      location: 'Education block, room 2',
      moduleTitles: ['Duty of care'],
    };
    expect(sessionWords(session)).toEqual([
      'Your next session is on Tuesday 3 March 2026.',
      'It is from 09:30 to 12:00.',
      'It is in Education block, room 2.',
      'You will learn about: Duty of care.',
    ]);
    expect(sessionWords(session, '2026-03-03')[0]).toBe('Your next session is today, Tuesday 3 March 2026.');
    expect(sessionWords(session, '2026-03-02')[0]).toBe('Your next session is on Tuesday 3 March 2026.');
    expect(sessionWords(null)).toEqual(['No session is booked yet.', 'Your trainer will tell you when the next one is.']);
  });

  it('says when supervision is due, and what to do when it is late', () => {
    expect(supervisionWords({ state: 'up_to_date', nextDueOn: '2026-03-31' })).toEqual(['Your next supervision is due by Tuesday 31 March 2026.']);
    expect(supervisionWords({ state: 'overdue', nextDueOn: '2026-03-03' })).toEqual([
      'Your supervision was due on Tuesday 3 March 2026.',
      'Ask your coordinator for a time.',
    ]);
    expect(supervisionWords({ state: 'not_started', nextDueOn: null })).toEqual(['Your first supervision will be booked when your training starts.']);
  });

  it('says where the certificate stands in words, with no status codes', () => {
    expect(certificateWords(null)).toEqual(['You do not have a certificate yet.', 'You get one when every module is done,', 'you have come to enough sessions,', 'and you have had one supervision in training.']);
    const certificate = { number: 'PP-EXI-2026-00042', expiresOn: '2028-03-03' };
    expect(certificateWords({ ...certificate, status: 'valid' })).toEqual([
      'Your certificate is valid until 3 March 2028.',
      'Its number is PP-EXI-2026-00042.',
    ]);
    expect(certificateWords({ ...certificate, status: 'expired' })[0]).toBe('Your certificate ended on 3 March 2028.');
    expect(certificateWords({ ...certificate, status: 'suspended' })).toEqual(['Your certificate is on hold.', 'Your coordinator will talk to you about it.']);
    expect(certificateWords({ ...certificate, status: 'revoked' })[0]).toBe('Your certificate has been taken away.');
  });

  it('keeps every sentence short', () => {
    const all = [
      ...sessionWords({ heldOn: '2026-03-03', startsAt: '09:30', endsAt: '12:00', location: 'Chapel', moduleTitles: [] }),
      ...supervisionWords({ state: 'overdue', nextDueOn: '2026-03-03' }),
      ...(['valid', 'expired', 'suspended', 'revoked'] as const).flatMap((status) => certificateWords({ number: 'PP-EXI-2026-00042', expiresOn: '2028-03-03', status })),
      ...certificateWords(null),
    ];
    for (const sentence of all) expect(sentence.split(' ').length).toBeLessThanOrEqual(12);
  });
});
