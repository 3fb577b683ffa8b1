import type { CertificateStatus, SelectionStatus, StoredCertificateStatus } from '@peerpath/contracts';
import {
  addDays,
  attendanceFigures,
  certificateRank,
  certificateStatus,
  cohortStatus,
  expiryReminder,
  heldDuringTraining,
  inTraining,
  isShortCode,
  JOURNEY_STAGES,
  journeyStage,
  moduleComplete,
  moduleProgressState,
  normaliseShortCode,
  outcomeReviewDueOn,
  SHORT_CODE_ALPHABET,
  supervisedWithin,
  supervisionNextDue,
  supervisionState,
  trainingStartOf,
} from '@peerpath/domain';
import type { DataSource } from 'typeorm';
import { journeyStageSql, mayBeAtStageSql } from '@peerpath/api/buddies/buddies.sql';
import { certificateRankSql, certificateStatusSql, expiryReminderSql } from '@peerpath/api/certification/certification.sql';
import { cohortStatusSql, heldDuringTrainingSql, inTrainingSql, trainingStartSql } from '@peerpath/api/cohorts/cohorts.sql';
import { createDataSource } from '@peerpath/api/database/data-source';
import { migrate } from '@peerpath/api/database/migrate';
import type { ScratchDatabase } from '@peerpath/api/database/scratch-database';
import { outcomeReviewDueOnSql } from '@peerpath/api/outcomes/outcomes.sql';
import { attendanceCountedSql, attendedSql, moduleCompleteSql, moduleProgressStateSql } from '@peerpath/api/progress/progress.sql';
import { supervisedWithinSql, supervisionNextDueSql, supervisionStateSql } from '@peerpath/api/supervision/supervision.sql';
import { createTestDatabase } from '@peerpath/api/testing/test-app';

/*
 * One definition per rule: every rule that SQL filters or aggregates on has a function in
 * libs/domain and one SQL expression in a <feature>.sql.ts. Each table of cases below goes
 * through both, on real PostgreSQL, and the answers must be the same for every case, so an
 * edit to one side alone fails the build.
 */

const TODAY = '2026-07-16';
/** Dates around today and around each other, where the rules turn. */
const DATES = [-60, -29, -28, -27, -8, -7, -1, 0, 1, 6, 7, 8, 30].map((d) => addDays(TODAY, d));
const NEAR = [-1, 0, 1].map((d) => addDays(TODAY, d));

type Value = string | number | boolean | null;
type Case = Record<string, Value>;

function product<T extends Case>(axes: { [K in keyof T]: readonly T[K][] }): T[] {
  return Object.entries(axes).reduce<Case[]>(
    (cases, [name, values]) => cases.flatMap((c) => (values as Value[]).map((v) => ({ ...c, [name]: v }))),
    [{}],
  ) as T[];
}

let database: ScratchDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await createDataSource(database.url).initialize();
  await migrate(dataSource);
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

/**
 * Evaluates `expression` once per case in one statement: each case's values arrive as
 * columns of `t` (all text, cast by the caller's `columns`), in order.
 */
async function sqlAnswers(cases: Case[], columns: Record<string, string>, expression: (t: Record<string, string>) => string): Promise<(string | null)[]> {
  const names = Object.keys(columns);
  const refs = Object.fromEntries(names.map((n) => [n, `(t.${n})::${columns[n]}`]));
  // Answers come back as text (a date as YYYY-MM-DD, a boolean as true/false), compared as text.
  const rows: { answer: string | null }[] = await dataSource.query(
    `SELECT (${expression(refs)})::text AS answer
       FROM unnest(${names.map((_, i) => `$${i + 1}::text[]`).join(', ')}) WITH ORDINALITY AS t(${names.join(', ')}, i)
      ORDER BY t.i`,
    names.map((n) => cases.map((c) => (c[n] === null ? null : String(c[n])))),
  );
  return rows.map((r) => r.answer);
}

/** Requires every case to give the same answer both ways, naming the cases that do not. */
async function expectAgreement<T extends Case>(cases: T[], columns: Record<string, string>, sql: (t: Record<string, string>) => string, domain: (c: T) => Value): Promise<void> {
  expect(cases.length).toBeGreaterThan(0);
  const fromSql = await sqlAnswers(cases, columns, sql);
  const asText = (v: Value) => (v === null ? null : String(v));
  const disagreements = cases.map((c, i) => ({ case: c, domain: asText(domain(c)), sql: fromSql[i] })).filter((d) => d.domain !== d.sql);
  expect(disagreements).toEqual([]);
}

const STORED: StoredCertificateStatus[] = ['valid', 'suspended', 'revoked', 'superseded'];
const DERIVED: CertificateStatus[] = ['valid', 'suspended', 'revoked', 'superseded', 'expired'];

describe('each rule gives the same answer in SQL as in libs/domain', () => {
  it('certificate status (expired is derived; only a valid certificate expires)', async () => {
    const cases = product<{ stored: StoredCertificateStatus; expiresOn: string; today: string }>({ stored: STORED, expiresOn: NEAR, today: [TODAY] });
    await expectAgreement(cases, { stored: 'stored_certificate_status', expiresOn: 'date', today: 'date' }, (t) => certificateStatusSql(t['stored'], t['expiresOn'], t['today']), (c) =>
      certificateStatus(c.stored, c.expiresOn, c.today),
    );
  });

  it('certificate expiry reminder (90, 60, 30 and 7 days; none beyond 90 or once expired)', async () => {
    const cases = product<{ daysLeft: number }>({ daysLeft: [-30, -1, 0, 1, 6, 7, 8, 29, 30, 31, 59, 60, 61, 89, 90, 91, 365] });
    await expectAgreement(cases, { daysLeft: 'int' }, (t) => expiryReminderSql(t['daysLeft']), (c) => expiryReminder(c.daysLeft));
  });

  it('which certificate speaks for the buddy (precedence)', async () => {
    const cases = product<{ status: CertificateStatus }>({ status: DERIVED });
    await expectAgreement(cases, { status: 'text' }, (t) => certificateRankSql(t['status']), (c) => certificateRank(c.status));
  });

  it('journey stage', async () => {
    const cases = product<{ released: boolean; selection: SelectionStatus; certificate: CertificateStatus | null; inTraining: boolean }>({
      released: [false, true],
      selection: ['applied', 'approved', 'declined'],
      certificate: [null, ...DERIVED],
      inTraining: [false, true],
    });
    await expectAgreement(
      cases,
      { released: 'boolean', selection: 'selection_status', certificate: 'text', inTraining: 'boolean' },
      (t) => journeyStageSql({ released: t['released'], selectionStatus: t['selection'], certificate: t['certificate'], inTraining: t['inTraining'] }),
      (c) => journeyStage({ released: c.released, selectionStatus: c.selection, certificate: c.certificate, inTraining: c.inTraining }),
    );
  });

  it('journey stage: the register’s narrowing by the record alone keeps every buddy at the stage', async () => {
    const cases = product<{ released: boolean; selection: SelectionStatus; certificate: CertificateStatus | null; inTraining: boolean }>({
      released: [false, true],
      selection: ['applied', 'approved', 'declined'],
      certificate: [null, ...DERIVED],
      inTraining: [false, true],
    });
    for (const stage of JOURNEY_STAGES) {
      const kept = await sqlAnswers(cases, { released: 'boolean', selection: 'selection_status' }, (t) => mayBeAtStageSql(stage, { released: t['released'], selectionStatus: t['selection'] }));
      const at = (c: (typeof cases)[number]) => journeyStage({ released: c.released, selectionStatus: c.selection, certificate: c.certificate, inTraining: c.inTraining }) === stage;
      expect(cases.filter((c, i) => at(c) && kept[i] !== 'true')).toEqual([]);
      // It narrows: a record that could never be at the stage, whatever its certificate or training, is left out.
      const possible = (c: (typeof cases)[number]) => cases.some((o) => o.released === c.released && o.selection === c.selection && at(o));
      expect(cases.filter((c, i) => !possible(c) && kept[i] !== 'false')).toEqual([]);
    }
  });

  it('module complete (every criterion met; a module without criteria never is)', async () => {
    const cases = product<{ met: number; total: number }>({ met: [0, 1, 2, 3], total: [0, 1, 2, 3] });
    await expectAgreement(cases, { met: 'int', total: 'int' }, (t) => moduleCompleteSql(t['met'], t['total']), (c) => moduleComplete(c.met, c.total));
  });

  it('module progress state (complete, in progress once anything is decided, not started)', async () => {
    const cases = product<{ met: number; total: number; decided: number }>({ met: [0, 1, 2], total: [0, 1, 2], decided: [0, 1, 2] }).filter((c) => c.met <= c.decided);
    await expectAgreement(cases, { met: 'int', total: 'int', decided: 'int' }, (t) => moduleProgressStateSql(t['met'], t['total'], t['decided']), (c) =>
      moduleProgressState(c.met, c.total, c.decided),
    );
  });

  it('attendance: present and late attended, absent counted against, excused neither way', async () => {
    const cases = product<{ mark: string }>({ mark: ['present', 'late', 'absent', 'excused'] });
    await expectAgreement(cases, { mark: 'attendance_mark' }, (t) => `${attendedSql(t['mark'])}::int || '/' || ${attendanceCountedSql(t['mark'])}::int`, (c) => {
      const f = attendanceFigures({ [c.mark]: 1 });
      return `${f.attended}/${f.attended + f.absent}`;
    });
  });

  it('supervised within the prison interval (the last session at most the interval ago)', async () => {
    const cases = product<{ last: string | null; interval: number; today: string }>({ last: [null, ...DATES.filter((d) => d <= TODAY)], interval: [7, 28], today: [TODAY] });
    await expectAgreement(cases, { last: 'date', interval: 'int', today: 'date' }, (t) => supervisedWithinSql(t['last'], t['interval'], t['today']), (c) =>
      supervisedWithin(c.last, c.interval, c.today),
    );
  });

  it('supervision next due date', async () => {
    const cases = product<{ started: string | null; last: string | null; interval: number }>({
      started: [null, addDays(TODAY, -40), addDays(TODAY, -3)],
      last: [null, addDays(TODAY, -29), addDays(TODAY, -1)],
      interval: [7, 28, 90],
    });
    await expectAgreement(cases, { started: 'date', last: 'date', interval: 'int' }, (t) => supervisionNextDueSql(t['started'], t['last'], t['interval']), (c) =>
      supervisionNextDue(c.started, c.last, c.interval),
    );
  });

  it('outcome review due date (28 days into support, then every 91 days; none without support)', async () => {
    const cases = product<{ since: string | null; last: string | null }>({ since: [null, addDays(TODAY, -40), addDays(TODAY, -3)], last: [null, addDays(TODAY, -95), addDays(TODAY, -1)] });
    await expectAgreement(cases, { since: 'date', last: 'date' }, (t) => outcomeReviewDueOnSql(t['since'], t['last']), (c) =>
      outcomeReviewDueOn({ supportedSince: c.since, lastReviewedOn: c.last }),
    );
  });

  it('supervision state (overdue the day after it is due, due soon within the week)', async () => {
    const cases = product<{ nextDue: string | null; today: string }>({ nextDue: [null, ...DATES], today: [TODAY] });
    await expectAgreement(cases, { nextDue: 'date', today: 'date' }, (t) => supervisionStateSql(t['nextDue'], t['today']), (c) => supervisionState(c.nextDue, c.today));
  });

  it('cohort status (planned, running, finished)', async () => {
    const cases = product<{ startsOn: string; endsOn: string; today: string }>({ startsOn: DATES, endsOn: DATES, today: [TODAY] }).filter((c) => c.endsOn >= c.startsOn);
    await expectAgreement(cases, { startsOn: 'date', endsOn: 'date', today: 'date' }, (t) => cohortStatusSql(t['startsOn'], t['endsOn'], t['today']), (c) =>
      cohortStatus(c.startsOn, c.endsOn, c.today),
    );
  });

  it('in training (an active place on a running cohort; a planned cohort is not training)', async () => {
    const cases = product<{ status: 'active' | 'withdrawn'; startsOn: string; endsOn: string; today: string }>({
      status: ['active', 'withdrawn'],
      startsOn: NEAR,
      endsOn: NEAR,
      today: [TODAY],
    }).filter((c) => c.endsOn >= c.startsOn);
    await expectAgreement(cases, { status: 'enrolment_status', startsOn: 'date', endsOn: 'date', today: 'date' }, (t) => inTrainingSql(t['status'], t['startsOn'], t['endsOn'], t['today']), (c) =>
      inTraining(c.status, cohortStatus(c.startsOn, c.endsOn, c.today)),
    );
  });

  it('when training started (the cohort start, or a later enrolment; never before it begins)', async () => {
    const cases = product<{ enrolledOn: string; startsOn: string; withdrawnOn: string | null; today: string }>({
      enrolledOn: [addDays(TODAY, -50), addDays(TODAY, -1), TODAY, addDays(TODAY, 1)],
      startsOn: [addDays(TODAY, -42), TODAY, addDays(TODAY, 42)],
      withdrawnOn: [null, addDays(TODAY, -45), addDays(TODAY, -1), TODAY],
      today: [TODAY],
    });
    await expectAgreement(
      cases,
      { enrolledOn: 'date', startsOn: 'date', withdrawnOn: 'date', today: 'date' },
      (t) => trainingStartSql(t['enrolledOn'], t['startsOn'], t['withdrawnOn'], t['today']),
      (c) => trainingStartOf({ enrolledOn: c.enrolledOn, cohortStartsOn: c.startsOn, withdrawnOn: c.withdrawnOn }, c.today),
    );
  });

  it('a supervision held during training', async () => {
    const cases = product<{ heldOn: string; enrolledOn: string; startsOn: string; endsOn: string; withdrawnOn: string | null }>({
      heldOn: [addDays(TODAY, -31), addDays(TODAY, -30), addDays(TODAY, -10), addDays(TODAY, -1), TODAY, addDays(TODAY, 1)],
      enrolledOn: [addDays(TODAY, -40), addDays(TODAY, -10)],
      startsOn: [addDays(TODAY, -30)],
      endsOn: [TODAY],
      withdrawnOn: [null, addDays(TODAY, -1), addDays(TODAY, -10)],
    });
    await expectAgreement(
      cases,
      { heldOn: 'date', enrolledOn: 'date', startsOn: 'date', endsOn: 'date', withdrawnOn: 'date' },
      (t) => heldDuringTrainingSql(t['heldOn'], t['enrolledOn'], t['startsOn'], t['endsOn'], t['withdrawnOn']),
      (c) => heldDuringTraining(c.heldOn, { enrolledOn: c.enrolledOn, cohortStartsOn: c.startsOn, cohortEndsOn: c.endsOn, withdrawnOn: c.withdrawnOn }),
    );
  });

  it("certificate short codes: the database makes only codes the domain reads back, from the whole alphabet", async () => {
    const codes: string[] = (await dataSource.query(`SELECT certificate_short_code() AS code FROM generate_series(1, 2000)`)).map((r: { code: string }) => r.code);
    expect(codes.filter((code) => !isShortCode(code) || normaliseShortCode(code) !== code)).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...new Set(codes.join(''))].sort().join('')).toBe([...SHORT_CODE_ALPHABET].sort().join(''));
  });

  it('fails when one side changes (the check itself can fail)', async () => {
    const cases = product<{ met: number; total: number }>({ met: [0, 1], total: [0, 1] });
    // The old, hand-copied SQL form of "module complete" said a module without criteria was complete.
    const oldSql = await sqlAnswers(cases, { met: 'int', total: 'int' }, (t) => `(NOT (${t['met']} < ${t['total']}))`);
    expect(cases.filter((c, i) => oldSql[i] !== String(moduleComplete(c.met, c.total)))).toEqual([
      { met: 0, total: 0 },
      { met: 1, total: 0 },
    ]);
  });
});
