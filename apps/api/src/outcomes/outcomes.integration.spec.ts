import { fromToday, signedIn } from '@peerpath/api/testing/training-fixtures';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

describe('outcome reviews with recipients (real PostgreSQL)', () => {
  let t: TestApp;
  let coordinator: TestClient;
  const recipient = async (prisonNumber: string) => (await t.dataSource.query(`SELECT id FROM recipients WHERE prison_number = $1`, [prisonNumber]))[0].id as string;
  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;
  const review = (extra = {}) => ({ reviewedOn: fromToday(-2), helpsScore: 4, independenceScore: 3, comment: 'I get to education on time now.', ...extra });

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await signedIn(t, 'coordinator');
  });
  afterAll(() => t.close());

  it('records a review against the one support being reviewed, audited, and works out the next one', async () => {
    const graham = await recipient('G4821RT');
    // Graham's support started 50 days ago, so his first review fell due 22 days ago.
    const before = (await coordinator.agent.get(`/api/recipients/${graham}/outcome-reviews`).expect(200)).body;
    expect(before).toEqual({ nextDueOn: fromToday(-22), due: true, reviews: [] });

    const { body: recorded } = await coordinator.post(`/api/recipients/${graham}/outcome-reviews`, review()).expect(201);
    const [allocation] = await t.dataSource.query(`SELECT id FROM allocations WHERE recipient_id = $1 AND status = 'active'`, [graham]);
    expect(recorded).toMatchObject({ recipientId: graham, allocationId: allocation.id, reviewedOn: fromToday(-2), helpsScore: 4, independenceScore: 3, comment: 'I get to education on time now.', recordedByName: 'Chris Coordinator' });
    await coordinator.post(`/api/recipients/${graham}/outcome-reviews`, review({ reviewedOn: fromToday(-30), helpsScore: 2, comment: undefined })).expect(201);

    const { body } = await coordinator.agent.get(`/api/recipients/${graham}/outcome-reviews`).expect(200);
    expect(body.nextDueOn).toBe(fromToday(89));
    expect(body.due).toBe(false);
    expect(body.reviews.map((r: { reviewedOn: string; comment: string }) => [r.reviewedOn, r.comment])).toEqual([
      [fromToday(-2), 'I get to education on time now.'],
      [fromToday(-30), ''],
    ]);
    const summary = (await coordinator.agent.get(`/api/recipients/${graham}`).expect(200)).body;
    expect(summary).toMatchObject({ outcomeReviewDueOn: fromToday(89), lastReviewedOn: fromToday(-2) });

    const [audit] = await t.dataSource.query(
      `SELECT e.after, p.code FROM audit_events e JOIN prisons p ON p.id = e.prison_id WHERE e.action = 'outcome_review.recorded' AND e.entity_id = $1 ORDER BY e.occurred_at LIMIT 1`,
      [graham],
    );
    expect(audit).toMatchObject({ code: 'EXI', after: { outcomeReviewId: recorded.id, helpsScore: 4, independenceScore: 3 } });
  });

  it('is not due for someone nobody supports, and the review stands for no allocation', async () => {
    const dennis = await recipient('G7155DS');
    expect((await coordinator.agent.get(`/api/recipients/${dennis}/outcome-reviews`).expect(200)).body).toEqual({ nextDueOn: null, due: false, reviews: [] });
    const { body } = await coordinator.post(`/api/recipients/${dennis}/outcome-reviews`, review({ reviewedOn: fromToday(0) })).expect(201);
    expect(body.allocationId).toBeNull();
  });

  it('refuses scores off the scale, a future date and long comments, writing nothing', async () => {
    const peter = await recipient('G6042PM');
    const before = await count('outcome_reviews');
    const bad = await coordinator.post(`/api/recipients/${peter}/outcome-reviews`, review({ helpsScore: 0, independenceScore: 6, comment: 'x'.repeat(1001) })).expect(400);
    expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(['comment', 'helpsScore', 'independenceScore']);
    const future = await coordinator.post(`/api/recipients/${peter}/outcome-reviews`, review({ reviewedOn: fromToday(1) })).expect(400);
    expect(future.body.fieldErrors.reviewedOn).toEqual(['The review date cannot be in the future']);
    const early = await coordinator.post(`/api/recipients/${peter}/outcome-reviews`, review({ reviewedOn: fromToday(-400) })).expect(400);
    expect(early.body.fieldErrors.reviewedOn[0]).toMatch(/before they were added/);
    await coordinator.post(`/api/recipients/${peter}/outcome-reviews`, review({ reviewedOn: 'last week' })).expect(400);
    await coordinator.post(`/api/recipients/${peter}/outcome-reviews`, review({ mood: 'good' })).expect(400);
    expect(await count('outcome_reviews')).toBe(before);
  });

  it('keeps reviews to the recipient’s prison: other coordinators and auditors may not record', async () => {
    const peter = await recipient('G6042PM');
    const admin = await signedIn(t, 'admin');
    await t.addStaff(admin, { username: 'hull.coordinator', displayName: 'Harriet Hull', password: 'correct-horse-battery-9', roles: [{ role: 'coordinator', scope: 'prison', prisonCode: 'HLI' }] });
    const hull = await signedIn(t, 'hull.coordinator', 'correct-horse-battery-9');
    await hull.agent.get(`/api/recipients/${peter}/outcome-reviews`).expect(404);
    await hull.post(`/api/recipients/${peter}/outcome-reviews`, review()).expect(404);

    const auditor = await signedIn(t, 'auditor');
    await auditor.agent.get(`/api/recipients/${peter}/outcome-reviews`).expect(200);
    await auditor.post(`/api/recipients/${peter}/outcome-reviews`, review()).expect(403);
    await admin.post(`/api/recipients/${peter}/outcome-reviews`, review()).expect(403);
    await coordinator.agent.get(`/api/recipients/00000000-0000-4000-8000-000000000000/outcome-reviews`).expect(404);
    expect(await count(`outcome_reviews WHERE recipient_id = $1`, [peter])).toBe(0);
  });
});
