import type { ModuleView, ProgrammeSummary, ProgrammeVersionDetail, SaveModuleRequest } from '@peerpath/contracts';
import { createTestApp, type TestApp, type TestClient } from '@peerpath/api/testing/test-app';

/** Saving one module of a draft from its own page (issue 10): PUT /api/programmes/versions/:id/modules/:n. */
describe('saving one module of a draft (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: TestClient;
  let buddyProgramme: ProgrammeSummary;
  let draft: ProgrammeVersionDetail;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.client();
    await admin.signIn('admin').expect(200);
    const list: ProgrammeSummary[] = (await admin.agent.get('/api/programmes').expect(200)).body;
    buddyProgramme = list.find((p) => p.code === 'buddy-support-worker') as ProgrammeSummary;
    draft = (await admin.post(`/api/programmes/${buddyProgramme.id}/drafts`, { label: '2026.1' }).expect(201)).body;
  });
  afterAll(() => t.close());

  const url = (n: number | string, versionId = draft.id) => `/api/programmes/versions/${versionId}/modules/${n}`;
  const current = async (): Promise<ProgrammeVersionDetail> => (await admin.agent.get(`/api/programmes/versions/${draft.id}`).expect(200)).body;
  const auditEvents = async (action: string) =>
    (await t.dataSource.query(`SELECT before, after FROM audit_events WHERE action = $1 AND entity_id = $2 ORDER BY occurred_at`, [action, draft.id])) as {
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }[];
  /** A module as its page sends it back, unchanged. */
  const requestOf = (module: ModuleView, expectedVersion: number): SaveModuleRequest => ({
    expectedVersion,
    title: module.title,
    summary: module.summary,
    outcomes: module.outcomes.map((o) => ({
      code: o.code,
      text: o.text,
      criteria: o.criteria.map(({ code, kind, text, simulationAllowed, refresher }) => ({ code, kind, text, simulationAllowed, refresher })),
    })),
  });
  const withoutIds = (modules: ModuleView[]) => JSON.parse(JSON.stringify(modules, (key, value) => (key === 'id' ? undefined : value)));

  it('replaces one module’s title, outcomes and criteria, leaves the others alone, bumps the version and audits before and after', async () => {
    const before = await current();
    const three = before.modules[2];
    const request: SaveModuleRequest = {
      expectedVersion: before.version,
      title: '  Equality, diversity and inclusion ',
      summary: three.summary,
      outcomes: [
        {
          code: '3.1',
          text: 'Treat everyone fairly',
          criteria: [
            { code: '3.1.1', kind: 'knowledge', text: ' Explain what discrimination is, with an example from the wing. ', simulationAllowed: false },
            { code: '3.1.2', kind: 'competence', text: 'Support someone whose first language is not English', simulationAllowed: true, refresher: true },
          ],
        },
        { code: '3.2', text: 'Challenge discrimination', criteria: [{ code: '3.2.1', kind: 'knowledge', text: 'Say who to tell', simulationAllowed: true }] },
      ],
    };

    const saved: ProgrammeVersionDetail = (await admin.put(url(3), request).expect(200)).body;

    expect(saved.version).toBe(before.version + 1);
    expect(saved.modules).toHaveLength(14);
    const module = saved.modules[2];
    expect(module.number).toBe(3);
    expect(module.title).toBe('Equality, diversity and inclusion');
    expect(module.outcomes.map((o) => [o.code, o.text, o.criteria.map((c) => [c.code, c.kind, c.text, c.simulationAllowed, c.refresher])])).toEqual([
      [
        '3.1',
        'Treat everyone fairly',
        [
          ['3.1.1', 'knowledge', 'Explain what discrimination is, with an example from the wing.', false, false],
          ['3.1.2', 'competence', 'Support someone whose first language is not English', true, true],
        ],
      ],
      // Only competence may be shown in a simulation.
      ['3.2', 'Challenge discrimination', [['3.2.1', 'knowledge', 'Say who to tell', false, false]]],
    ]);
    // The module keeps its row; the other thirteen are exactly as they were.
    expect(module.id).toBe(three.id);
    expect(withoutIds(saved.modules.filter((m) => m.number !== 3))).toEqual(withoutIds(before.modules.filter((m) => m.number !== 3)));
    const criteriaRows = await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment_criteria WHERE module_id = $1 AND programme_version_id = $2`, [three.id, draft.id]);
    expect(criteriaRows[0].n).toBe(3);

    const [event] = await auditEvents('programme.module_saved');
    expect(event.before).toMatchObject({ version: before.version, module: { number: 3, title: three.title } });
    expect(event.after).toMatchObject({ version: before.version + 1, module: { number: 3, title: 'Equality, diversity and inclusion' } });
    expect((event.after['module'] as { outcomes: unknown[] }).outcomes).toHaveLength(2);
  });

  it('adds a module one past the last, and refuses any other number that does not exist', async () => {
    const before = await current();
    const body = { expectedVersion: before.version, title: 'Working with families', summary: '', outcomes: [] };
    const missing = await admin.put(url(16), body).expect(404);
    expect(missing.body.message).toBe('Module 16 not found');

    const saved: ProgrammeVersionDetail = (await admin.put(url(15), body).expect(200)).body;
    expect(saved.modules.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(saved.modules[14]).toMatchObject({ title: 'Working with families', outcomes: [] });
    expect(await auditEvents('programme.module_added')).toEqual([
      expect.objectContaining({ before: { version: before.version, module: null }, after: expect.objectContaining({ version: before.version + 1 }) }),
    ]);
  });

  it('refuses invalid content with a field path for each problem, and writes nothing', async () => {
    const before = await current();
    const module = requestOf(before.modules[1], before.version);
    const invalidBody = {
      ...module,
      outcomes: [
        { code: '2.1', text: '', criteria: [{ code: '2.1.1', kind: 'magic', text: 'x'.repeat(1001), simulationAllowed: false }, { code: '2.1.2', kind: 'knowledge', text: '', simulationAllowed: 'yes' }] },
        { code: 'two', text: 'y', criteria: [] },
      ],
    };
    const res = await admin.put(url(2), invalidBody).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.fieldErrors).toEqual({
      'outcomes.0.text': ['Enter the outcome text'],
      'outcomes.0.criteria.0.kind': ['Kind must be knowledge or competence'],
      'outcomes.0.criteria.0.text': ['Criterion text must be 1000 characters or fewer'],
      'outcomes.0.criteria.1.text': ['Enter the criterion text'],
      'outcomes.0.criteria.1.simulationAllowed': ['simulationAllowed must be a boolean value'],
      'outcomes.1.code': ['Outcome code must look like 2.1'],
    });

    // The domain's rules: a title, and codes that differ within the module.
    const repeated = { ...module, title: ' ', outcomes: [{ ...module.outcomes[0], criteria: [module.outcomes[0].criteria[0], module.outcomes[0].criteria[0]] }] };
    const rule = await admin.put(url(2), repeated).expect(400);
    expect(rule.body.fieldErrors).toEqual({
      title: ['Enter a title for the module'],
      'outcomes.0.criteria.1.code': [`Code ${module.outcomes[0].criteria[0].code} is already used earlier in this module`],
    });

    await admin.put(url('two'), module).expect(400);
    await admin.put(url(0), module).expect(400);
    await admin.put(url(2, 'not-a-uuid'), module).expect(400);
    const after = await current();
    expect(after.version).toBe(before.version);
    expect(withoutIds(after.modules)).toEqual(withoutIds(before.modules));
  });

  it('refuses a save from a page opened before someone else saved (409 STALE_VERSION), keeping their change', async () => {
    const opened = await current();
    const otherAdmin = await t.client();
    await otherAdmin.signIn('admin').expect(200);
    await otherAdmin.put(url(1), { ...requestOf(opened.modules[0], opened.version), title: 'Your role as a buddy' }).expect(200);

    const stale = await admin.put(url(2), { ...requestOf(opened.modules[1], opened.version), title: 'Duty of care on the wing' }).expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const after = await current();
    expect(after.version).toBe(opened.version + 1);
    expect(after.modules.slice(0, 2).map((m) => m.title)).toEqual(['Your role as a buddy', opened.modules[1].title]);
  });

  it('lets only admins save a module', async () => {
    const opened = await current();
    for (const username of ['trainer', 'coordinator', 'auditor']) {
      const other = await t.client();
      await other.signIn(username).expect(200);
      await other.put(url(1), requestOf(opened.modules[0], opened.version)).expect(403);
    }
    expect((await current()).version).toBe(opened.version);
  });

  it('refuses to change a published version', async () => {
    const published: ProgrammeVersionDetail = (await admin.agent.get(`/api/programmes/versions/${buddyProgramme.versions[0].id}`).expect(200)).body;
    const res = await admin.put(url(1, published.id), { ...requestOf(published.modules[0], published.version), title: 'Changed after publishing' }).expect(409);
    expect(res.body.code).toBe('VERSION_PUBLISHED');
    const after: ProgrammeVersionDetail = (await admin.agent.get(`/api/programmes/versions/${published.id}`).expect(200)).body;
    expect(after.modules[0].title).toBe('Understanding your role and personal development');
  });
});
