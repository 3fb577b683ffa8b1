import { fromToday } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

/*
 * Issue 10: the allocations, recipients, concerns and cohorts lists are paged, filtered and
 * sorted in SQL, within the caller's scope; and so, since national scale, are supervision due
 * and the allocations needing attention. One file for them all (one database to migrate
 * and seed rather than six); each list's cases are the same: every page together is the
 * whole list once, each sort is in order with a stable tie-break, each filter keeps only its
 * rows, a coordinator at one prison sees only that prison, and an unknown value is a 400.
 */

type Row = { id: string; prisonCode: string };

describe('paged, filtered and sorted lists (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  /** A coordinator at Dartmoor only. */
  let dartmoor: TestClient;
  const ids: Record<string, string> = {};

  const get = async (client: TestClient, url: string) => (await client.agent.get(url).expect(200)).body;
  /** Every page of `url` at `pageSize`, in order, and the total each page reported. */
  const allPages = async (client: TestClient, url: string, pageSize: number) => {
    const first = await get(client, `${url}&page=1&pageSize=${pageSize}`);
    const items = [...first.items];
    for (let page = 2; (page - 1) * pageSize < first.total; page++) {
      const next = await get(client, `${url}&page=${page}&pageSize=${pageSize}`);
      expect(next.total).toBe(first.total);
      items.push(...next.items);
    }
    return { items, total: first.total as number };
  };
  /** Paging at 2 a page gives the same rows, in the same order, as one page of 100. */
  const expectPagesAgree = async (client: TestClient, url: string, key: 'id' | 'buddyId' = 'id') => {
    const whole = await get(client, `${url}&pageSize=100`);
    const paged = await allPages(client, url, 2);
    expect(paged.total).toBe(whole.total);
    expect(paged.items.map((r: Record<string, string>) => r[key])).toEqual(whole.items.map((r: Record<string, string>) => r[key]));
    expect(new Set(paged.items.map((r: Record<string, string>) => r[key])).size).toBe(whole.total);
    return whole.items;
  };
  const sql = (query: string, params: unknown[] = []) => t.dataSource.query(query, params);

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.client();
    await coordinator.signIn('coordinator').expect(200);
    const admin = await t.client();
    await admin.signIn('admin').expect(200);
    await t.addStaff(admin, { username: 'dartmoor.coordinator', displayName: 'Dee Dartmoor', password: 'correct-horse-battery-9', roles: [{ role: 'coordinator', scope: 'prison', prisonCode: 'DAI' }] });
    dartmoor = await t.client();
    await dartmoor.signIn('dartmoor.coordinator', 'correct-horse-battery-9').expect(200);

    // Six more people at Exeter, four of them supported by Gareth (certified in the demo) with
    // hours chosen to tie, one whose allocation has ended; and one allocation at Dartmoor.
    for (let n = 1; n <= 6; n++) {
      const { body } = await coordinator
        .post('/api/recipients', { prisonNumber: `P${1000 + n}LS`, firstName: 'Paige', lastName: `Lister${n}`, prisonCode: 'EXI', supportSummary: 'Needs meals collected', carePlanReference: `DCC-L-${n}` })
        .expect(201);
      ids[`r${n}`] = body.id;
    }
    const [{ id: gareth }] = await sql(`SELECT id FROM buddies WHERE prison_number = 'B6528GH'`);
    const [{ id: coordinatorId }] = await sql(`SELECT id FROM users WHERE username = 'coordinator'`);
    const allocate = (buddy: string, recipient: string, prison: string, hours: number, startsOn: string, ended = false) =>
      sql(
        `INSERT INTO allocations (buddy_id, recipient_id, prison_id, tasks, planned_weekly_hours, starts_on, status, ended_on, end_reason, allocated_by_user_id, version)
         VALUES ($1, $2, (SELECT id FROM prisons WHERE code = $3), '{collecting_meals}', $4, $5, $6, $7, $8, $9, 1)`,
        [buddy, recipient, prison, hours, startsOn, ended ? 'ended' : 'active', ended ? fromToday(-1) : null, ended ? 'Moved wing' : null, coordinatorId],
      );
    await allocate(gareth, ids['r1'], 'EXI', 1, fromToday(-30));
    await allocate(gareth, ids['r2'], 'EXI', 2, fromToday(-20));
    await allocate(gareth, ids['r3'], 'EXI', 2, fromToday(-10));
    await allocate(gareth, ids['r4'], 'EXI', 3, fromToday(-5));
    await allocate(gareth, ids['r5'], 'EXI', 1.5, fromToday(-60), true);
    const [{ id: dartmoorBuddy }] = await sql(`SELECT b.id FROM buddies b JOIN prisons p ON p.id = b.prison_id WHERE p.code = 'DAI' LIMIT 1`);
    const [{ id: dartmoorRecipient }] = await sql(`SELECT r.id FROM recipients r JOIN prisons p ON p.id = r.prison_id WHERE p.code = 'DAI' LIMIT 1`);
    ids['dartmoorRecipient'] = dartmoorRecipient;
    await allocate(dartmoorBuddy, dartmoorRecipient, 'DAI', 2, fromToday(-3));
    // A safeguarding concern about a person at Dartmoor.
    ids['dartmoorConcern'] = (await coordinator.post('/api/concerns', { recipientId: dartmoorRecipient, kind: 'safeguarding', description: 'Said he is being pressured for canteen' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  describe('allocations', () => {
    it('lists active allocations by default, newest start first, paged without overlap', async () => {
      const items = await expectPagesAgree(coordinator, '/api/allocations?prison=EXI');
      const [{ n }] = await sql(`SELECT count(*)::int AS n FROM allocations a JOIN prisons p ON p.id = a.prison_id WHERE p.code = 'EXI' AND a.status = 'active'`);
      expect(items).toHaveLength(n);
      expect(items.every((a: { status: string }) => a.status === 'active')).toBe(true);
      const starts = items.map((a: { startsOn: string }) => a.startsOn);
      expect(starts).toEqual([...starts].sort().reverse());
      expect(items[0].recipientId).toBe(ids['r4']);
    });

    it('filters ended and all', async () => {
      const ended = await get(coordinator, '/api/allocations?prison=EXI&status=ended');
      expect(ended.items.map((a: { recipientId: string }) => a.recipientId)).toEqual([ids['r5']]);
      const all = await get(coordinator, '/api/allocations?prison=EXI&status=all&pageSize=100');
      const active = await get(coordinator, '/api/allocations?prison=EXI');
      expect(all.total).toBe(active.total + 1);
    });

    it('sorts by weekly hours both ways, ties broken the same way each time, and by buddy and recipient', async () => {
      const up = (await get(coordinator, '/api/allocations?prison=EXI&sort=hours&order=asc&pageSize=100')).items as { id: string; plannedWeeklyHours: number }[];
      const down = (await get(coordinator, '/api/allocations?prison=EXI&sort=hours&order=desc&pageSize=100')).items as { id: string; plannedWeeklyHours: number }[];
      const hours = up.map((a) => a.plannedWeeklyHours);
      expect(hours).toEqual([...hours].sort((a, b) => a - b));
      expect(down.map((a) => a.plannedWeeklyHours)).toEqual([...hours].reverse());
      // The two 2-hour allocations keep their relative order (by id) whichever way hours go.
      const twos = (list: { id: string; plannedWeeklyHours: number }[]) => list.filter((a) => a.plannedWeeklyHours === 2).map((a) => a.id);
      expect(twos(up)).toHaveLength(2);
      expect(twos(down)).toEqual(twos(up));
      await expectPagesAgree(coordinator, '/api/allocations?prison=EXI&sort=hours&order=asc');
      const byRecipient = (await get(coordinator, '/api/allocations?prison=EXI&sort=recipient&pageSize=100')).items.map((a: { recipientName: string }) => a.recipientName.split(' ').at(-1));
      expect(byRecipient).toEqual([...byRecipient].sort());
      const oldestFirst = (await get(coordinator, '/api/allocations?prison=EXI&sort=startsOn&order=asc&pageSize=100')).items.map((a: { startsOn: string }) => a.startsOn);
      expect(oldestFirst).toEqual([...oldestFirst].sort());
    });

    it('gives one recipient’s allocations, and one allocation by id', async () => {
      const theirs = await get(coordinator, `/api/allocations?recipientId=${ids['r2']}`);
      expect(theirs.items).toHaveLength(1);
      const one = await get(coordinator, `/api/allocations/${theirs.items[0].id}`);
      expect(one).toMatchObject({ recipientId: ids['r2'], plannedWeeklyHours: 2, status: 'active' });
      expect(one).not.toHaveProperty('clusterCode');
      await dartmoor.agent.get(`/api/allocations/${theirs.items[0].id}`).expect(404);
    });

    it('shows a coordinator at one prison only that prison', async () => {
      const seen = await get(dartmoor, '/api/allocations?status=all&pageSize=100');
      expect(seen.total).toBe(1);
      expect(seen.items.map((a: Row) => a.prisonCode)).toEqual(['DAI']);
      expect((await get(dartmoor, '/api/allocations?prison=EXI')).total).toBe(0);
    });

    it('refuses an unknown sort, order, status or page size with a 400', async () => {
      const bad = await coordinator.agent.get('/api/allocations?sort=starts_on;drop&order=up&status=old&pageSize=1000').expect(400);
      expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(['order', 'pageSize', 'sort', 'status']);
    });
  });

  describe('recipients', () => {
    it('lists those waiting longest first and the supported last, paged without overlap', async () => {
      const items = (await expectPagesAgree(coordinator, '/api/recipients?prison=EXI')) as { id: string; waitingSince: string | null; activeAllocations: number }[];
      const [{ n }] = await sql(`SELECT count(*)::int AS n FROM recipients r JOIN prisons p ON p.id = r.prison_id WHERE p.code = 'EXI'`);
      expect(items).toHaveLength(n);
      const waiting = items.filter((r) => r.waitingSince !== null);
      expect(items.slice(0, waiting.length)).toEqual(waiting);
      expect(items.slice(waiting.length).every((r) => r.activeAllocations > 0)).toBe(true);
      const since = waiting.map((r) => r.waitingSince);
      expect(since).toEqual([...since].sort());
      // Newest waiting first when reversed; the supported still come last.
      const reversed = (await get(coordinator, '/api/recipients?prison=EXI&sort=waitingSince&order=desc&pageSize=100')).items as typeof items;
      expect(reversed.slice(0, waiting.length).map((r) => r.waitingSince)).toEqual([...since].reverse());
      expect(reversed.slice(waiting.length).every((r) => r.waitingSince === null)).toBe(true);
    });

    it('filters waiting, supported and flagged, searches, and sorts by name', async () => {
      const waiting = (await get(coordinator, '/api/recipients?prison=EXI&support=waiting&pageSize=100')).items as { id: string; activeAllocations: number }[];
      expect(waiting.map((r) => r.id)).toEqual(expect.arrayContaining([ids['r5'], ids['r6']]));
      expect(waiting.every((r) => r.activeAllocations === 0)).toBe(true);
      const supported = (await get(coordinator, '/api/recipients?prison=EXI&support=supported&pageSize=100')).items as { id: string; activeAllocations: number }[];
      expect(supported.map((r) => r.id)).toEqual(expect.arrayContaining([ids['r1'], ids['r2'], ids['r3'], ids['r4']]));
      expect(supported.every((r) => r.activeAllocations > 0)).toBe(true);
      // Craig's suspended certificate flags the person he supports (the demo), and nobody else.
      const flagged = (await get(coordinator, '/api/recipients?prison=EXI&support=flagged')).items as { allocationsNeedingAttention: number; lastName: string }[];
      expect(flagged.map((r) => r.lastName)).toEqual(['Mills']);
      expect((await get(coordinator, '/api/recipients?search=lister3')).items.map((r: { id: string }) => r.id)).toEqual([ids['r3']]);
      const names = (await get(coordinator, '/api/recipients?search=lister&sort=name&order=desc')).items.map((r: { lastName: string }) => r.lastName);
      expect(names).toEqual(['Lister6', 'Lister5', 'Lister4', 'Lister3', 'Lister2', 'Lister1']);
    });

    it('shows a coordinator at one prison only that prison', async () => {
      const seen = await get(dartmoor, '/api/recipients?pageSize=100');
      expect(seen.items.map((r: Row) => r.id)).toEqual([ids['dartmoorRecipient']]);
      expect((await get(dartmoor, '/api/recipients?search=lister')).total).toBe(0);
    });

    it('refuses an unknown sort or support filter with a 400', async () => {
      const bad = await coordinator.agent.get('/api/recipients?sort=lastName&support=everyone').expect(400);
      expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(['sort', 'support']);
    });
  });

  describe('concerns', () => {
    it('lists open concerns first, newest first within, paged without overlap; filters by status and kind', async () => {
      await coordinator.post('/api/concerns', { recipientId: ids['r1'], kind: 'boundary', description: 'Asked his buddy to wash him' }).expect(201);
      const resolved = (await coordinator.post('/api/concerns', { recipientId: ids['r2'], kind: 'safeguarding', description: 'Bruise on his arm' }).expect(201)).body.id;
      await coordinator.post(`/api/concerns/${resolved}/resolution`, { outcome: 'Healthcare saw him: a fall, recorded.' }).expect(201);

      const items = (await expectPagesAgree(coordinator, '/api/concerns?prison=EXI')) as { id: string; status: string; raisedAt: string }[];
      const open = items.filter((c) => c.status === 'open');
      expect(items.slice(0, open.length)).toEqual(open);
      expect(open.map((c) => c.raisedAt)).toEqual(open.map((c) => c.raisedAt).sort().reverse());
      expect((await get(coordinator, '/api/concerns?prison=EXI&status=resolved')).items.map((c: { id: string }) => c.id)).toContain(resolved);
      const safeguarding = (await get(coordinator, '/api/concerns?kind=safeguarding&pageSize=100')).items as { kind: string }[];
      expect(safeguarding.length).toBeGreaterThan(0);
      expect(safeguarding.every((c) => c.kind === 'safeguarding')).toBe(true);
    });

    it('sorts by date raised both ways', async () => {
      const up = (await get(coordinator, '/api/concerns?sort=raisedAt&order=asc&pageSize=100')).items.map((c: { raisedAt: string }) => c.raisedAt);
      const down = (await get(coordinator, '/api/concerns?sort=raisedAt&order=desc&pageSize=100')).items.map((c: { raisedAt: string }) => c.raisedAt);
      expect(up).toEqual([...up].sort());
      expect(down).toEqual([...up].reverse());
      await expectPagesAgree(coordinator, '/api/concerns?sort=raisedAt&order=asc');
    });

    it('shows a coordinator at one prison only that prison, and refuses an unknown sort or kind', async () => {
      const seen = await get(dartmoor, '/api/concerns?pageSize=100');
      expect(seen.items.map((c: { id: string }) => c.id)).toEqual([ids['dartmoorConcern']]);
      const bad = await coordinator.agent.get('/api/concerns?sort=due&kind=minor').expect(400);
      expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(['kind', 'sort']);
    });
  });

  describe('cohorts', () => {
    it('lists newest first, paged without overlap; sorts by start date both ways and by name', async () => {
      const items = (await expectPagesAgree(coordinator, '/api/cohorts?prison=EXI')) as { startsOn: string; name: string }[];
      const [{ n }] = await sql(`SELECT count(*)::int AS n FROM cohorts c JOIN prisons p ON p.id = c.prison_id WHERE p.code = 'EXI'`);
      expect(items).toHaveLength(n);
      const starts = items.map((c) => c.startsOn);
      expect(starts).toEqual([...starts].sort().reverse());
      const up = (await get(coordinator, '/api/cohorts?prison=EXI&sort=startsOn&order=asc&pageSize=100')).items.map((c: { startsOn: string }) => c.startsOn);
      expect(up).toEqual([...starts].sort());
      const names = (await get(coordinator, '/api/cohorts?prison=EXI&sort=name&pageSize=100')).items.map((c: { name: string }) => c.name);
      const byName = await sql(`SELECT c.name FROM cohorts c JOIN prisons p ON p.id = c.prison_id WHERE p.code = 'EXI' ORDER BY c.name, c.id`);
      expect(names).toEqual(byName.map((c: { name: string }) => c.name));
    });

    it('filters by status (current: planned or running) and programme', async () => {
      const all = (await get(coordinator, '/api/cohorts?pageSize=100')).items as { id: string; status: string; programmeId: string }[];
      for (const status of ['planned', 'running', 'finished']) {
        const some = (await get(coordinator, `/api/cohorts?status=${status}&pageSize=100`)).items as { id: string }[];
        expect(some.map((c) => c.id).sort()).toEqual(all.filter((c) => c.status === status).map((c) => c.id).sort());
      }
      const current = (await get(coordinator, '/api/cohorts?status=current&pageSize=100')).items as { id: string }[];
      expect(current.map((c) => c.id).sort()).toEqual(all.filter((c) => c.status !== 'finished').map((c) => c.id).sort());
      const programme = all[0].programmeId;
      const ofProgramme = (await get(coordinator, `/api/cohorts?programmeId=${programme}&pageSize=100`)).items as { programmeId: string }[];
      expect(ofProgramme.length).toBe(all.filter((c) => c.programmeId === programme).length);
    });

    it('shows a coordinator at one prison only that prison, and refuses an unknown sort or status', async () => {
      expect((await get(coordinator, '/api/cohorts?prison=EXI')).total).toBeGreaterThan(0);
      expect((await get(dartmoor, '/api/cohorts?pageSize=100')).items.filter((c: Row) => c.prisonCode !== 'DAI')).toEqual([]);
      expect((await get(dartmoor, '/api/cohorts?prison=EXI')).total).toBe(0);
      const bad = await coordinator.agent.get('/api/cohorts?sort=capacity&status=cancelled&programmeId=x').expect(400);
      expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(['programmeId', 'sort', 'status']);
    });
  });

  describe('supervision due', () => {
    type Due = { buddyId: string; lastName: string; prisonCode: string; status: { state: string; nextDueOn: string } };

    it('lists soonest due first (the most overdue leading), then by surname, paged without overlap', async () => {
      const items = (await expectPagesAgree(coordinator, '/api/supervision/due?prison=EXI', 'buddyId')) as Due[];
      expect(items.length).toBeGreaterThan(2);
      const keys = items.map((d) => `${d.status.nextDueOn} ${d.lastName}`);
      expect(keys).toEqual([...keys].sort());
      expect(items.every((d) => ['overdue', 'due_soon'].includes(d.status.state))).toBe(true);
      const overdue = items.filter((d) => d.status.state === 'overdue');
      expect(items.slice(0, overdue.length)).toEqual(overdue);
    });

    it('filters by state, the two states adding up to the whole, each paged', async () => {
      const whole = await get(coordinator, '/api/supervision/due?prison=EXI&pageSize=100');
      const overdue = await expectPagesAgree(coordinator, '/api/supervision/due?prison=EXI&state=overdue', 'buddyId');
      const dueSoon = await expectPagesAgree(coordinator, '/api/supervision/due?prison=EXI&state=due_soon', 'buddyId');
      expect(overdue.every((d: Due) => d.status.state === 'overdue')).toBe(true);
      expect(dueSoon.every((d: Due) => d.status.state === 'due_soon')).toBe(true);
      expect(overdue.length + dueSoon.length).toBe(whole.total);
    });

    it('counts the same people as the attention lists on Home', async () => {
      const { sections } = await get(coordinator, '/api/attention?');
      const count = (key: string) => sections.find((s: { key: string }) => s.key === key).count;
      expect((await get(coordinator, '/api/supervision/due?state=overdue')).total).toBe(count('supervision-overdue'));
      expect((await get(coordinator, '/api/supervision/due?state=due_soon')).total).toBe(count('supervision-due'));
    });

    it('shows a coordinator at one prison only that prison, and past the last page only the total', async () => {
      const seen = (await get(dartmoor, '/api/supervision/due?pageSize=100')).items as Due[];
      expect(seen.filter((d) => d.prisonCode !== 'DAI')).toEqual([]);
      expect((await get(dartmoor, '/api/supervision/due?prison=EXI')).total).toBe(0);
      const whole = await get(coordinator, '/api/supervision/due?prison=EXI');
      expect(await get(coordinator, '/api/supervision/due?prison=EXI&page=999')).toEqual({ items: [], total: whole.total, page: 999, pageSize: 25 });
      const bad = await coordinator.agent.get('/api/supervision/due?state=late&pageSize=0').expect(400);
      expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(['pageSize', 'state']);
    });
  });

  describe('allocations needing attention', () => {
    type Attention = Row & { buddyId: string; startsOn: string; certificateStatus: string; certificateNumber: string | null; recipientName: string; allocatedBy: string };

    beforeAll(async () => {
      // Gareth's certificate suspended: his four allocations at Exeter join Craig's (the demo's).
      const [{ id: certificate }] = await sql(`SELECT c.id FROM certificates c JOIN buddies b ON b.id = c.buddy_id WHERE b.prison_number = 'B6528GH' AND c.status = 'valid'`);
      await coordinator.post(`/api/certificates/${certificate}/suspension`, { reason: 'Boundary concern under review' }).expect(201);
    });

    it('lists the longest running first, paged without overlap, with the certificate and who allocated', async () => {
      const items = (await expectPagesAgree(coordinator, '/api/allocations/needing-attention?prison=EXI')) as Attention[];
      expect(items.length).toBeGreaterThan(4);
      const starts = items.map((a) => a.startsOn);
      expect(starts).toEqual([...starts].sort());
      expect(items.every((a) => a.certificateStatus !== 'none' || a.certificateNumber === null)).toBe(true);
      const gareths = items.filter((a) => a.recipientName.startsWith('Paige '));
      expect(gareths).toHaveLength(4);
      expect(gareths.every((a) => a.certificateStatus === 'suspended' && a.certificateNumber && a.allocatedBy)).toBe(true);
      expect(items[0]).not.toHaveProperty('starts_on');
      expect(items[0]).not.toHaveProperty('certificate');
    });

    it('are each on the attention list on Home (which also has buddies over the weekly cap)', async () => {
      const attention: { id: string }[] = [];
      for (let page = 1, total = 1; attention.length < total; page++) {
        const next = await get(coordinator, `/api/attention/allocations-attention?page=${page}`);
        total = next.total;
        attention.push(...next.items);
      }
      const all = (await get(coordinator, '/api/allocations/needing-attention?pageSize=100')).items as Attention[];
      expect(all.map((a) => a.id).every((id) => attention.some((i) => i.id === id))).toBe(true);
    });

    it('shows a coordinator at one prison only that prison, and past the last page only the total', async () => {
      expect((await get(dartmoor, '/api/allocations/needing-attention?prison=EXI')).total).toBe(0);
      expect(((await get(dartmoor, '/api/allocations/needing-attention?pageSize=100')).items as Row[]).filter((a) => a.prisonCode !== 'DAI')).toEqual([]);
      const whole = await get(coordinator, '/api/allocations/needing-attention?prison=EXI');
      expect(await get(coordinator, '/api/allocations/needing-attention?prison=EXI&page=999')).toEqual({ items: [], total: whole.total, page: 999, pageSize: 25 });
      const bad = await coordinator.agent.get('/api/allocations/needing-attention?prison=exeter&page=0').expect(400);
      expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(['page', 'prison']);
    });
  });
});
