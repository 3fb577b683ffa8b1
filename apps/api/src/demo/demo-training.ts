import { addDays, bankHolidayOn, formatDate, prisonToday } from '@peerpath/domain';
import type { EntityManager } from 'typeorm';

/**
 * The trainers' half of the demo, at HMP Exeter: a cohort half-way through the Buddy
 * Support Worker programme with ten buddies at varied progress and attendance, a finished
 * cohort whose buddies completed every module, a cohort about to start with free places,
 * and people at each selection stage. Dates are relative to the day the demo is seeded,
 * so the story reads the same whenever it is started.
 */

interface DemoBuddy {
  prisonNumber: string;
  firstName: string;
  lastName: string;
  /** Modules complete; the next module has `partial` criteria met and one not yet met. */
  complete: number;
  partial: number;
  /** Indexes of past sessions they missed (absent) or were excused from. */
  absent?: number[];
  excused?: number[];
  late?: number[];
}

/** Trained two years ago; certificate expired last month, refresher under way (demo-scheme.ts). */
const RENEWING: DemoBuddy = { prisonNumber: 'B7637RP', firstName: 'Rhodri', lastName: 'Price', complete: 14, partial: 0 };

const RUNNING: DemoBuddy[] = [
  { prisonNumber: 'A1234BC', firstName: 'Aaron', lastName: 'Blake', complete: 4, partial: 2, late: [3] },
  { prisonNumber: 'A2211DE', firstName: 'Daniel', lastName: 'Evans', complete: 6, partial: 0 },
  { prisonNumber: 'A3102FG', firstName: 'Femi', lastName: 'Adeyemi', complete: 5, partial: 3, excused: [2] },
  { prisonNumber: 'A4410HJ', firstName: 'Harry', lastName: 'Jenkins', complete: 3, partial: 1, absent: [4] },
  { prisonNumber: 'A5528KL', firstName: 'Kieran', lastName: 'Lewis', complete: 2, partial: 2, absent: [1, 3] },
  { prisonNumber: 'A6637MN', firstName: 'Mohammed', lastName: 'Nazir', complete: 6, partial: 1 },
  { prisonNumber: 'A7746PQ', firstName: 'Patrick', lastName: "O'Neill", complete: 1, partial: 0, absent: [0, 2, 5] },
  { prisonNumber: 'A8855RS', firstName: 'Ryan', lastName: 'Smith', complete: 4, partial: 4, late: [0, 1] },
  { prisonNumber: 'A9964TU', firstName: 'Tomasz', lastName: 'Nowak', complete: 0, partial: 3, absent: [0, 1] },
  { prisonNumber: 'B1073VW', firstName: 'Wayne', lastName: 'Williams', complete: 5, partial: 0, excused: [4] },
];

const FINISHED: DemoBuddy[] = [
  { prisonNumber: 'B2182XY', firstName: 'Xavier', lastName: 'Young', complete: 14, partial: 0 },
  { prisonNumber: 'B3291AB', firstName: 'Aled', lastName: 'Bowen', complete: 14, partial: 0, absent: [7] },
  { prisonNumber: 'B4300CD', firstName: 'Craig', lastName: 'Davies', complete: 14, partial: 0, excused: [3] },
  { prisonNumber: 'B5419EF', firstName: 'Elliot', lastName: 'Fraser', complete: 14, partial: 0, late: [5] },
  { prisonNumber: 'B6528GH', firstName: 'Gareth', lastName: 'Hughes', complete: 14, partial: 0 },
];

/** Applied and waiting, approved and waiting for a place, and one declined. */
const SELECTION: { prisonNumber: string; firstName: string; lastName: string; prison: string; appliedDaysAgo: number; outcome?: 'approved' | 'declined' }[] = [
  { prisonNumber: 'C1001JK', firstName: 'Jamal', lastName: 'King', prison: 'EXI', appliedDaysAgo: 12 },
  { prisonNumber: 'C1002LM', firstName: 'Liam', lastName: 'Murphy', prison: 'EXI', appliedDaysAgo: 9 },
  { prisonNumber: 'C1003NP', firstName: 'Nathan', lastName: 'Price', prison: 'EXI', appliedDaysAgo: 4 },
  { prisonNumber: 'C1004QR', firstName: 'Owen', lastName: 'Quinn', prison: 'DAI', appliedDaysAgo: 6 },
  { prisonNumber: 'C1005ST', firstName: 'Simon', lastName: 'Thomas', prison: 'EXI', appliedDaysAgo: 20, outcome: 'approved' },
  { prisonNumber: 'C1006UV', firstName: 'Victor', lastName: 'Umeh', prison: 'EXI', appliedDaysAgo: 30, outcome: 'declined' },
];

/** 14 modules over 12 weekly sessions: one module each, then two in each of the last two. */
const SESSION_MODULES = [[1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11, 12], [13, 14]];
const ROOMS = ['Education block, room 2', 'Healthcare centre classroom', 'Chapel meeting room'];

const day = (offset: number) => addDays(prisonToday(), offset);

/** Named by the month it starts, e.g. "Exeter October 2026", so names stay true whenever the demo is seeded. */
const cohortName = (startOffset: number) => `Exeter ${formatDate(day(startOffset)).replace(/^\d+ /, '')}`;

interface Ctx {
  manager: EntityManager;
  prisonId: string;
  versionId: string;
  programmeId: string;
  trainerId: string;
  coordinatorId: string;
  modules: { id: string; number: number; criteria: { id: string; kind: string }[] }[];
}

export async function seedDemoTraining(manager: EntityManager, users: Record<string, string>): Promise<void> {
  const [{ prisonId }] = await manager.query(`SELECT id AS "prisonId" FROM prisons WHERE code = 'EXI'`);
  const [version] = await manager.query(
    `SELECT pv.id, pv.programme_id AS "programmeId" FROM programme_versions pv JOIN programmes p ON p.id = pv.programme_id
      WHERE p.code = 'buddy-support-worker' AND pv.status = 'published' ORDER BY pv.published_at LIMIT 1`,
  );
  const modules = await manager.query(
    `SELECT m.id, m.number, json_agg(json_build_object('id', ac.id, 'kind', ac.kind) ORDER BY lo.position, ac.position) AS criteria
       FROM programme_modules m JOIN assessment_criteria ac ON ac.module_id = m.id JOIN learning_outcomes lo ON lo.id = ac.outcome_id
      WHERE m.programme_version_id = $1 GROUP BY m.id ORDER BY m.number`,
    [version.id],
  );
  const ctx: Ctx = { manager, prisonId, versionId: version.id, programmeId: version.programmeId, trainerId: users['trainer'], coordinatorId: users['coordinator'], modules };

  // The reference version was published before anyone trained on it (the seed stamps it with today).
  await manager.query(`UPDATE programme_versions SET published_at = $2::date - 30 WHERE id = $1`, [version.id, day(-860)]);
  // Two years ago: Rhodri Price trained here; his certificate expired last month (see demo-scheme.ts).
  await seedCohort(ctx, { name: cohortName(-860), startsOn: -860, capacity: 8, buddies: [RENEWING] });
  await seedCohort(ctx, { name: cohortName(-160), startsOn: -160, capacity: 8, buddies: FINISHED });
  await seedCohort(ctx, { name: cohortName(-45), startsOn: -45, capacity: 12, buddies: RUNNING });
  await seedCohort(ctx, { name: cohortName(14), startsOn: 14, capacity: 12, buddies: [] });
  await seedSelection(ctx);
}

async function insertBuddy(ctx: Ctx, b: { prisonNumber: string; firstName: string; lastName: string }, prison: string, appliedOn: string, status: string): Promise<string> {
  const [{ id }] = await ctx.manager.query(
    `INSERT INTO buddies (prison_number, first_name, last_name, prison_id, applied_on, selection_status, version)
     SELECT $1, $2, $3, p.id, $5, $6, 1 FROM prisons p WHERE p.code = $4 RETURNING id`,
    [b.prisonNumber, b.firstName, b.lastName, prison, appliedOn, status],
  );
  // Written against the buddy's prison, so auditors of that prison see it in the buddy's trail.
  await ctx.manager.query(
    `INSERT INTO audit_events (actor_user_id, action, entity_type, entity_id, prison_id, after) SELECT NULL, 'demo.seeded', 'buddy', b.id::text, b.prison_id, $2::jsonb FROM buddies b WHERE b.id = $1`,
    [id, JSON.stringify(b)],
  );
  return id;
}

async function decide(ctx: Ctx, buddyId: string, outcome: string, decidedOn: string): Promise<void> {
  await ctx.manager.query(
    `INSERT INTO selection_decisions (buddy_id, outcome, security_check_done, risk_assessment_done, decided_by_user_id, decided_on, notes)
     VALUES ($1, $2, $3, $3, $4, $5, $6)`,
    [buddyId, outcome, outcome === 'approved', ctx.coordinatorId, decidedOn, outcome === 'approved' ? 'Security and risk checks clear; good references from wing staff.' : 'Not suitable at present: adjudication in the last three months.'],
  );
}

async function seedCohort(ctx: Ctx, spec: { name: string; startsOn: number; capacity: number; buddies: DemoBuddy[] }): Promise<void> {
  const { manager } = ctx;
  const starts = spec.startsOn;
  const [{ id: cohortId }] = await manager.query(
    `INSERT INTO cohorts (prison_id, programme_version_id, programme_id, name, starts_on, ends_on, capacity, version) VALUES ($1, $2, $3, $4, $5, $6, $7, 1) RETURNING id`,
    [ctx.prisonId, ctx.versionId, ctx.programmeId, spec.name, day(starts), day(starts + 88), spec.capacity],
  );
  await manager.query(`INSERT INTO cohort_staff (cohort_id, user_id, role) VALUES ($1, $2, 'trainer')`, [cohortId, ctx.trainerId]);

  // Weekly sessions, starting three days in.
  const sessions: { id: string; offset: number; modules: number[] }[] = [];
  for (const [i, numbers] of SESSION_MODULES.entries()) {
    // Nobody trains on a bank holiday (Christmas and New Year's Day included, whatever the year):
    // the next day instead. Today's session stays today: the demo's register is ready to take.
    let offset = starts + 3 + 7 * i;
    while (offset !== 0 && isHoliday(day(offset))) offset++;
    const [{ id }] = await manager.query(
      `INSERT INTO training_sessions (cohort_id, held_on, starts_at, ends_at, location) VALUES ($1, $2, '09:30', '11:30', $3) RETURNING id`,
      [cohortId, day(offset), ROOMS[i % ROOMS.length]],
    );
    await manager.query(
      `INSERT INTO training_session_modules (session_id, module_id) SELECT $1, m.id FROM programme_modules m WHERE m.programme_version_id = $2 AND m.number = ANY($3)`,
      [id, ctx.versionId, numbers],
    );
    sessions.push({ id, offset, modules: numbers });
  }
  const past = sessions.filter((s) => s.offset < 0);

  for (const b of spec.buddies) {
    const buddyId = await insertBuddy(ctx, b, 'EXI', day(starts - 30), 'approved');
    await decide(ctx, buddyId, 'approved', day(starts - 20));
    await manager.query(`INSERT INTO enrolments (cohort_id, buddy_id, programme_id, enrolled_on, version) VALUES ($1, $2, $3, $4, 1)`, [cohortId, buddyId, ctx.programmeId, day(starts)]);

    const marks = past.map((s, i) => (b.absent?.includes(i) ? 'absent' : b.excused?.includes(i) ? 'excused' : b.late?.includes(i) ? 'late' : 'present'));
    await manager.query(
      `INSERT INTO attendance_marks (session_id, buddy_id, mark, recorded_by_user_id) SELECT s, $2, m::attendance_mark, $4 FROM unnest($1::uuid[], $3::text[]) AS x(s, m)`,
      [past.map((s) => s.id), buddyId, marks, ctx.trainerId],
    );

    // Decisions: every criterion of each completed module met, dated a few days after its session.
    const rows: { criterionId: string; outcome: string; method: string; on: string }[] = [];
    const sessionOf = (n: number) => sessions.find((s) => s.modules.includes(n)) ?? sessions[0];
    for (const m of ctx.modules) {
      const on = day(Math.min(sessionOf(m.number).offset + 4, -1));
      const method = (kind: string) => (kind === 'competence' ? 'observation' : 'workbook');
      if (m.number <= b.complete) {
        // A knowledge check first not yet met, then met: history worth looking at.
        if (m.number === 2) rows.push({ criterionId: m.criteria[0].id, outcome: 'not_yet_met', method: 'questioning', on: day(sessionOf(2).offset + 1) });
        for (const c of m.criteria) rows.push({ criterionId: c.id, outcome: 'met', method: method(c.kind), on });
      } else if (m.number === b.complete + 1 && b.partial > 0) {
        m.criteria.slice(0, b.partial).forEach((c) => rows.push({ criterionId: c.id, outcome: 'met', method: method(c.kind), on }));
        const next = m.criteria[b.partial];
        if (next) rows.push({ criterionId: next.id, outcome: 'not_yet_met', method: method(next.kind), on });
      }
    }
    if (rows.length) {
      await manager.query(
        `INSERT INTO assessment_decisions (buddy_id, criterion_id, cohort_id, outcome, method, assessed_on, evidence_note, assessor_user_id)
         SELECT $1, r.c, $2, r.o::assessment_outcome, r.m::assessment_method, r.d::date, $7, $8
           FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS r(c, o, m, d, n) ORDER BY r.n`,
        [buddyId, cohortId, rows.map((r) => r.criterionId), rows.map((r) => r.outcome), rows.map((r) => r.method), rows.map((r) => r.on), 'Seen during the session and on the wing', ctx.trainerId],
      );
    }
  }
}

async function seedSelection(ctx: Ctx): Promise<void> {
  for (const s of SELECTION) {
    const buddyId = await insertBuddy(ctx, s, s.prison, day(-s.appliedDaysAgo), s.outcome ?? 'applied');
    if (s.outcome) await decide(ctx, buddyId, s.outcome, day(-s.appliedDaysAgo + 7));
  }
}

function isHoliday(iso: string): boolean {
  return iso.endsWith('-12-25') || iso.endsWith('-12-26') || iso.endsWith('-01-01') || bankHolidayOn(iso) !== undefined;
}
