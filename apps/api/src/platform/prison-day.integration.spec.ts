import { signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

/*
 * Business dates are the prison's calendar day in Europe/London (BRIEF: data and identifiers),
 * never UTC and never the database's own date. Only the clock is pinned here: timers,
 * PostgreSQL and argon2 run for real.
 */
const nextYear = new Date().getUTCFullYear() + 1;
/** 23:30 UTC on a summer evening is 00:30 the next day in London (BST). */
const SUMMER_EVENING = new Date(`${nextYear}-07-15T23:30:00Z`);
const LONDON_DAY = `${nextYear}-07-16`;

describe('the prison’s calendar day at 23:30 UTC in summer (real PostgreSQL, pinned clock)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  const buddy = async (prisonNumber: string) => (await t.dataSource.query(`SELECT id FROM buddies WHERE prison_number = $1`, [prisonNumber]))[0].id as string;
  const supervise = (buddyId: string, heldOn: string) =>
    coordinator.post(`/api/buddies/${buddyId}/supervisions`, { heldOn, durationMinutes: 30, hoursWorkedSinceLast: 0, wellbeing: 4, boundariesDiscussed: true });

  beforeAll(async () => {
    jest.useFakeTimers({
      now: SUMMER_EVENING,
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    t = await createTestApp();
    coordinator = await signedIn(t, 'coordinator');
  });
  afterAll(async () => {
    await t.close();
    jest.useRealTimers();
  });

  it('accepts a supervision dated today in London, and refuses tomorrow', async () => {
    expect(new Date().getUTCDate()).toBe(15);
    const aaron = await buddy('A1234BC');
    await supervise(aaron, LONDON_DAY).expect(201);
    const refused = await supervise(aaron, `${nextYear}-07-17`).expect(400);
    expect(refused.body.fieldErrors.heldOn).toEqual(['The supervision date cannot be in the future']);
  });

  it('issues a certificate dated the London day, and counts its expiry from it', async () => {
    const elliot = await buddy('B5419EF');
    const { body } = await coordinator.post(`/api/buddies/${elliot}/certificates`).expect(201);
    expect(body).toMatchObject({ issuedOn: LONDON_DAY, expiresOn: `${nextYear + 2}-07-16`, status: 'valid' });
  });

  it('turns supervision overdue at London midnight, not an hour later', async () => {
    const aaron = await buddy('A1234BC');
    // Supervised on the 16th July with a 28-day interval: due on 13 August, overdue from the 14th.
    jest.setSystemTime(new Date(`${nextYear}-08-13T22:59:00Z`));
    // A month later the morning's session has long timed out: sign in again.
    coordinator = await signedIn(t, 'coordinator');
    const dueDay = (await coordinator.agent.get(`/api/buddies/${aaron}/supervisions`).expect(200)).body.status;
    expect(dueDay).toMatchObject({ state: 'due_soon', nextDueOn: `${nextYear}-08-13`, daysOverdue: 0 });
    jest.setSystemTime(new Date(`${nextYear}-08-13T23:30:00Z`));
    const nextDay = (await coordinator.agent.get(`/api/buddies/${aaron}/supervisions`).expect(200)).body.status;
    expect(nextDay).toMatchObject({ state: 'overdue', daysOverdue: 1 });
    const { body: due } = await coordinator.agent.get('/api/supervision/due?prison=EXI&state=overdue').expect(200);
    expect(due.items.map((d: { prisonNumber: string }) => d.prisonNumber)).toContain('A1234BC');
  });

  it('follows the clocks going back: 23:30 UTC on the last Saturday of October is already Sunday', async () => {
    // Find the last Sunday of October next year, when BST ends.
    const sunday = new Date(Date.UTC(nextYear, 9, 31));
    sunday.setUTCDate(31 - sunday.getUTCDay());
    const sundayIso = `${nextYear}-10-${sunday.getUTCDate()}`;
    const saturdayEvening = new Date(sunday.getTime() - 30 * 60_000);
    jest.setSystemTime(saturdayEvening);
    coordinator = await signedIn(t, 'coordinator');
    await supervise(await buddy('A2211DE'), sundayIso).expect(201);
  });
});
