import { randomBytes } from 'node:crypto';
import { addDays, addMonths, bankHolidayOn, certificateNumber, formatDate } from '@peerpath/domain';
import type { EntityManager } from 'typeorm';

/**
 * A year of history at Dartmoor and Channings Wood (Devon) and Hull, Humber and Leeds
 * (Yorkshire), so the monitoring charts have a shape, every list has entries, and the Devon
 * auditor compares three prisons. Exeter's named people (demo-training.ts, demo-scheme.ts)
 * are left alone: the browser tests tell their stories.
 *
 * Deterministic: every choice comes from hashing a prison code and a number, every date is
 * an offset from the prison's today (passed in as a parameter, never the database clock). Fast: the few hundred
 * planned rows go in with one INSERT … SELECT FROM unnest() per table, and the thousands that
 * follow from them (attendance, assessment decisions, supervisions, outcome reviews) are made
 * by INSERT … SELECT over generate_series() and joins, in the database.
 *
 * At Dartmoor, where the demo coordinator also works, nobody is overdue for supervision and
 * nothing starts or ends today, so the browser tests' Dartmoor and "newest first" checks hold.
 */

interface HistoryPrison {
  code: string;
  place: string;
  /** Buddies on the register: a prefix of STAGES. */
  buddies: number;
  /** This year's second cohort is still running (otherwise it finished in the spring). */
  running: boolean;
  /** Days this prison's calendar is shifted, so the five do not move in step. */
  shift: number;
  staffCostPerHourPence: number | null;
  coordinator: string;
  trainer: string;
  letter: string;
}

const PRISONS: HistoryPrison[] = [
  { code: 'DAI', place: 'Dartmoor', buddies: 18, running: true, shift: 0, staffCostPerHourPence: 2850, coordinator: 'Dawn Pascoe', trainer: 'Tom Yeo', letter: 'D' },
  { code: 'CWI', place: 'Channings Wood', buddies: 16, running: false, shift: 9, staffCostPerHourPence: 3100, coordinator: 'Carys Webber', trainer: 'Will Ashby', letter: 'W' },
  { code: 'HLI', place: 'Hull', buddies: 26, running: true, shift: 4, staffCostPerHourPence: 2850, coordinator: 'Hannah Lowe', trainer: 'Imran Hussain', letter: 'H' },
  { code: 'HMI', place: 'Humber', buddies: 22, running: false, shift: 13, staffCostPerHourPence: null, coordinator: 'Martin Hirst', trainer: 'Ruth Bell', letter: 'M' },
  { code: 'LEI', place: 'Leeds', buddies: 30, running: true, shift: 18, staffCostPerHourPence: 2600, coordinator: 'Lorna Ellis', trainer: 'Kamal Iqbal', letter: 'L' },
];

/**
 * Where each buddy is on their journey, in register order. Every prison has at least the first
 * 16, so each has every stage. veteran/expired/renewed trained about two years ago (their
 * certificates fall due now); certified, suspended, revoked and released trained last year;
 * training and withdrawn are on this year's second cohort.
 */
type Plan = 'certified' | 'training' | 'veteran' | 'applied' | 'suspended' | 'declined' | 'expired' | 'released' | 'approved' | 'renewed' | 'revoked' | 'withdrawn';
const STAGES: Plan[] = [
  'certified', 'training', 'veteran', 'applied', 'training', 'certified', 'suspended', 'declined', 'training', 'expired',
  'certified', 'released', 'approved', 'renewed', 'training', 'revoked', 'training', 'certified', 'withdrawn', 'training',
  'applied', 'veteran', 'training', 'certified', 'released', 'training', 'certified', 'approved', 'training', 'certified',
];

const FIRST_NAMES = ['James', 'Mark', 'Dean', 'Ashley', 'Kyle', 'Lee', 'Stuart', 'Jordan', 'Marcus', 'Reece', 'Paul', 'Darren', 'Connor', 'Shane', 'Gary', 'Neil', 'Callum', 'Jason', 'Adam', 'Robert', 'Ian', 'Kevin', 'Ben', 'Sean', 'Tyrone', 'Aidan', 'Craig', 'Luke', 'Nathan', 'Scott', 'Dominic'];
const LAST_NAMES = ['Ashworth', 'Bennett', 'Clarke', 'Dawson', 'Ellison', 'Fletcher', 'Gibson', 'Holt', 'Ingram', 'Jackson', 'Kelly', 'Lambert', 'Marsh', 'Norris', 'Osei', 'Parkin', 'Quayle', 'Rhodes', 'Sykes', 'Turner', 'Underwood', 'Varley', 'Walker', 'Yates', 'Akhtar', 'Brennan', 'Cooke', 'Dobson', 'Foster', 'Greaves', 'Hale'];
const RECIPIENT_FIRST = ['Arthur', 'Bernard', 'Clifford', 'Derek', 'Eric', 'Frank', 'George', 'Howard', 'Ivan', 'Kenneth', 'Leslie', 'Maurice', 'Norman', 'Ronald', 'Stanley', 'Trevor', 'Victor', 'Walter'];
const NEEDS = [
  { summary: 'Uses a wheelchair. Needs meals collected and help getting to healthcare.', tasks: ['collecting_meals', 'wheelchair_assistance'] },
  { summary: 'Sight loss. Needs letters, menus and applications read and written.', tasks: ['reading_writing'] },
  { summary: 'Limited mobility after a fall. Would like company and help keeping his cell tidy.', tasks: ['company_activities', 'cleaning_living_space'] },
  { summary: 'Uses a walking frame. Needs an escort to education and the library.', tasks: ['escorting_mobility'] },
  { summary: 'Early dementia. Benefits from company and help with the daily menu.', tasks: ['company_activities', 'reading_writing'] },
  { summary: 'Arthritis in both hands. Needs meals collected and his cell kept clean.', tasks: ['collecting_meals', 'cleaning_living_space'] },
];
const ENDINGS = ['Moved to another wing', 'His needs changed: healthcare now supports him', 'The buddy asked to step back', 'Transferred to another prison'];
const COMMENTS = [
  'Getting to my meals on time makes a big difference.',
  'He reads my letters to me and helps me write back.',
  'I was struggling before. Now I go to the library again.',
  'Good company. I look forward to him coming round.',
  'I can do my own menu now, with a bit of help.',
  '',
];
const ROOMS = ['Education block, room 1', 'Healthcare classroom', 'Chapel meeting room'];
/** 14 modules over 12 weekly sessions, as at Exeter. */
const SESSION_MODULES = [[1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11, 12], [13, 14]];

/** A deterministic number from 0 to 2^31 for a key (FNV-1a). */
function hash(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) % 2147483647;
}

/** The same in SQL (md5 is stable everywhere), for the rows the database generates. */
const sqlHash = (key: string) => `(('x' || substr(md5(${key}), 1, 7))::bit(28)::int)`;

interface CohortPlan {
  prison: string;
  key: 'old' | 'last' | 'this';
  name: string;
  startsOn: string;
  endsOn: string;
  sessions: { heldOn: string; startsAt: string; endsAt: string; location: string; modules: number[] }[];
}

interface BuddyPlan {
  prison: string;
  prisonNumber: string;
  firstName: string;
  lastName: string;
  plan: Plan;
  appliedOn: string;
  selection: 'applied' | 'approved' | 'declined';
  decidedOn: string | null;
  cohort: CohortPlan | null;
  withdrawnOn: string | null;
  releasedOn: string | null;
  /** Modules whose every criterion is met. */
  modulesDone: number;
  certificate: { issuedOn: string; status: 'valid' | 'suspended' | 'revoked' | 'superseded'; changedOn: string | null; renewedOn: string | null } | null;
  /** Days since their last supervision, counted back from today or their release. */
  lastSupervisedDaysAgo: number;
  /** The day their allocations must end by (released, revoked or certificate expired), or null. */
  availableUntil: string | null;
  h: number;
}

export async function seedDemoHistory(manager: EntityManager, today: string, passwordHash: string): Promise<void> {
  const day = (offset: number) => addDays(today, offset);
  const [version] = await manager.query(
    `SELECT pv.id, pv.programme_id AS "programmeId" FROM programme_versions pv JOIN programmes p ON p.id = pv.programme_id
      WHERE p.code = 'buddy-support-worker' AND pv.status = 'published' ORDER BY pv.published_at LIMIT 1`,
  );

  // Staff who act in the history: a coordinator and a trainer at each prison, signing in with the demo password.
  await manager.query(
    `WITH staff AS (
       SELECT lower(kind) || '.' || lower(code) AS username, name, kind, code FROM unnest($1::text[], $2::text[], $3::text[]) AS s(code, kind, name))
     , added AS (INSERT INTO users (username, display_name, password_hash, version) SELECT username, name, $4, 1 FROM staff RETURNING id, username)
     INSERT INTO role_assignments (user_id, role, scope, prison_id)
     SELECT a.id, s.kind::role_name, 'prison', p.id FROM added a JOIN staff s ON s.username = a.username JOIN prisons p ON p.code = s.code`,
    [
      PRISONS.flatMap((p) => [p.code, p.code]),
      PRISONS.flatMap(() => ['coordinator', 'trainer']),
      PRISONS.flatMap((p) => [p.coordinator, p.trainer]),
      passwordHash,
    ],
  );

  const cohorts: CohortPlan[] = PRISONS.flatMap((p) => {
    const plan = (key: CohortPlan['key'], start: number, afternoon: boolean): CohortPlan => {
      const startsOn = day(start);
      const sessions = SESSION_MODULES.map((modules, i) => {
        let heldOn = day(start + 3 + 7 * i);
        // Nobody trains on a bank holiday, nor today (the demo's only register today is Exeter's).
        while (isHoliday(heldOn) || heldOn === today) heldOn = addDays(heldOn, 1);
        return { heldOn, startsAt: afternoon ? '13:30' : '09:30', endsAt: afternoon ? '15:30' : '11:30', location: ROOMS[(i + p.shift) % ROOMS.length], modules };
      });
      return { prison: p.code, key, name: `${p.place} ${formatDate(startsOn).replace(/^\d+ /, '')}`, startsOn, endsOn: day(start + 88), sessions };
    };
    return [plan('old', -870 + p.shift, false), plan('last', -330 + p.shift, p.shift % 2 === 1), plan('this', p.running ? -40 + (p.shift % 10) : -150 + p.shift, false)];
  });
  const cohortOf = (prison: string, key: CohortPlan['key']) => cohorts.find((c) => c.prison === prison && c.key === key) as CohortPlan;

  const buddies: BuddyPlan[] = PRISONS.flatMap((p, pi) =>
    STAGES.slice(0, p.buddies).map((plan, i): BuddyPlan => {
      const n = i + 1;
      const h = hash(`${p.code}:${n}`);
      const cohort =
        plan === 'veteran' || plan === 'expired' || plan === 'renewed'
          ? cohortOf(p.code, 'old')
          : plan === 'certified' || plan === 'suspended' || plan === 'revoked' || plan === 'released'
            ? cohortOf(p.code, 'last')
            : plan === 'training' || plan === 'withdrawn'
              ? cohortOf(p.code, 'this')
              : null;
      const trainsNow = cohort?.key === 'this' && p.running;
      const appliedOn = cohort ? addDays(cohort.startsOn, -30 - (h % 20)) : plan === 'approved' ? day(-40 - (h % 50)) : day(-3 - (h % 25));
      const selection = plan === 'applied' ? 'applied' : plan === 'declined' ? 'declined' : 'approved';
      const pastSessions = cohort ? cohort.sessions.filter((s) => s.heldOn < today) : [];
      const modulesCovered = pastSessions.length ? Math.max(...pastSessions.flatMap((s) => s.modules)) : 0;
      const withdrawnOn = plan === 'withdrawn' ? addDays(cohort?.sessions[3].heldOn ?? today, 2) : null;
      const modulesDone = !cohort ? 0 : plan === 'withdrawn' ? 3 : trainsNow ? Math.max(0, modulesCovered - 1 - (h % 3)) : 14;
      const certifiedFrom = (c: CohortPlan) => addDays(c.endsOn, 7 + (h % 21));
      let certificate: BuddyPlan['certificate'] = null;
      let availableUntil: string | null = null;
      let releasedOn: string | null = null;
      if (plan === 'veteran') certificate = { issuedOn: addDays(addMonths(today, -24), 10 + (h % 70)), status: 'valid', changedOn: null, renewedOn: null };
      if (plan === 'expired') certificate = { issuedOn: addDays(addMonths(today, -24), -5 - (h % 15)), status: 'valid', changedOn: null, renewedOn: null };
      if (plan === 'renewed') certificate = { issuedOn: addDays(addMonths(today, -24), -12), status: 'superseded', changedOn: day(-4 - (h % 5)), renewedOn: day(-4 - (h % 5)) };
      if (cohort && ['certified', 'suspended', 'revoked', 'released'].includes(plan)) {
        const status = plan === 'suspended' ? 'suspended' : plan === 'revoked' ? 'revoked' : 'valid';
        certificate = { issuedOn: certifiedFrom(cohort), status, changedOn: status === 'valid' ? null : day(plan === 'revoked' ? -45 - (h % 20) : -6 - (h % 8)), renewedOn: null };
      }
      if (plan === 'training' && cohort && !p.running) certificate = { issuedOn: certifiedFrom(cohort), status: 'valid', changedOn: null, renewedOn: null };
      if (plan === 'released') releasedOn = day(-60 - (h % 60));
      if (plan === 'expired' && certificate) availableUntil = addMonths(certificate.issuedOn, 24);
      if (plan === 'revoked') availableUntil = certificate?.changedOn ?? null;
      if (plan === 'released') availableUntil = releasedOn;
      // Dartmoor: everyone supervised in the last fortnight. Elsewhere about one in five is overdue.
      const lastSupervisedDaysAgo = p.code === 'DAI' ? 1 + (h % 12) : plan === 'expired' ? 35 + (h % 20) : 1 + (h % 36);
      return {
        prison: p.code,
        prisonNumber: `${p.letter}7${String(n).padStart(3, '0')}${String.fromCharCode(65 + pi)}${String.fromCharCode(65 + (h % 26))}`,
        firstName: FIRST_NAMES[(n * 7 + pi * 3) % FIRST_NAMES.length],
        lastName: LAST_NAMES[(n * 11 + pi * 5) % LAST_NAMES.length],
        plan,
        appliedOn,
        selection,
        decidedOn: selection === 'applied' ? null : addDays(appliedOn, 7 + (h % 5)),
        cohort,
        withdrawnOn,
        releasedOn,
        modulesDone,
        certificate,
        lastSupervisedDaysAgo,
        availableUntil,
        h,
      };
    }),
  );

  await manager.query(`UPDATE prisons p SET staff_cost_per_hour_pence = s.pence FROM unnest($1::text[], $2::int[]) AS s(code, pence) WHERE p.code = s.code`, [
    PRISONS.map((p) => p.code),
    PRISONS.map((p) => p.staffCostPerHourPence),
  ]);

  // Cohorts, their trainers, sessions and the modules each session covers.
  await manager.query(
    `INSERT INTO cohorts (prison_id, programme_version_id, programme_id, name, starts_on, ends_on, capacity, created_at, updated_at, version)
     SELECT p.id, $1, $2, c.name, c.starts_on, c.ends_on, 12, (c.starts_on - 30)::timestamp AT TIME ZONE 'Europe/London', (c.starts_on - 30)::timestamp AT TIME ZONE 'Europe/London', 1
       FROM unnest($3::text[], $4::text[], $5::date[], $6::date[]) AS c(code, name, starts_on, ends_on) JOIN prisons p ON p.code = c.code`,
    [version.id, version.programmeId, cohorts.map((c) => c.prison), cohorts.map((c) => c.name), cohorts.map((c) => c.startsOn), cohorts.map((c) => c.endsOn)],
  );
  const cohortIdSql = `(SELECT co.id FROM cohorts co JOIN prisons cp ON cp.id = co.prison_id WHERE cp.code = x.code AND co.name = x.cohort)`;
  await manager.query(
    `INSERT INTO cohort_staff (cohort_id, user_id, role)
     SELECT co.id, u.id, 'trainer' FROM cohorts co JOIN prisons p ON p.id = co.prison_id JOIN users u ON u.username = 'trainer.' || lower(p.code)
      WHERE p.code = ANY($1)`,
    [PRISONS.map((p) => p.code)],
  );
  const sessions = cohorts.flatMap((c) => c.sessions.map((s) => ({ ...s, code: c.prison, cohort: c.name })));
  await manager.query(
    `WITH x AS (SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::time[], $5::time[], $6::text[], $7::text[]) AS x(code, cohort, held_on, starts_at, ends_at, location, modules)),
     added AS (
       INSERT INTO training_sessions (cohort_id, held_on, starts_at, ends_at, location, created_at)
       SELECT ${cohortIdSql}, x.held_on, x.starts_at, x.ends_at, x.location, (x.held_on - 14)::timestamp AT TIME ZONE 'Europe/London' FROM x
       RETURNING id, cohort_id, held_on)
     INSERT INTO training_session_modules (session_id, module_id)
     SELECT a.id, m.id FROM added a JOIN x ON ${cohortIdSql} = a.cohort_id AND x.held_on = a.held_on
       JOIN programme_modules m ON m.programme_version_id = $8 AND m.number = ANY(string_to_array(x.modules, ',')::int[])`,
    [
      sessions.map((s) => s.code),
      sessions.map((s) => s.cohort),
      sessions.map((s) => s.heldOn),
      sessions.map((s) => s.startsAt),
      sessions.map((s) => s.endsAt),
      sessions.map((s) => s.location),
      sessions.map((s) => s.modules.join(',')),
      version.id,
    ],
  );

  // Buddies, their selection decisions, places on cohorts, releases.
  const b = buddies;
  await manager.query(
    `INSERT INTO buddies (prison_number, first_name, last_name, prison_id, applied_on, selection_status, released_on, created_at, updated_at, version)
     SELECT x.n, x.f, x.l, p.id, x.applied, x.sel::selection_status, x.released, x.applied::timestamp AT TIME ZONE 'Europe/London', x.applied::timestamp AT TIME ZONE 'Europe/London', 1
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::date[]) AS x(code, n, f, l, applied, sel, released) JOIN prisons p ON p.code = x.code`,
    [b.map((x) => x.prison), b.map((x) => x.prisonNumber), b.map((x) => x.firstName), b.map((x) => x.lastName), b.map((x) => x.appliedOn), b.map((x) => x.selection), b.map((x) => x.releasedOn)],
  );
  const decided = b.filter((x) => x.decidedOn);
  await manager.query(
    `INSERT INTO selection_decisions (buddy_id, outcome, security_check_done, risk_assessment_done, decided_by_user_id, decided_on, notes, created_at)
     SELECT bd.id, x.outcome::selection_outcome, x.outcome = 'approved', x.outcome = 'approved', u.id, x.decided_on,
            CASE x.outcome WHEN 'approved' THEN 'Security and risk checks clear; good reports from wing staff.' ELSE 'Not suitable at present: a recent adjudication.' END,
            x.decided_on::timestamp AT TIME ZONE 'Europe/London'
       FROM unnest($1::text[], $2::text[], $3::date[]) AS x(n, outcome, decided_on)
       JOIN buddies bd ON bd.prison_number = x.n JOIN prisons p ON p.id = bd.prison_id JOIN users u ON u.username = 'coordinator.' || lower(p.code)`,
    [decided.map((x) => x.prisonNumber), decided.map((x) => x.selection), decided.map((x) => x.decidedOn)],
  );
  const enrolled = b.filter((x) => x.cohort);
  await manager.query(
    `INSERT INTO enrolments (cohort_id, buddy_id, programme_id, status, enrolled_on, withdrawn_on, withdrawal_reason, created_at, version)
     SELECT ${cohortIdSql}, bd.id, $1, CASE WHEN x.withdrawn IS NULL THEN 'active' ELSE 'withdrawn' END::enrolment_status, x.enrolled, x.withdrawn,
            CASE WHEN x.withdrawn IS NOT NULL THEN 'Moved to a job in the kitchens and could not attend' END, x.enrolled::timestamp AT TIME ZONE 'Europe/London', 1
       FROM unnest($2::text[], $3::text[], $4::text[], $5::date[], $6::date[]) AS x(n, code, cohort, enrolled, withdrawn) JOIN buddies bd ON bd.prison_number = x.n`,
    [version.programmeId, enrolled.map((x) => x.prisonNumber), enrolled.map((x) => x.prison), enrolled.map((x) => x.cohort?.name), enrolled.map((x) => x.cohort?.startsOn), enrolled.map((x) => x.withdrawnOn)],
  );
  const moved = b.find((x) => x.prison === 'HLI' && x.plan === 'approved');
  if (moved) {
    // One buddy came to Hull from Humber, approved there before the move.
    await manager.query(
      `INSERT INTO buddy_transfers (buddy_id, from_prison_id, to_prison_id, transferred_on, recorded_by_user_id)
       SELECT bd.id, (SELECT id FROM prisons WHERE code = 'HMI'), bd.prison_id, $2, (SELECT id FROM users WHERE username = 'coordinator.hli')
         FROM buddies bd WHERE bd.prison_number = $1`,
      [moved.prisonNumber, addDays(moved.decidedOn ?? today, 10)],
    );
  }

  // Attendance at every past session after they joined and before any withdrawal: mostly present.
  const mark = sqlHash(`bd.prison_number || s.held_on::text`);
  await manager.query(
    `INSERT INTO attendance_marks (session_id, buddy_id, mark, recorded_by_user_id, recorded_at)
     SELECT s.id, bd.id,
            (CASE WHEN ${mark} % 100 < 84 THEN 'present' WHEN ${mark} % 100 < 91 THEN 'late' WHEN ${mark} % 100 < 97 THEN 'absent' ELSE 'excused' END)::attendance_mark,
            cs.user_id, (s.held_on + s.ends_at) AT TIME ZONE 'Europe/London'
       FROM enrolments e JOIN buddies bd ON bd.id = e.buddy_id JOIN training_sessions s ON s.cohort_id = e.cohort_id
       JOIN cohorts co ON co.id = e.cohort_id JOIN prisons p ON p.id = co.prison_id JOIN cohort_staff cs ON cs.cohort_id = co.id
      WHERE p.code = ANY($1) AND s.held_on < $2::date AND s.held_on >= e.enrolled_on AND (e.withdrawn_on IS NULL OR s.held_on <= e.withdrawn_on)`,
    [PRISONS.map((p) => p.code), today],
  );

  // Assessment: each criterion of a finished module met a few days after its session; for some,
  // a first check not yet met; on the running cohort, the next module part-way.
  await manager.query(
    `WITH x AS (SELECT * FROM unnest($1::text[], $2::int[], $3::int[]) AS x(n, done, h)),
     decision AS (
       SELECT bd.id AS buddy_id, ac.id AS criterion_id, e.cohort_id, ac.kind, m.number, ac.position, lo.position AS lo_position, x.done, x.h,
              LEAST(min(s.held_on) + 4, $4::date - 1) AS on_day, cs.user_id
         FROM x JOIN buddies bd ON bd.prison_number = x.n JOIN enrolments e ON e.buddy_id = bd.id
         JOIN cohort_staff cs ON cs.cohort_id = e.cohort_id
         JOIN assessment_criteria ac ON ac.programme_version_id = $5 JOIN programme_modules m ON m.id = ac.module_id
         JOIN learning_outcomes lo ON lo.id = ac.outcome_id
         JOIN training_session_modules tsm ON tsm.module_id = m.id JOIN training_sessions s ON s.id = tsm.session_id AND s.cohort_id = e.cohort_id
        WHERE m.number <= x.done + 1
        GROUP BY bd.id, ac.id, e.cohort_id, ac.kind, m.number, ac.position, lo.position, x.done, x.h, cs.user_id),
     rows AS (
       SELECT d.*, 'met' AS outcome, d.on_day AS assessed_on, 1 AS attempt FROM decision d WHERE d.number <= d.done
       UNION ALL
       SELECT d.*, 'not_yet_met', d.on_day - 2, 0 FROM decision d
        WHERE d.position = 1 AND d.lo_position = 1 AND ((d.number = 2 AND d.h % 3 = 0 AND d.done >= 2) OR (d.number = d.done + 1 AND d.done < 14)))
     INSERT INTO assessment_decisions (buddy_id, criterion_id, cohort_id, outcome, method, assessed_on, evidence_note, assessor_user_id, recorded_at)
     SELECT r.buddy_id, r.criterion_id, r.cohort_id, r.outcome::assessment_outcome,
            (CASE WHEN r.outcome = 'not_yet_met' THEN 'questioning' WHEN r.kind = 'competence' THEN 'observation' ELSE 'workbook' END)::assessment_method,
            r.assessed_on, CASE WHEN r.outcome = 'met' THEN 'Seen during the session and on the wing' ELSE 'Not yet: to go over again next session' END,
            r.user_id, (r.assessed_on + time '16:00') AT TIME ZONE 'Europe/London'
       FROM rows r
      ORDER BY r.assessed_on, r.attempt, r.number, r.lo_position, r.position`,
    [enrolled.map((x) => x.prisonNumber), enrolled.map((x) => x.modulesDone), enrolled.map((x) => x.h), today, version.id],
  );

  // Certificates, numbered per prison and year in order of issue.
  const certified = b.filter((x) => x.certificate).sort((x, y) => (x.certificate?.issuedOn ?? '').localeCompare(y.certificate?.issuedOn ?? ''));
  const issued: { x: BuddyPlan; number: string; issuedOn: string; expiresOn: string; status: string; renews: string | null }[] = [];
  const counters = new Map<string, number>();
  const nextNumber = (prison: string, issuedOn: string) => {
    const year = Number(issuedOn.slice(0, 4));
    const sequence = (counters.get(`${prison}:${year}`) ?? 0) + 1;
    counters.set(`${prison}:${year}`, sequence);
    return certificateNumber(prison, year, sequence);
  };
  for (const x of certified) {
    const c = x.certificate as NonNullable<BuddyPlan['certificate']>;
    const number = nextNumber(x.prison, c.issuedOn);
    issued.push({ x, number, issuedOn: c.issuedOn, expiresOn: addMonths(c.issuedOn, 24), status: c.status, renews: null });
  }
  for (const x of certified.filter((y) => y.certificate?.renewedOn)) {
    const renewedOn = x.certificate?.renewedOn as string;
    const old = issued.find((i) => i.x === x);
    issued.push({ x, number: nextNumber(x.prison, renewedOn), issuedOn: renewedOn, expiresOn: addMonths(renewedOn, 24), status: 'valid', renews: old?.number ?? null });
  }
  await manager.query(
    `INSERT INTO certificates (number, buddy_id, programme_version_id, programme_id, prison_id, issued_on, expires_on, status, verification_code, issued_by_user_id, created_at, version, renews_certificate_id)
     SELECT x.number, bd.id, $1, $2, bd.prison_id, x.issued_on, x.expires_on, x.status::stored_certificate_status, x.code, u.id,
            x.issued_on::timestamp AT TIME ZONE 'Europe/London', CASE WHEN x.status = 'valid' THEN 1 ELSE 2 END,
            (SELECT r.id FROM certificates r WHERE r.number = x.renews)
       FROM unnest($3::text[], $4::text[], $5::date[], $6::date[], $7::text[], $8::text[], $9::text[]) WITH ORDINALITY AS x(n, number, issued_on, expires_on, status, code, renews, i)
       JOIN buddies bd ON bd.prison_number = x.n JOIN prisons p ON p.id = bd.prison_id JOIN users u ON u.username = 'coordinator.' || lower(p.code)
      WHERE x.renews IS NULL`,
    [
      version.id,
      version.programmeId,
      issued.map((i) => i.x.prisonNumber),
      issued.map((i) => i.number),
      issued.map((i) => i.issuedOn),
      issued.map((i) => i.expiresOn),
      issued.map((i) => i.status),
      issued.map(() => randomBytes(16).toString('base64url')),
      issued.map((i) => i.renews),
    ],
  );
  // Renewals after the certificates they renew (the reference needs them there).
  const renewals = issued.filter((i) => i.renews);
  await manager.query(
    `INSERT INTO certificates (number, buddy_id, programme_version_id, programme_id, prison_id, issued_on, expires_on, status, verification_code, issued_by_user_id, created_at, version, renews_certificate_id)
     SELECT x.number, r.buddy_id, r.programme_version_id, r.programme_id, r.prison_id, x.issued_on, x.expires_on, 'valid', x.code, r.issued_by_user_id,
            x.issued_on::timestamp AT TIME ZONE 'Europe/London', 1, r.id
       FROM unnest($1::text[], $2::date[], $3::date[], $4::text[], $5::text[]) AS x(number, issued_on, expires_on, code, renews) JOIN certificates r ON r.number = x.renews`,
    [renewals.map((i) => i.number), renewals.map((i) => i.issuedOn), renewals.map((i) => i.expiresOn), renewals.map(() => randomBytes(16).toString('base64url')), renewals.map((i) => i.renews)],
  );
  await manager.query(
    `INSERT INTO certificate_counters (prison_id, year, last_number)
     SELECT p.id, x.year, x.last FROM unnest($1::text[], $2::int[], $3::int[]) AS x(code, year, last) JOIN prisons p ON p.code = x.code
     ON CONFLICT (prison_id, year) DO UPDATE SET last_number = GREATEST(certificate_counters.last_number, EXCLUDED.last_number)`,
    [[...counters.keys()].map((k) => k.split(':')[0]), [...counters.keys()].map((k) => Number(k.split(':')[1])), [...counters.values()]],
  );
  // Each status change with its reason: suspended pending a concern, revoked after one, superseded by a renewal.
  const changes = issued
    .filter((i) => i.status !== 'valid' && !i.renews)
    .flatMap((i) => {
      const on = i.x.certificate?.changedOn as string;
      if (i.status === 'suspended') return [{ number: i.number, from: 'valid', to: 'suspended', reason: 'Pending review of a boundary concern', on }];
      if (i.status === 'revoked')
        return [
          { number: i.number, from: 'valid', to: 'suspended', reason: 'Pending review of a safeguarding concern', on: addDays(on, -10) },
          { number: i.number, from: 'suspended', to: 'revoked', reason: 'Safeguarding concern upheld after review', on },
        ];
      return [{ number: i.number, from: 'valid', to: 'superseded', reason: `Renewed by certificate ${issued.find((r) => r.renews === i.number)?.number}`, on }];
    });
  await manager.query(
    `INSERT INTO certificate_status_changes (certificate_id, from_status, to_status, reason, changed_by_user_id, changed_at)
     SELECT c.id, x.f::stored_certificate_status, x.t::stored_certificate_status, x.reason, c.issued_by_user_id, (x.on_day + time '14:00') AT TIME ZONE 'Europe/London'
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[]) WITH ORDINALITY AS x(number, f, t, reason, on_day, i) JOIN certificates c ON c.number = x.number
      ORDER BY x.i`,
    [changes.map((c) => c.number), changes.map((c) => c.from), changes.map((c) => c.to), changes.map((c) => c.reason), changes.map((c) => c.on)],
  );
  // Before renewing, the refresher criteria met again.
  const renewing = b.filter((x) => x.certificate?.renewedOn);
  await manager.query(
    `INSERT INTO assessment_decisions (buddy_id, criterion_id, cohort_id, outcome, method, assessed_on, evidence_note, assessor_user_id, recorded_at)
     SELECT e.buddy_id, ac.id, e.cohort_id, 'met', CASE WHEN ac.kind = 'competence' THEN 'observation' ELSE 'questioning' END::assessment_method,
            x.on_day - 10, 'Refresher: talked through and seen on the wing', cs.user_id, (x.on_day - 10 + time '16:00') AT TIME ZONE 'Europe/London'
       FROM unnest($1::text[], $2::date[]) AS x(n, on_day) JOIN buddies bd ON bd.prison_number = x.n JOIN enrolments e ON e.buddy_id = bd.id
       JOIN cohort_staff cs ON cs.cohort_id = e.cohort_id
       JOIN assessment_criteria ac ON ac.programme_version_id = $3 AND ac.refresher JOIN programme_modules m ON m.id = ac.module_id
      ORDER BY bd.prison_number, m.number, ac.position`,
    [renewing.map((x) => x.prisonNumber), renewing.map((x) => x.certificate?.renewedOn), version.id],
  );

  // Supervision about monthly from the start of training (in the last year), until today or release.
  const supervised = b.filter((x) => x.cohort && x.selection === 'approved' && x.cohort.startsOn < today);
  const sh = sqlHash(`x.n || ':' || k::text`);
  await manager.query(
    `WITH x AS (SELECT * FROM unnest($1::text[], $2::date[], $3::date[], $4::int[]) AS x(n, started, until, gap)),
     held AS (
       SELECT x.n, (x.until - x.gap - 30 * k - (${sh} % 5))::date AS held_on, k, ${sh} AS h
         FROM x CROSS JOIN generate_series(0, 12) AS k)
     INSERT INTO supervisions (buddy_id, prison_id, supervisor_user_id, held_on, duration_minutes, hours_worked_since_last, wellbeing, boundaries_discussed, concerns, agreed_actions, recorded_at)
     SELECT bd.id, bd.prison_id, u.id, held.held_on, 20 + 5 * (held.h % 9),
            CASE WHEN EXISTS (SELECT 1 FROM certificates c WHERE c.buddy_id = bd.id AND c.issued_on <= held.held_on - 14) THEN 6 + held.h % 22 + (held.h % 2) * 0.5 ELSE 0 END,
            LEAST(5, 2 + held.h % 4 + (held.k % 2)), held.h % 7 <> 0,
            CASE WHEN held.h % 11 = 0 THEN 'Finds the evenings on the wing hard.' ELSE '' END,
            (ARRAY['Carry on as agreed.', 'Ask for a refresher on moving and handling.', 'Keep a note of anything that feels outside the role.', 'Book the next supervision in four weeks.'])[1 + held.h % 4],
            (held.held_on + time '15:00') AT TIME ZONE 'Europe/London'
       FROM held JOIN x ON x.n = held.n JOIN buddies bd ON bd.prison_number = held.n JOIN prisons p ON p.id = bd.prison_id
       JOIN users u ON u.username = 'coordinator.' || lower(p.code)
      WHERE held.held_on >= x.started + 7 AND held.held_on >= bd.applied_on
      ORDER BY held.held_on`,
    [
      supervised.map((x) => x.prisonNumber),
      supervised.map((x) => (x.cohort as CohortPlan).startsOn),
      supervised.map((x) => x.releasedOn ?? today),
      supervised.map((x) => x.lastSupervisedDaysAgo),
    ],
  );

  // People with care needs at each prison, and the support each has had.
  const recipients = PRISONS.flatMap((p, pi) =>
    Array.from({ length: Math.round(p.buddies * 0.6) }, (_, i) => {
      const n = i + 1;
      const h = hash(`${p.code}:recipient:${n}`);
      const need = NEEDS[h % NEEDS.length];
      return {
        prison: p.code,
        n,
        h,
        prisonNumber: `${p.letter}8${String(n).padStart(3, '0')}${String.fromCharCode(65 + pi)}${String.fromCharCode(65 + (h % 26))}`,
        firstName: RECIPIENT_FIRST[(n * 5 + pi * 7) % RECIPIENT_FIRST.length],
        lastName: LAST_NAMES[(n * 13 + pi * 3 + 4) % LAST_NAMES.length],
        ...need,
        ref: `${p.code}-ASC-${String(1000 + h % 9000)}`,
        addedOn: day(-360 + 10 * n),
      };
    }),
  );
  await manager.query(
    `INSERT INTO recipients (prison_number, first_name, last_name, prison_id, support_summary, care_plan_reference, created_at, updated_at, version)
     SELECT x.n, x.f, x.l, p.id, x.summary, x.ref, (x.added + time '11:00') AT TIME ZONE 'Europe/London', (x.added + time '11:00') AT TIME ZONE 'Europe/London', 1
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[]) AS x(code, n, f, l, summary, ref, added) JOIN prisons p ON p.code = x.code`,
    [
      recipients.map((r) => r.prison),
      recipients.map((r) => r.prisonNumber),
      recipients.map((r) => r.firstName),
      recipients.map((r) => r.lastName),
      recipients.map((r) => r.summary),
      recipients.map((r) => r.ref),
      recipients.map((r) => r.addedOn),
    ],
  );

  // Each recipient is supported by a certified buddy from when both could; support ends when
  // the buddy is released, loses their certificate or it runs out, and for some for their own
  // reasons, after which most are supported again and a few wait.
  const allocations: { buddy: string; recipient: string; tasks: string[]; hours: number; startsOn: string; endedOn: string | null; reason: string | null }[] = [];
  const hoursOf = new Map<string, number>();
  for (const p of PRISONS) {
    const carers = buddies.filter((x) => x.prison === p.code && x.certificate && x.plan !== 'renewed');
    const later = buddies.filter((x) => x.prison === p.code && x.certificate && x.certificate.status === 'valid' && !x.availableUntil && x.plan !== 'veteran');
    recipients
      .filter((r) => r.prison === p.code)
      .forEach((r, j) => {
        const buddy = carers[j % carers.length];
        const hours = 2 + (r.h % 3);
        const issuedOn = buddy.certificate?.issuedOn as string;
        let startsOn = maxDate(r.addedOn, issuedOn) === r.addedOn ? addDays(r.addedOn, 5 + (r.h % 20)) : addDays(issuedOn, 5 + (r.h % 20));
        if (buddy.availableUntil && startsOn > addDays(buddy.availableUntil, -20)) startsOn = maxDate(addDays(buddy.availableUntil, -20), addDays(issuedOn, 1));
        if (startsOn >= today) startsOn = day(-1 - (r.h % 3));
        let endedOn: string | null = null;
        let reason: string | null = null;
        if (buddy.availableUntil && buddy.availableUntil < today) {
          endedOn = buddy.availableUntil;
          reason = buddy.plan === 'released' ? 'The buddy was released' : buddy.plan === 'revoked' ? 'The buddy’s certificate was revoked' : 'The buddy’s certificate expired';
        } else if (r.n % 4 === 0 && startsOn < day(-90)) {
          endedOn = minDate(addDays(startsOn, 60 + (r.h % 40)), day(-20));
          reason = ENDINGS[r.h % ENDINGS.length];
        }
        allocations.push({ buddy: buddy.prisonNumber, recipient: r.prisonNumber, tasks: r.tasks, hours, startsOn, endedOn, reason });
        if (!endedOn) hoursOf.set(buddy.prisonNumber, (hoursOf.get(buddy.prisonNumber) ?? 0) + hours);
        // Supported again, except every third (waiting since the support ended).
        if (endedOn && r.n % 3 !== 0 && later.length) {
          const next = later.find((x) => (hoursOf.get(x.prisonNumber) ?? 0) + 2 <= 8 && x.prisonNumber !== buddy.prisonNumber && (x.certificate?.issuedOn ?? today) < endedOn);
          if (next) {
            allocations.push({ buddy: next.prisonNumber, recipient: r.prisonNumber, tasks: r.tasks, hours: 2, startsOn: minDate(addDays(endedOn, 3 + (r.h % 10)), day(-1)), endedOn: null, reason: null });
            hoursOf.set(next.prisonNumber, (hoursOf.get(next.prisonNumber) ?? 0) + 2);
          }
        }
      });
  }
  await manager.query(
    `INSERT INTO allocations (buddy_id, recipient_id, prison_id, tasks, planned_weekly_hours, starts_on, status, ended_on, end_reason, allocated_by_user_id, created_at, version)
     SELECT bd.id, r.id, r.prison_id, string_to_array(x.tasks, ','), x.hours, x.starts_on, CASE WHEN x.ended_on IS NULL THEN 'active' ELSE 'ended' END::allocation_status,
            x.ended_on, x.reason, u.id, (x.starts_on - 1 + time '10:00') AT TIME ZONE 'Europe/London', CASE WHEN x.ended_on IS NULL THEN 1 ELSE 2 END
       FROM unnest($1::text[], $2::text[], $3::text[], $4::numeric[], $5::date[], $6::date[], $7::text[]) AS x(b, r, tasks, hours, starts_on, ended_on, reason)
       JOIN buddies bd ON bd.prison_number = x.b JOIN recipients r ON r.prison_number = x.r JOIN prisons p ON p.id = r.prison_id
       JOIN users u ON u.username = 'coordinator.' || lower(p.code)`,
    [
      allocations.map((a) => a.buddy),
      allocations.map((a) => a.recipient),
      allocations.map((a) => a.tasks.join(',')),
      allocations.map((a) => a.hours),
      allocations.map((a) => a.startsOn),
      allocations.map((a) => a.endedOn),
      allocations.map((a) => a.reason),
    ],
  );

  // Outcome reviews four weeks into each support, then quarterly, scores rising as it beds in;
  // one in five is behind with the latest review.
  const oh = sqlHash(`a.id::text || k::text`);
  await manager.query(
    `INSERT INTO outcome_reviews (recipient_id, prison_id, allocation_id, reviewed_on, helps_score, independence_score, comment, recorded_by_user_id, recorded_at)
     SELECT a.recipient_id, a.prison_id, a.id, r.on_day, LEAST(5, 3 + r.k / 2 + r.h % 2), LEAST(5, 2 + r.k / 2 + (r.h / 2) % 2), ($2::text[])[1 + r.h % $3::int], a.allocated_by_user_id,
            (r.on_day + time '12:00') AT TIME ZONE 'Europe/London'
       FROM allocations a JOIN prisons p ON p.id = a.prison_id
       CROSS JOIN LATERAL (
         SELECT k, (a.starts_on + 28 + 91 * k - ${oh} % 6)::date AS on_day, ${oh} AS h FROM generate_series(0, 4) AS k) r
      WHERE p.code = ANY($1) AND r.on_day > a.starts_on AND r.on_day < COALESCE(a.ended_on, $4::date)
        AND NOT (a.status = 'active' AND ${sqlHash('a.id::text')} % 5 = 0 AND r.on_day > $4::date - 91)
      ORDER BY r.on_day`,
    [PRISONS.map((p) => p.code), COMMENTS, COMMENTS.length, today],
  );

  // Concerns: boundary and safeguarding, about buddies and about recipients, open and resolved.
  const concerns: { code: string; buddy: string | null; recipient: string | null; kind: string; description: string; raisedOn: string; outcome: string | null; reviewedOn: string | null }[] = [];
  for (const p of PRISONS) {
    const at = buddies.filter((x) => x.prison === p.code);
    const suspended = at.find((x) => x.plan === 'suspended');
    const revoked = at.find((x) => x.plan === 'revoked');
    const certified = at.filter((x) => x.plan === 'certified');
    if (suspended?.certificate?.changedOn)
      concerns.push({ code: p.code, buddy: suspended.prisonNumber, recipient: null, kind: 'boundary', description: 'Seen lending phone credit to the man he supports, which is outside the buddy role.', raisedOn: addDays(suspended.certificate.changedOn, -1), outcome: null, reviewedOn: null });
    if (revoked?.certificate?.changedOn)
      concerns.push({ code: p.code, buddy: revoked.prisonNumber, recipient: null, kind: 'safeguarding', description: 'A recipient said he was pressured to hand over canteen items.', raisedOn: addDays(revoked.certificate.changedOn, -11), outcome: 'Upheld after review with the safer custody team: certificate revoked and allocations ended.', reviewedOn: revoked.certificate.changedOn });
    if (certified[1])
      concerns.push({ code: p.code, buddy: certified[1].prisonNumber, recipient: null, kind: 'boundary', description: 'Helped a recipient to dress, which is intimate care and outside the role.', raisedOn: day(-120 - p.shift), outcome: 'Talked through the limits of the role in supervision; no further action.', reviewedOn: day(-112 - p.shift) });
    const person = recipients.find((r) => r.prison === p.code && r.n === 2);
    if (person && p.code !== 'DAI')
      concerns.push({ code: p.code, buddy: null, recipient: person.prisonNumber, kind: 'safeguarding', description: 'Seemed withdrawn and was not eating; his buddy raised it.', raisedOn: day(-30 - p.shift), outcome: p.shift % 2 ? null : 'Referred to healthcare; eating again and seen weekly.', reviewedOn: p.shift % 2 ? null : day(-25 - p.shift) });
  }
  await manager.query(
    `INSERT INTO concerns (buddy_id, recipient_id, prison_id, kind, description, raised_by_user_id, raised_at, status, outcome, reviewed_by_user_id, reviewed_at, version)
     SELECT bd.id, r.id, p.id, x.kind::concern_kind, x.description, t.id, (x.raised + time '10:30') AT TIME ZONE 'Europe/London',
            CASE WHEN x.outcome IS NULL THEN 'open' ELSE 'resolved' END::concern_status, x.outcome, CASE WHEN x.outcome IS NOT NULL THEN c.id END,
            (x.reviewed + time '16:00') AT TIME ZONE 'Europe/London', CASE WHEN x.outcome IS NULL THEN 1 ELSE 2 END
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::date[]) AS x(code, b, r, kind, description, raised, outcome, reviewed)
       JOIN prisons p ON p.code = x.code LEFT JOIN buddies bd ON bd.prison_number = x.b LEFT JOIN recipients r ON r.prison_number = x.r
       JOIN users t ON t.username = 'trainer.' || lower(x.code) JOIN users c ON c.username = 'coordinator.' || lower(x.code)`,
    [
      concerns.map((c) => c.code),
      concerns.map((c) => c.buddy),
      concerns.map((c) => c.recipient),
      concerns.map((c) => c.kind),
      concerns.map((c) => c.description),
      concerns.map((c) => c.raisedOn),
      concerns.map((c) => c.outcome),
      concerns.map((c) => c.reviewedOn),
    ],
  );

  await manager.query(
    `INSERT INTO audit_events (actor_user_id, action, entity_type, entity_id, prison_id, after)
     SELECT NULL, 'demo.history_seeded', 'prison', p.id::text, p.id, jsonb_build_object('buddies', x.buddies, 'recipients', x.recipients)
       FROM unnest($1::text[], $2::int[], $3::int[]) AS x(code, buddies, recipients) JOIN prisons p ON p.code = x.code`,
    [PRISONS.map((p) => p.code), PRISONS.map((p) => p.buddies), PRISONS.map((p) => recipients.filter((r) => r.prison === p.code).length)],
  );
}

const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);

function isHoliday(iso: string): boolean {
  return iso.endsWith('-12-25') || iso.endsWith('-12-26') || iso.endsWith('-01-01') || bankHolidayOn(iso) !== undefined;
}
