import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { AuditEventView, AuditTrailPage, Page } from '@peerpath/contracts';
import { AUDIT_TRAIL_COUNT_CAP } from '@peerpath/api/audit/audit-trail.sql';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

/*
 * The audit trail, filters and scope (real PostgreSQL). One buddy is added through the API;
 * the rest is a hand fixture of events in July 2026 (before the demo's own events), so a date
 * window isolates it: Exeter (Devon), Hull (Yorkshire) and one with no prison.
 */
describe('audit trail filters and scope (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: TestClient;
  let auditor: TestClient;
  let coordinator: TestClient;
  let trainer: TestClient;
  let buddyId: string;
  const cohortId = randomUUID();
  const certificateId = randomUUID();
  let recipientId: string;
  const ids: Record<string, string> = {};
  const users: Record<string, string> = {};
  const JULY = 'from=2026-07-01&to=2026-07-02';

  const trail = async (client: TestClient, query: string): Promise<AuditTrailPage> => (await client.agent.get(`/api/audit?${query}`).expect(200)).body;
  const actions = (page: Page<AuditEventView>) => page.items.map((e) => e.id);

  async function event(name: string, e: { at: string; actor?: string; action: string; entityType: string; entityId: string; prison: string | null; before?: object; after?: object; requestId?: string }) {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO audit_events (occurred_at, actor_user_id, action, entity_type, entity_id, prison_id, before, after, request_id)
       VALUES ($1, $2, $3, $4, $5, (SELECT id FROM prisons WHERE code = $6), $7, $8, $9) RETURNING id`,
      [e.at, e.actor ? users[e.actor] : null, e.action, e.entityType, e.entityId, e.prison, e.before ? JSON.stringify(e.before) : null, e.after ? JSON.stringify(e.after) : null, e.requestId ?? null],
    );
    ids[name] = id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    [admin, auditor, coordinator, trainer] = await Promise.all([t.client(), t.client(), t.client(), t.client()]);
    for (const [client, name] of [[admin, 'admin'], [auditor, 'auditor'], [coordinator, 'coordinator'], [trainer, 'trainer']] as const) await client.signIn(name).expect(200);
    for (const { id, username } of await t.dataSource.query(`SELECT id, username FROM users`)) users[username] = id;
    [{ id: recipientId }] = await t.dataSource.query(`SELECT r.id FROM recipients r JOIN prisons p ON p.id = r.prison_id WHERE p.code = 'EXI' LIMIT 1`);

    const added = await coordinator
      .post('/api/buddies', { prisonNumber: 'T1234TT', firstName: 'Tilly', lastName: 'Trail', prisonCode: 'EXI', appliedOn: '2026-06-30' })
      .set('X-Request-Id', 'trail-application')
      .expect(201);
    buddyId = added.body.id;

    // 23:30 UTC on 1 July is 00:30 on 2 July in London (BST); 22:30 UTC is still 1 July.
    await event('supervision', {
      at: '2026-07-01T23:30:00Z', actor: 'coordinator', action: 'supervision.recorded', entityType: 'buddy', entityId: buddyId, prison: 'EXI',
      after: { supervisionId: randomUUID(), heldOn: '2026-07-01', wellbeing: 4, boundariesDiscussed: true, '@SUM(1+1)': 'hostile key' }, requestId: '+1+1',
    });
    await event('certificate', {
      at: '2026-07-01T22:30:00Z', actor: 'admin', action: 'certificate.issued', entityType: 'certificate', entityId: certificateId, prison: 'EXI',
      after: { buddyId, number: 'PP-EXI-0001', expiresOn: '2027-07-01', status: 'valid' },
    });
    await event('attendance', {
      at: '2026-07-01T10:00:00Z', actor: 'trainer', action: 'attendance.marked', entityType: 'buddy', entityId: buddyId, prison: 'EXI',
      before: { sessionId: randomUUID(), mark: null }, after: { cohortId, heldOn: '2026-07-01', mark: 'present' },
    });
    await event('recipient', { at: '2026-07-02T09:00:00Z', actor: 'coordinator', action: 'recipient.added', entityType: 'recipient', entityId: recipientId, prison: 'EXI', after: { supportSummary: 'Needs help with meals' } });
    await event('yorkshire', { at: '2026-07-01T12:00:00Z', actor: 'admin', action: 'supervision.recorded', entityType: 'buddy', entityId: randomUUID(), prison: 'HLI', after: { wellbeing: 2 } });
    await event('national', { at: '2026-07-02T12:00:00Z', actor: 'admin', action: 'staff.created', entityType: 'user', entityId: users['trainer'], prison: null, after: { username: 'trainer', passwordHash: '$argon2id$secret' } });
  });
  afterAll(() => t.close());

  it('lets only auditors and admins read it', async () => {
    for (const client of [coordinator, trainer]) {
      await client.agent.get('/api/audit').expect(403);
      await client.agent.get('/api/audit/csv').expect(403);
      await client.agent.get('/api/audit/actions').expect(403);
    }
    await (await t.client()).agent.get('/api/audit').expect(401);
  });

  it('shows a Devon auditor the events at Devon prisons only: never Yorkshire, never events with no prison', async () => {
    const page = await trail(auditor, `${JULY}&pageSize=100`);
    expect(actions(page).sort()).toEqual([ids['supervision'], ids['certificate'], ids['attendance'], ids['recipient']].sort());
    const national = await trail(admin, `${JULY}&pageSize=100`);
    expect(actions(national).sort()).toEqual(Object.values(ids).sort());
  });

  it('shows each event in words: who, when, what, about whom, where, what changed, and the request', async () => {
    const page = await trail(auditor, `buddyId=${buddyId}&action=supervision.recorded`);
    expect(page.items).toEqual([
      {
        id: ids['supervision'],
        occurredAt: '2026-07-01T23:30:00.000Z',
        who: 'Chris Coordinator',
        whoUsername: 'coordinator',
        action: 'supervision.recorded',
        what: 'Supervision recorded',
        subjectType: 'buddy',
        subjectId: buddyId,
        subject: 'Tilly Trail (T1234TT)',
        prisonCode: 'EXI',
        prisonName: expect.stringContaining('Exeter'),
        changes: [
          // jsonb keeps keys shortest first.
          { field: 'Date held', before: null, after: '1 July 2026' },
          { field: '@sum(1+1)', before: null, after: 'hostile key' },
          { field: 'Wellbeing (1 to 5)', before: null, after: '4' },
          { field: 'Boundaries discussed', before: null, after: 'Yes' },
        ],
        requestId: '+1+1',
      },
    ]);
  });

  it("gives a buddy's trail their own events, their certificates' and the application made through the API", async () => {
    const page = await trail(auditor, `buddyId=${buddyId}&pageSize=100`);
    // The application was made today; the fixture is from July.
    expect(page.items.map((e) => e.what)).toEqual(['Application recorded', 'Supervision recorded', 'Certificate issued', 'Attendance marked']);
    const application = page.items[0];
    expect(application).toMatchObject({ who: 'Chris Coordinator', requestId: 'trail-application', subject: 'Tilly Trail (T1234TT)' });
    expect(application.changes).toContainEqual({ field: 'Selection status', before: null, after: 'Applied' });
  });

  it('narrows by recipient, cohort, person who acted and kind of change', async () => {
    expect(actions(await trail(admin, `recipientId=${recipientId}&${JULY}`))).toEqual([ids['recipient']]);
    expect(actions(await trail(admin, `cohortId=${cohortId}`))).toEqual([ids['attendance']]);
    expect(actions(await trail(admin, `actorUserId=${users['trainer']}&${JULY}`))).toEqual([ids['attendance']]);
    expect(actions(await trail(admin, `actor=TRAINER&${JULY}`))).toEqual([ids['attendance']]);
    expect(actions(await trail(admin, `actor=coord&${JULY}`))).toEqual([ids['recipient'], ids['supervision']]);
    // Part of a name, and LIKE wildcards typed in the box match only themselves.
    expect(actions(await trail(admin, `actor=Tess&${JULY}`))).toEqual([ids['attendance']]);
    expect((await trail(admin, `actor=%25&${JULY}`)).total).toBe(0);
    expect(actions(await trail(admin, `action=certificate.issued&${JULY}`))).toEqual([ids['certificate']]);
    expect(actions(await trail(admin, `action=supervision.recorded&${JULY}`))).toEqual([ids['supervision'], ids['yorkshire']]);
  });

  it('reads dates as London calendar days: 23:30 UTC on a summer evening belongs to the next day', async () => {
    expect(actions(await trail(admin, `buddyId=${buddyId}&from=2026-07-01&to=2026-07-01`))).toEqual([ids['certificate'], ids['attendance']]);
    expect(actions(await trail(admin, `buddyId=${buddyId}&from=2026-07-02&to=2026-07-02`))).toEqual([ids['supervision']]);
    expect(actions(await trail(admin, `buddyId=${buddyId}&to=2026-06-30`))).toEqual([]);
  });

  it('pages newest first, no event on two pages, past the end still counted', async () => {
    const all = actions(await trail(admin, `${JULY}&pageSize=100`));
    expect(all).toEqual([ids['national'], ids['recipient'], ids['supervision'], ids['certificate'], ids['yorkshire'], ids['attendance']]);
    const pages = await Promise.all([1, 2, 3].map((page) => trail(admin, `${JULY}&pageSize=2&page=${page}`)));
    expect(pages.flatMap(actions)).toEqual(all);
    expect(pages.map((p) => p.total)).toEqual([6, 6, 6]);
    expect(await trail(admin, `${JULY}&pageSize=2&page=9`)).toEqual({ items: [], total: 6, page: 9, pageSize: 2 });
  });

  it('lists an event whose record id is not a UUID (history written by hand) instead of refusing the page', async () => {
    await event('handWritten', { at: '2026-08-05T12:00:00Z', action: 'demo.history_seeded', entityType: 'prison', entityId: 'DAI', prison: 'DAI', after: { buddies: 20 } });
    const page = await trail(admin, 'from=2026-08-05&to=2026-08-05');
    expect(page.items.map((e) => [e.id, e.subjectId])).toEqual([[ids['handWritten'], 'DAI']]);
  });

  it('never shows a secret recorded by mistake', async () => {
    const [staff] = (await trail(admin, `action=staff.created&${JULY}`)).items;
    expect(staff.changes).toEqual([{ field: 'Username', before: null, after: 'trainer' }]);
    expect(JSON.stringify(staff)).not.toContain('argon2');
  });

  it('downloads the same events as CSV: a BOM, a header row, every filter applied, hostile cells neutralised', async () => {
    const res = await auditor.agent.get(`/api/audit/csv?${JULY}`).buffer(true).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-trail-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.text.startsWith('\uFEFFWhen (UTC),When (London),Who,Username,What,About,Prison,Before,After,Request id\r\n')).toBe(true);
    const rows: Record<string, string>[] = parse(res.text, { bom: true, columns: true });
    const page = await trail(auditor, `${JULY}&pageSize=100`);
    expect(rows.map((r) => [r['When (UTC)'], r['Who'], r['What'], r['About'], r['Request id'] || null])).toEqual(
      page.items.map((e) => [e.occurredAt, e.who, e.what, e.subject, e.requestId === '+1+1' ? "'+1+1" : e.requestId]),
    );
    const supervision = rows.find((r) => r['What'] === 'Supervision recorded') as Record<string, string>;
    expect(supervision['When (London)']).toBe('2 July 2026 00:30');
    expect(supervision['Prison']).toContain('Exeter');
    expect(supervision['Before']).toBe('');
    expect(supervision['After']).toBe('Date held: 1 July 2026; @sum(1+1): hostile key; Wellbeing (1 to 5): 4; Boundaries discussed: Yes');
    expect(supervision['Request id']).toBe("'+1+1");

    const hostile = await admin.agent.get(`/api/audit/csv?buddyId=${buddyId}&action=supervision.recorded`).buffer(true).expect(200);
    expect(hostile.text).not.toMatch(/(^|,|\r\n)"?[=+\-@]/);
  });

  it('counts no further than the cap: says there are more, pages up to the cap, and the CSV still has every event', async () => {
    // One more national event than the trail counts, on a day of their own.
    await t.dataSource.query(
      `INSERT INTO audit_events (occurred_at, action, entity_type, entity_id, prison_id, after)
       SELECT timestamptz '2026-09-01T08:00:00Z' + n * interval '1 second', 'demo.history_seeded', 'prison', 'DAI', NULL, jsonb_build_object('n', n)
         FROM generate_series(1, $1::int) n`,
      [AUDIT_TRAIL_COUNT_CAP + 1],
    );
    const DAY = 'from=2026-09-01&to=2026-09-01';
    const first = await trail(admin, DAY);
    expect(first).toMatchObject({ total: AUDIT_TRAIL_COUNT_CAP, totalIsCapped: true, page: 1, pageSize: 25 });
    expect(first.items).toHaveLength(25);
    expect(first.items[0].changes).toEqual([{ field: 'N', before: null, after: String(AUDIT_TRAIL_COUNT_CAP + 1) }]);

    const lastPage = AUDIT_TRAIL_COUNT_CAP / 100;
    expect((await trail(admin, `${DAY}&pageSize=100&page=${lastPage}`)).items).toHaveLength(100);
    expect(await trail(admin, `${DAY}&pageSize=100&page=${lastPage + 1}`)).toEqual({ items: [], total: AUDIT_TRAIL_COUNT_CAP, totalIsCapped: true, page: lastPage + 1, pageSize: 100 });
    // Narrowed below the cap, the count is exact again; a Devon auditor sees none of these national events.
    expect(await trail(admin, `${DAY}&actor=coordinator`)).toEqual({ items: [], total: 0, page: 1, pageSize: 25 });
    expect((await trail(auditor, DAY)).total).toBe(0);

    const csv = await admin.agent.get(`/api/audit/csv?${DAY}`).buffer(true).expect(200);
    expect(parse(csv.text, { bom: true, columns: true })).toHaveLength(AUDIT_TRAIL_COUNT_CAP + 1);
  });

  it('offers the kinds of change, each with its actions in words', async () => {
    const kinds: { kind: string; actions: { action: string; words: string }[] }[] = (await auditor.agent.get('/api/audit/actions').expect(200)).body;
    expect(kinds.find((k) => k.kind === 'Supervision')?.actions).toEqual([{ action: 'supervision.recorded', words: 'Supervision recorded' }]);
    expect(new Set(kinds.map((k) => k.kind)).size).toBe(kinds.length);
  });

  it.each([
    ['buddyId=not-a-uuid', 'buddyId'],
    ['action=made.up', 'action'],
    ['from=2026-02-30', 'from'],
    ['from=2026-07-02&to=2026-07-01', 'to'],
    ['pageSize=500', 'pageSize'],
    ['colour=red', 'colour'],
  ])('refuses a bad filter (%s) with 400 naming it', async (query, field) => {
    const res = await admin.agent.get(`/api/audit?${query}`).expect(400);
    expect(Object.keys(res.body.fieldErrors ?? {})).toContain(field);
    await admin.agent.get(`/api/audit/csv?${query}`).expect(400);
  });
});
