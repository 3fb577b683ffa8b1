import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';
import { AuditService } from './audit.service';

describe('audit events carry the id of the request that caused them (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.client();
    await coordinator.signIn('coordinator').expect(200);
  });
  afterAll(() => t.close());

  const eventsOf = async (requestId: string) =>
    (await t.dataSource.query(`SELECT action, entity_type AS "entityType" FROM audit_events WHERE request_id = $1 ORDER BY action, entity_type`, [requestId])) as { action: string; entityType: string }[];
  const application = (prisonNumber: string) => ({ prisonNumber, firstName: 'Ria', lastName: 'Quinn', prisonCode: 'EXI', appliedOn: '2026-03-03' });

  it("writes the caller's X-Request-Id on the event", async () => {
    const res = await coordinator.post('/api/buddies', application('R1000RQ')).set('X-Request-Id', 'audit-trace-1').expect(201);
    expect(res.headers['x-request-id']).toBe('audit-trace-1');
    const [event] = await t.dataSource.query(`SELECT request_id AS "requestId" FROM audit_events WHERE entity_id = $1`, [res.body.id]);
    expect(event).toEqual({ requestId: 'audit-trace-1' });
  });

  it('gives every event of one request the same id: a release ends each allocation on both sides', async () => {
    const [{ id: xavier }] = await t.dataSource.query(`SELECT id FROM buddies WHERE prison_number = 'B2182XY'`);
    await coordinator.post(`/api/buddies/${xavier}/release`, {}).set('X-Request-Id', 'release-xavier').expect(201);
    expect(await eventsOf('release-xavier')).toEqual([
      { action: 'allocation.ended', entityType: 'buddy' },
      { action: 'allocation.ended', entityType: 'buddy' },
      { action: 'allocation.ended', entityType: 'recipient' },
      { action: 'allocation.ended', entityType: 'recipient' },
      { action: 'buddy.released', entityType: 'buddy' },
    ]);
  });

  it('makes up an id when the caller sends none (or an unusable one), and answers with it', async () => {
    const res = await coordinator.post('/api/buddies', application('R1001RQ')).set('X-Request-Id', 'not sane: spaces and colons').expect(201);
    const given = res.headers['x-request-id'];
    expect(given).toMatch(/^[0-9a-f-]{36}$/);
    const [event] = await t.dataSource.query(`SELECT request_id AS "requestId" FROM audit_events WHERE entity_id = $1`, [res.body.id]);
    expect(event).toEqual({ requestId: given });
  });

  it('keeps the ids of requests served at the same time apart', async () => {
    const numbers = ['R1002RQ', 'R1003RQ', 'R1004RQ', 'R1005RQ'];
    const responses = await Promise.all(numbers.map((n) => coordinator.post('/api/buddies', application(n)).set('X-Request-Id', `together-${n}`).expect(201)));
    for (const [i, res] of responses.entries()) {
      const [event] = await t.dataSource.query(`SELECT request_id AS "requestId" FROM audit_events WHERE entity_id = $1`, [res.body.id]);
      expect(event).toEqual({ requestId: `together-${numbers[i]}` });
    }
  });

  it('leaves it empty for changes made outside a request (start-up, the demo seed, the CLI)', async () => {
    await t.app.get(AuditService).record(t.dataSource.manager, null, { action: 'test.outside_request', entityType: 'test', entityId: 'outside' });
    const [event] = await t.dataSource.query(`SELECT request_id AS "requestId" FROM audit_events WHERE action = 'test.outside_request'`);
    expect(event).toEqual({ requestId: null });
  });
});
