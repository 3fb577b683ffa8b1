import type { AttentionItem, AttentionListKey, AttentionSummary, BuddyDetail, CohortDetail, Page } from '@peerpath/contracts';
import { ATTENTION_LIST_KEYS, ATTENTION_LISTS } from '@peerpath/domain';
import { parse } from 'csv-parse/sync';
import { approvedBuddy, fromToday, newPrisonNumber, referenceProgramme, runningCohort, signedIn, trainerId } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';
import { ATTENTION_SQL, listSql } from './attention.sql';

/*
 * Each list over a hand-made fixture at Exeter whose answer is known, alongside the demo data:
 * so the tests look for their own people (and the absence of others), and compare counts with
 * list totals rather than with fixed numbers.
 */
describe('attention lists (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let trainer: TestClient;
  let hullCoordinator: TestClient;
  let otherTrainer: TestClient;
  let admin: TestClient;
  let auditor: TestClient;
  let cohort: CohortDetail;
  const fixture: Partial<Record<AttentionListKey, string[]>> = {};
  const notOn: Partial<Record<AttentionListKey, string[]>> = {};
  const certificates: Record<string, string> = {};

  const sql = (text: string, params: unknown[] = []) => t.dataSource.query(text, params);
  const add = (key: AttentionListKey, id: string) => (fixture[key] = [...(fixture[key] ?? []), id]);
  const absent = (key: AttentionListKey, id: string) => (notOn[key] = [...(notOn[key] ?? []), id]);

  /** Every item of a list, page by page, as the web page would walk it. */
  async function everything(client: TestClient, key: AttentionListKey): Promise<{ items: AttentionItem[]; total: number }> {
    const items: AttentionItem[] = [];
    let total = 0;
    for (let page = 1; ; page++) {
      const { body } = (await client.agent.get(`/api/attention/${key}?page=${page}`).expect(200)) as { body: Page<AttentionItem> };
      total = body.total;
      expect(body.pageSize).toBe(25);
      items.push(...body.items);
      if (body.items.length < 25) break;
    }
    expect(items).toHaveLength(total);
    expect(new Set(items.map((i) => i.id)).size).toBe(total);
    return { items, total };
  }

  async function certificate(buddy: BuddyDetail, daysLeft: number, status = 'valid'): Promise<string> {
    const [row] = await sql(
      `INSERT INTO certificates (number, buddy_id, programme_version_id, programme_id, prison_id, issued_on, expires_on, status, verification_code, issued_by_user_id, version)
       SELECT $1::text, b.id, co.programme_version_id, co.programme_id, b.prison_id, $2::date - 700, $2::date, $3::stored_certificate_status, md5($1::text), u.id, 1
         FROM buddies b, cohorts co, users u WHERE b.id = $4 AND co.id = $5 AND u.username = 'coordinator' RETURNING id`,
      [`PP-T-${buddy.prisonNumber}`, fromToday(daysLeft), status, buddy.id, cohort.id],
    );
    return row.id;
  }

  async function allocation(buddyId: string, recipientId: string, startsDaysAgo: number, hours = 4): Promise<string> {
    const [row] = await sql(
      `INSERT INTO allocations (buddy_id, recipient_id, prison_id, tasks, planned_weekly_hours, starts_on, allocated_by_user_id, version)
       SELECT $1::uuid, $2::uuid, b.prison_id, ARRAY['collecting_meals'], $4::numeric, $3::date, u.id, 1 FROM buddies b, users u WHERE b.id = $1::uuid AND u.username = 'coordinator' RETURNING id`,
      [buddyId, recipientId, fromToday(-startsDaysAgo), hours],
    );
    return row.id;
  }

  async function recipient(prisonCode = 'EXI'): Promise<string> {
    const { body } = await coordinator
      .post('/api/recipients', { prisonNumber: newPrisonNumber(), firstName: 'Rita', lastName: 'Recipient', prisonCode, supportSummary: 'Needs meals collected', carePlanReference: 'DCC-A' })
      .expect(201);
    return body.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signedIn(t, 'admin');
    coordinator = await signedIn(t, 'coordinator');
    trainer = await signedIn(t, 'trainer');
    auditor = await signedIn(t, 'auditor');
    await t.addStaff(admin, { username: 'hull.coordinator', displayName: 'Harriet Hull', password: 'correct-horse-battery-9', roles: [{ role: 'coordinator', scope: 'prison', prisonCode: 'HLI' }] });
    await t.addStaff(admin, { username: 'other.trainer', displayName: 'Owen Other', password: 'correct-horse-battery-9', roles: [{ role: 'trainer', scope: 'prison', prisonCode: 'EXI' }] });
    hullCoordinator = await signedIn(t, 'hull.coordinator', 'correct-horse-battery-9');
    otherTrainer = await signedIn(t, 'other.trainer', 'correct-horse-battery-9');

    cohort = await runningCohort(t, coordinator, { trainerIds: [await trainerId(t)] });
    const enrol = (buddy: BuddyDetail, daysAgo = 40) => coordinator.post(`/api/cohorts/${cohort.id}/enrolments`, { buddyId: buddy.id, enrolledOn: fromToday(-daysAgo) }).expect(201);
    const supervise = (buddy: BuddyDetail, daysAgo: number) =>
      coordinator.post(`/api/buddies/${buddy.id}/supervisions`, { heldOn: fromToday(-daysAgo), durationMinutes: 30, hoursWorkedSinceLast: 4, wellbeing: 4, boundariesDiscussed: true }).expect(201);

    // Supervision: training started 40 days ago, 28-day interval: overdue by 12; supervised 25 days ago: due in 3; 3 days ago: neither.
    const overdue = await approvedBuddy(coordinator);
    const dueSoon = await approvedBuddy(coordinator);
    const upToDate = await approvedBuddy(coordinator);
    for (const b of [overdue, dueSoon, upToDate]) await enrol(b);
    await supervise(dueSoon, 25);
    await supervise(upToDate, 3);
    add('supervision-overdue', overdue.id);
    add('supervision-due', dueSoon.id);
    absent('supervision-overdue', upToDate.id);
    absent('supervision-due', upToDate.id);
    absent('supervision-overdue', dueSoon.id);

    // Certificates: one buddy each, expiring at each reminder point, beyond 90 days, and already expired or suspended.
    for (const daysLeft of [90, 61, 60, 30, 28, 7, 0, 91, -1]) {
      const b = await approvedBuddy(coordinator);
      certificates[daysLeft] = await certificate(b, daysLeft);
      (daysLeft >= 0 && daysLeft <= 90 ? add : absent)('certificates-expiring', certificates[daysLeft]);
    }
    const suspendedHolder = await approvedBuddy(coordinator);
    const suspended = await certificate(suspendedHolder, 20, 'suspended');
    absent('certificates-expiring', suspended);

    // Allocations: a buddy whose certificate is suspended; one over the cap (10 a week at Exeter); one fine.
    const supportedA = await recipient();
    const supportedB = await recipient();
    const supportedC = await recipient();
    add('allocations-attention', await allocation(suspendedHolder.id, supportedA, 10));
    const busy = await approvedBuddy(coordinator);
    await certificate(busy, 300);
    add('allocations-attention', await allocation(busy.id, supportedB, 10, 8));
    add('allocations-attention', await allocation(busy.id, supportedC, 10, 4));
    const fine = await approvedBuddy(coordinator);
    await certificate(fine, 300);
    const supportedD = await recipient();
    absent('allocations-attention', await allocation(fine.id, supportedD, 100, 4));

    // Outcome reviews: supported for 100 days and never reviewed (due 72 days ago); supported for 10 days (not yet).
    add('outcome-reviews-due', supportedD);
    absent('outcome-reviews-due', supportedA);
    // Recipients: a new one waits (since today); the supported do not.
    add('recipients-waiting', await recipient());
    absent('recipients-waiting', supportedD);

    // Concerns and applicants.
    const { body: concern } = await coordinator.post('/api/concerns', { buddyId: overdue.id, kind: 'boundary', description: 'Asked to help with washing' }).expect(201);
    add('concerns-open', concern.id);
    const applicant = await approvedBuddy(coordinator, 'EXI', false);
    add('applicants-waiting', applicant.id);
    absent('applicants-waiting', overdue.id);

    // Trainer: a session today and one three days ago, neither register taken; one taken two days ago.
    const session = async (daysAgo: number) =>
      (await trainer.post(`/api/cohorts/${cohort.id}/sessions`, { heldOn: fromToday(-daysAgo), startsAt: '09:30', endsAt: '11:30', location: 'Education block', moduleIds: (await referenceProgramme(t)).moduleIds.slice(0, 1) }).expect(201)).body.id as string;
    const today = await session(0);
    const missed = await session(3);
    const taken = await session(2);
    await trainer.put(`/api/cohorts/${cohort.id}/sessions/${taken}/register`, { marks: [overdue, dueSoon, upToDate].map((b) => ({ buddyId: b.id, mark: 'present' })) }).expect(200);
    add('sessions-today', today);
    add('registers-not-taken', today);
    add('registers-not-taken', missed);
    absent('registers-not-taken', taken);

    // Criteria: not yet met 35 days ago (on); 10 days ago (not yet four weeks); 35 days ago then met (off).
    const [criterion] = await sql(`SELECT id, module_id FROM assessment_criteria WHERE programme_version_id = $1 AND kind = 'knowledge' ORDER BY code LIMIT 1`, [cohort.programmeVersionId]);
    const decide = (buddyId: string, outcome: string, daysAgo: number) =>
      trainer
        .post(`/api/cohorts/${cohort.id}/decisions`, { method: 'workbook', assessedOn: fromToday(-daysAgo), evidenceNote: 'Workbook checked', decisions: [{ buddyId, criterionId: criterion.id, outcome }] })
        .expect(201);
    await decide(overdue.id, 'not_yet_met', 35);
    await decide(overdue.id, 'not_yet_met', 5);
    await decide(dueSoon.id, 'not_yet_met', 10);
    await decide(upToDate.id, 'not_yet_met', 35);
    await decide(upToDate.id, 'met', 1);
    add('criteria-not-yet-met', `${overdue.id}:${criterion.id}`);
    absent('criteria-not-yet-met', `${dueSoon.id}:${criterion.id}`);
    absent('criteria-not-yet-met', `${upToDate.id}:${criterion.id}`);
  });
  afterAll(() => t.close());

  const coordinatorLists = ATTENTION_LIST_KEYS.filter((k) => ATTENTION_LISTS[k].role === 'coordinator');
  const trainerLists = ATTENTION_LIST_KEYS.filter((k) => ATTENTION_LISTS[k].role === 'trainer');

  it.each(ATTENTION_LIST_KEYS)('%s lists who should be on it and nobody who should not', async (key) => {
    const client = ATTENTION_LISTS[key].role === 'coordinator' ? coordinator : trainer;
    const ids = (await everything(client, key)).items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(fixture[key] ?? []));
    expect(fixture[key]?.length).toBeGreaterThan(0);
    for (const id of notOn[key] ?? []) expect(ids).not.toContain(id);
  });

  it('words each item and links it to where it is dealt with', async () => {
    const find = async (key: AttentionListKey, id: string) => (await everything(key === 'sessions-today' || key === 'registers-not-taken' || key === 'criteria-not-yet-met' ? trainer : coordinator, key)).items.find((i) => i.id === id);
    const overdueId = fixture['supervision-overdue']?.[0] as string;
    expect(await find('supervision-overdue', overdueId)).toMatchObject({ what: 'Supervision overdue by 12 days', days: 12, date: fromToday(-12), prisonCode: 'EXI', href: `/buddies/${overdueId}/supervision/new` });
    expect(await find('supervision-due', fixture['supervision-due']?.[0] as string)).toMatchObject({ what: 'Supervision due in 3 days', days: 3 });
    expect(await find('outcome-reviews-due', fixture['outcome-reviews-due']?.[0] as string)).toMatchObject({ what: 'Outcome review overdue by 72 days', href: `/recipients/${fixture['outcome-reviews-due']?.[0]}/outcome-review` });
    expect(await find('applicants-waiting', fixture['applicants-waiting']?.[0] as string)).toMatchObject({ what: 'Waiting 90 days for a selection decision', days: 90 });
    expect(await find('recipients-waiting', fixture['recipients-waiting']?.[0] as string)).toMatchObject({ what: 'Waiting 0 days for support', days: 0 });
    expect(await find('concerns-open', fixture['concerns-open']?.[0] as string)).toMatchObject({ what: 'Boundary concern open for 0 days', href: `/concerns/${fixture['concerns-open']?.[0]}` });
    const [suspendedAllocation, overCap] = fixture['allocations-attention'] as string[];
    expect((await find('allocations-attention', suspendedAllocation))?.what).toBe('Certificate suspended: supports Rita Recipient');
    expect((await find('allocations-attention', overCap))?.what).toBe('Over the weekly cap: 12 hours a week allocated, the cap is 10 hours; supports Rita Recipient');
    const [todays, missed] = fixture['registers-not-taken'] as string[];
    expect(await find('sessions-today', todays)).toMatchObject({ what: '09:30 to 11:30, Education block: register not yet taken', action: 'Take the register', href: `/cohorts/${cohort.id}/sessions/${todays}/register` });
    expect(await find('registers-not-taken', missed)).toMatchObject({ what: 'Register not taken, 3 days ago (09:30 to 11:30, Education block)', days: 3 });
    const criterion = await find('criteria-not-yet-met', fixture['criteria-not-yet-met']?.[0] as string);
    expect(criterion).toMatchObject({ days: 35, date: fromToday(-35) });
    expect(criterion?.what).toMatch(/^Criterion .+: not yet met for 35 days$/);
    expect(criterion?.href).toMatch(new RegExp(`^/cohorts/${cohort.id}/modules/[0-9a-f-]+/assess$`));
  });

  it('puts each expiring certificate in its reminder: 90, 60, 30 and 7 days', async () => {
    const { items } = await everything(coordinator, 'certificates-expiring');
    const reminderOf = (daysLeft: number) => items.find((i) => i.id === certificates[daysLeft])?.what.match(/\((\d+)-day reminder\)/)?.[1];
    expect([90, 61, 60, 30, 28, 7, 0].map(reminderOf)).toEqual(['90', '90', '60', '30', '30', '7', '7']);
    expect(items.find((i) => i.id === certificates[28])?.what).toBe(`Certificate PP-T-${items.find((i) => i.id === certificates[28])?.prisonNumber} expires in 28 days (30-day reminder)`);
    // Soonest first.
    const days = items.map((i) => i.days as number);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('counts in the summary what each list holds, in one answer for the roles held', async () => {
    for (const [client, keys] of [
      [coordinator, coordinatorLists],
      [trainer, trainerLists],
    ] as const) {
      const { body } = (await client.agent.get('/api/attention').expect(200)) as { body: AttentionSummary };
      expect(body.sections.map((s) => s.key)).toEqual(keys);
      for (const section of body.sections) {
        const { items, total } = await everything(client, section.key);
        expect(section.count).toBe(total);
        expect(section.href).toBe(`/attention/${section.key}`);
        if (['supervision-overdue', 'applicants-waiting', 'registers-not-taken', 'criteria-not-yet-met'].includes(section.key)) {
          expect(section.oldestDays).toBe(Math.max(...items.map((i) => i.days as number)));
        }
        if (['supervision-due', 'certificates-expiring', 'sessions-today'].includes(section.key)) expect(section.oldestDays).toBeNull();
      }
      expect(body.total).toBe(body.sections.reduce((sum, s) => sum + s.count, 0));
    }
  });

  it('keeps to scope: a coordinator at another prison and a trainer not on the cohort see none of it', async () => {
    for (const key of coordinatorLists) {
      const ids = (await everything(hullCoordinator, key)).items.map((i) => i.id);
      for (const id of fixture[key] ?? []) expect(ids).not.toContain(id);
      expect((await everything(hullCoordinator, key)).items.every((i) => i.prisonCode === 'HLI')).toBe(true);
    }
    for (const key of trainerLists) expect((await everything(otherTrainer, key)).total).toBe(0);
    const { body } = await otherTrainer.agent.get('/api/attention').expect(200);
    expect(body.total).toBe(0);
  });

  it('refuses other roles’ lists, unknown lists and people with no lists of their own', async () => {
    await trainer.agent.get('/api/attention/supervision-overdue').expect(403);
    await coordinator.agent.get('/api/attention/sessions-today').expect(403);
    await trainer.agent.get('/api/attention/supervision-overdue/csv').expect(403);
    expect((await coordinator.agent.get('/api/attention/everyone').expect(404)).body.code).toBe('NOT_FOUND');
    await coordinator.agent.get('/api/attention/everyone/csv').expect(404);
    await coordinator.agent.get('/api/attention/supervision-overdue?page=0').expect(400);
    await coordinator.agent.get('/api/attention/supervision-overdue?page=abc').expect(400);
    for (const client of [admin, auditor]) {
      await client.agent.get('/api/attention').expect(403);
      await client.agent.get('/api/attention/supervision-overdue').expect(403);
    }
    const anonymous = await t.client();
    await anonymous.agent.get('/api/attention').expect(401);
  });

  it('gives an empty page past the end, with the total', async () => {
    const { body } = await coordinator.agent.get('/api/attention/supervision-overdue?page=999').expect(200);
    expect(body.items).toEqual([]);
    expect(body.total).toBe((await everything(coordinator, 'supervision-overdue')).total);
    expect(body.page).toBe(999);
  });

  it.each(['supervision-overdue', 'certificates-expiring', 'criteria-not-yet-met'] as const)('downloads %s as CSV: the whole list, in order', async (key) => {
    const client = ATTENTION_LISTS[key].role === 'coordinator' ? coordinator : trainer;
    const res = await client.agent.get(`/api/attention/${key}/csv`).buffer(true).parse((r, done) => {
      let text = '';
      r.setEncoding('utf8');
      r.on('data', (chunk: string) => (text += chunk));
      r.on('end', () => done(null, text));
    }).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain(`${key}-`);
    const rows: Record<string, string>[] = parse(res.body as string, { columns: true, bom: true });
    const { items } = await everything(client, key);
    expect(rows.map((r) => [r['Name'], r['Prison number'], r['Prison'], r['What needs doing'], r['Date'], r['Days']])).toEqual(
      items.map((i) => [i.name, i.prisonNumber ?? '', i.prisonCode, i.what, i.date ?? '', i.days === null ? '' : String(i.days)]),
    );
  });

  it('gives the same rows for a cluster or the country whether facts are looked up per person or gathered grouped', async () => {
    const national = [true, [], [], fromToday(0), '00000000-0000-0000-0000-000000000000', []];
    for (const key of ATTENTION_LIST_KEYS.filter((k) => ATTENTION_SQL[k].wideSql || ATTENTION_SQL[k].uses)) {
      const rows = (wide: boolean) => sql(`SELECT m.* FROM (${listSql(key, wide)}) m ORDER BY ${ATTENTION_SQL[key].orderBy}`, national);
      const grouped = await rows(true);
      expect(grouped.length).toBeGreaterThan(0);
      expect(grouped).toEqual(await rows(false));
    }
  });
});
