import type { ProgrammeSummary, ProgrammeVersionDetail } from '@peerpath/contracts';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

describe('programmes as data (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: TestClient;
  let buddyProgramme: ProgrammeSummary;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.client();
    await admin.signIn('admin').expect(200);
    const list = await admin.agent.get('/api/programmes').expect(200);
    buddyProgramme = list.body.find((p: ProgrammeSummary) => p.code === 'buddy-support-worker');
  });
  afterAll(() => t.close());

  const auditCount = async (action: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = $1`, [action]))[0].n as number;

  it('seeds the 14-module Buddy Support Worker programme and the 16-standard Care Certificate, published', async () => {
    const list: ProgrammeSummary[] = (await admin.agent.get('/api/programmes').expect(200)).body;
    expect(list.map((p) => p.code).sort()).toEqual(['buddy-support-worker', 'care-certificate']);
    const [buddyVersion] = buddyProgramme.versions;
    expect(buddyVersion).toMatchObject({ status: 'published', moduleCount: 14 });
    expect(buddyVersion.criterionCount).toBeGreaterThanOrEqual(42);
    expect(list.find((p) => p.code === 'care-certificate')?.versions[0].moduleCount).toBe(16);

    const detail: ProgrammeVersionDetail = (await admin.agent.get(`/api/programmes/versions/${buddyVersion.id}`).expect(200)).body;
    expect(detail.modules.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(detail.modules[11].title).toBe('Assisting someone in a wheelchair or using a stair lift');
    const kinds = new Set(detail.modules.flatMap((m) => m.outcomes.flatMap((o) => o.criteria.map((c) => c.kind))));
    expect([...kinds].sort()).toEqual(['competence', 'knowledge']);
  });

  it('lets every staff role read programmes, and only admins change them', async () => {
    const trainer = await t.client();
    await trainer.signIn('trainer').expect(200);
    await trainer.agent.get('/api/programmes').expect(200);
    await trainer.post(`/api/programmes/${buddyProgramme.id}/drafts`, { label: 'sneaky' }).expect(403);
    const auditor = await t.client();
    await auditor.signIn('auditor').expect(200);
    await auditor.agent.put(`/api/programmes/versions/${buddyProgramme.versions[0].id}/content`).set('X-XSRF-TOKEN', auditor.xsrf).send({ expectedVersion: 1, modules: [] }).expect(403);
  });

  it('refuses to edit a published version', async () => {
    const published = buddyProgramme.versions[0];
    const res = await admin.agent
      .put(`/api/programmes/versions/${published.id}/content`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({ expectedVersion: published.version, modules: [] })
      .expect(409);
    expect(res.body.code).toBe('VERSION_PUBLISHED');
  });

  it('starts a draft as a copy of the published version, edits it with optimistic locking, and publishes it', async () => {
    const draft: ProgrammeVersionDetail = (await admin.post(`/api/programmes/${buddyProgramme.id}/drafts`, { label: '2026.1' }).expect(201)).body;
    expect(draft.status).toBe('draft');
    expect(draft.modules).toHaveLength(14);
    await admin.post(`/api/programmes/${buddyProgramme.id}/drafts`, { label: '2026.2' }).expect(409);

    const content = {
      modules: draft.modules.map((m) => ({
        number: m.number,
        title: m.number === 1 ? 'Your role as a buddy' : m.title,
        summary: m.summary,
        outcomes: m.outcomes.map((o) => ({ code: o.code, text: o.text, criteria: o.criteria.map(({ code, kind, text, simulationAllowed }) => ({ code, kind, text, simulationAllowed })) })),
      })),
    };
    const saved: ProgrammeVersionDetail = (
      await admin.agent.put(`/api/programmes/versions/${draft.id}/content`).set('X-XSRF-TOKEN', admin.xsrf).send({ expectedVersion: draft.version, ...content }).expect(200)
    ).body;
    expect(saved.modules[0].title).toBe('Your role as a buddy');
    expect(saved.version).toBe(draft.version + 1);

    // A second admin still holding the old version number is refused, and nothing changes.
    const stale = await admin.agent
      .put(`/api/programmes/versions/${draft.id}/content`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({ expectedVersion: draft.version, modules: [] })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect((await admin.agent.get(`/api/programmes/versions/${draft.id}`).expect(200)).body.modules).toHaveLength(14);

    const published: ProgrammeVersionDetail = (await admin.post(`/api/programmes/versions/${draft.id}/publish`, { expectedVersion: saved.version }).expect(201)).body;
    expect(published.status).toBe('published');
    expect(await auditCount('programme.published')).toBe(1);
    // The version buddies trained on is untouched.
    const original: ProgrammeVersionDetail = (await admin.agent.get(`/api/programmes/versions/${buddyProgramme.versions[0].id}`).expect(200)).body;
    expect(original.modules[0].title).toBe('Understanding your role and personal development');
  });

  it('refuses to publish incomplete content, listing every problem, and writes nothing', async () => {
    const care = (await admin.agent.get('/api/programmes').expect(200)).body.find((p: ProgrammeSummary) => p.code === 'care-certificate');
    const draft: ProgrammeVersionDetail = (await admin.post(`/api/programmes/${care.id}/drafts`, { label: 'next' }).expect(201)).body;
    const saved = (
      await admin.agent
        .put(`/api/programmes/versions/${draft.id}/content`)
        .set('X-XSRF-TOKEN', admin.xsrf)
        .send({ expectedVersion: draft.version, modules: [{ number: 1, title: 'Only module', summary: '', outcomes: [{ code: '1.1', text: 'Knows', criteria: [] }] }] })
        .expect(200)
    ).body;
    const before = await auditCount('programme.published');
    const refused = await admin.post(`/api/programmes/versions/${draft.id}/publish`, { expectedVersion: saved.version }).expect(400);
    expect(refused.body.fieldErrors).toEqual({
      'modules.0': ['Module 1 needs at least one assessment criterion'],
      'modules.0.outcomes.0': ['Outcome 1.1 needs at least one assessment criterion'],
    });
    expect(await auditCount('programme.published')).toBe(before);
    expect((await admin.agent.get(`/api/programmes/versions/${draft.id}`).expect(200)).body.status).toBe('draft');
  });

  it('validates content field by field', async () => {
    const res = await admin.agent
      .put(`/api/programmes/versions/${buddyProgramme.versions[0].id}/content`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({ expectedVersion: 1, modules: [{ number: 0, title: 'x', summary: '', outcomes: [{ code: 'one', text: '', criteria: [{ code: '1.1.1', kind: 'magic', text: 'x', simulationAllowed: 'yes' }] }] }] })
      .expect(400);
    expect(Object.keys(res.body.fieldErrors).sort()).toEqual([
      'modules.0.number',
      'modules.0.outcomes.0.code',
      'modules.0.outcomes.0.criteria.0.kind',
      'modules.0.outcomes.0.criteria.0.simulationAllowed',
      'modules.0.outcomes.0.text',
    ]);
    await admin.agent.get('/api/programmes/versions/not-a-uuid').expect(400);
    await admin.agent.get('/api/programmes/versions/00000000-0000-0000-0000-000000000000').expect(404);
  });
});
