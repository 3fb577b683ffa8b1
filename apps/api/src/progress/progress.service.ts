import { Injectable } from '@nestjs/common';
import type { AttendanceMark, BuddyProgress, EnrolmentProgress, EnrolmentStatus, ModuleProgressCell, ProgressMatrix, ProgressMatrixRow } from '@peerpath/contracts';
import { attendanceFigures, moduleProgressState, type MarkCounts } from '@peerpath/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';
import { BuddiesService } from '@peerpath/api/buddies/buddies.service';
import { CohortContextLoader } from '@peerpath/api/cohorts/cohort-context';
import { notFound } from '@peerpath/api/platform/domain-error';
import { prepared, runPrepared } from '@peerpath/api/platform/prepared';

/**
 * CTEs: the decision in force for each (buddy, criterion) matching `where`, counted per
 * buddy and module as met, and decided at all (not yet met still means started).
 */
const moduleCounts = (where: string) => `
  latest AS (
    SELECT DISTINCT ON (d.buddy_id, d.criterion_id) d.buddy_id, ac.module_id, d.outcome
      FROM assessment_decisions d
      JOIN assessment_criteria ac ON ac.id = d.criterion_id
     WHERE ${where}
     ORDER BY d.buddy_id, d.criterion_id, d.seq DESC),
  counts AS (
    SELECT buddy_id, module_id, count(*) FILTER (WHERE outcome = 'met')::int AS met, count(*)::int AS decided
      FROM latest GROUP BY buddy_id, module_id)`;

interface MatrixQueryRow {
  modules: ProgressMatrix['modules'];
  buddies: { buddyId: string; prisonNumber: string; firstName: string; lastName: string; enrolmentStatus: EnrolmentStatus }[];
  counts: { buddyId: string; moduleId: string; met: number; decided: number }[] | null;
  marks: { buddyId: string; mark: AttendanceMark; n: number }[] | null;
}

/** The cohort's progress matrix in one aggregate query ($1 the cohort's programme version, $2 the cohort): prepared, a busy screen. */
const MATRIX = prepared(
  'progress_matrix',
  `WITH members AS (
     -- One row per buddy: someone withdrawn and enrolled again appears once, as active.
     SELECT DISTINCT ON (buddy_id) buddy_id, status FROM enrolments WHERE cohort_id = $2
      ORDER BY buddy_id, (status = 'active') DESC, enrolled_on DESC),
   -- The decision in force per member and criterion, one member at a time: each member's decisions come
   -- from the index already in criterion and seq order, so no sort over the whole cohort's decisions.
   latest AS (
     SELECT mb.buddy_id, l.module_id, l.outcome
       FROM members mb
       CROSS JOIN LATERAL (
         SELECT DISTINCT ON (d.criterion_id) ac.module_id, d.outcome
           FROM assessment_decisions d JOIN assessment_criteria ac ON ac.id = d.criterion_id
          WHERE d.buddy_id = mb.buddy_id AND ac.programme_version_id = $1
          ORDER BY d.criterion_id DESC, d.seq DESC) l),
   counts AS (
     SELECT buddy_id, module_id, count(*) FILTER (WHERE outcome = 'met')::int AS met, count(*)::int AS decided
       FROM latest GROUP BY buddy_id, module_id)
   SELECT
     (SELECT json_agg(json_build_object('id', m.id, 'number', m.number, 'title', m.title,
               'criterionCount', (SELECT count(*) FROM assessment_criteria ac WHERE ac.module_id = m.id)) ORDER BY m.number)
        FROM programme_modules m WHERE m.programme_version_id = $1) AS modules,
     (SELECT COALESCE(json_agg(json_build_object('buddyId', b.id, 'prisonNumber', b.prison_number, 'firstName', b.first_name,
               'lastName', b.last_name, 'enrolmentStatus', e.status) ORDER BY e.status, b.last_name, b.first_name), '[]')
        FROM members e JOIN buddies b ON b.id = e.buddy_id) AS buddies,
     (SELECT json_agg(json_build_object('buddyId', buddy_id, 'moduleId', module_id, 'met', met, 'decided', decided)) FROM counts) AS counts,
     (SELECT json_agg(json_build_object('buddyId', am.buddy_id, 'mark', am.mark, 'n', am.n))
        FROM (SELECT a.buddy_id, a.mark, count(*)::int AS n
                FROM attendance_marks a JOIN training_sessions s ON s.id = a.session_id
               WHERE s.cohort_id = $2 GROUP BY a.buddy_id, a.mark) am) AS marks`,
);

const key = (a: string, b: string) => `${a}:${b}`;

@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cohorts: CohortContextLoader,
    private readonly buddies: BuddiesService,
  ) {}

  /**
   * Buddies by modules for one cohort, answered by one aggregate query (STYLE: queries shaped
   * for their screen); the rows are then shaped by the domain's progress and attendance rules.
   */
  async matrix(actor: Actor, cohortId: string): Promise<ProgressMatrix> {
    const cohort = await this.cohorts.load(this.dataSource.manager, actor, cohortId);
    const [row] = await runPrepared<MatrixQueryRow>(this.dataSource, MATRIX, [cohort.programmeVersionId, cohortId]);
    const modules = row.modules ?? [];
    const counts = new Map((row.counts ?? []).map((c) => [key(c.buddyId, c.moduleId), c]));
    const marks = new Map<string, MarkCounts>();
    for (const m of row.marks ?? []) marks.set(m.buddyId, { ...marks.get(m.buddyId), [m.mark]: m.n });

    const rows: ProgressMatrixRow[] = row.buddies.map((b) => {
      const cells: ModuleProgressCell[] = modules.map((m) => {
        const c = counts.get(key(b.buddyId, m.id));
        return { moduleId: m.id, met: c?.met ?? 0, total: m.criterionCount, state: moduleProgressState(c?.met ?? 0, m.criterionCount, c?.decided ?? 0) };
      });
      return { ...b, cells, modulesComplete: cells.filter((c) => c.state === 'complete').length, attendance: attendanceFigures(marks.get(b.buddyId) ?? {}) };
    });
    const active = rows.filter((r) => r.enrolmentStatus === 'active');
    const moduleTotals = modules.map((m, i) => ({
      moduleId: m.id,
      complete: active.filter((r) => r.cells[i].state === 'complete').length,
      inProgress: active.filter((r) => r.cells[i].state === 'in_progress').length,
      notStarted: active.filter((r) => r.cells[i].state === 'not_started').length,
    }));
    return { cohortId, modules, rows, moduleTotals };
  }

  /** A buddy's training, for staff who may see the buddy. */
  async ofBuddy(actor: Actor, buddyId: string): Promise<BuddyProgress> {
    await this.buddies.get(actor, buddyId);
    return this.progressOf(buddyId);
  }

  /** A buddy's own training, for the buddy signed in (their account is tied to their record). */
  async ofSignedInBuddy(actor: Actor): Promise<BuddyProgress> {
    const [user] = await this.dataSource.query(`SELECT buddy_id AS "buddyId" FROM users WHERE id = $1`, [actor.id]);
    if (!user?.buddyId) throw notFound('Buddy record');
    return this.progressOf(user.buddyId);
  }

  /** Every enrolment with its modules' progress and attendance, in one query. */
  private async progressOf(buddyId: string): Promise<BuddyProgress> {
    const [buddy] = await this.dataSource.query(
      `SELECT b.id AS "buddyId", b.prison_number AS "prisonNumber", b.first_name AS "firstName", b.last_name AS "lastName" FROM buddies b WHERE b.id = $1`,
      [buddyId],
    );
    if (!buddy) throw notFound('Buddy');
    const enrolments: EnrolmentQueryRow[] = await this.dataSource.query(
      `WITH ${moduleCounts('d.buddy_id = $1')}
       SELECT e.id AS "enrolmentId", co.id AS "cohortId", co.name AS "cohortName", p.name AS "prisonName",
              pr.title AS "programmeTitle", pv.label AS "versionLabel", e.status,
              to_char(e.enrolled_on, 'YYYY-MM-DD') AS "enrolledOn", to_char(e.withdrawn_on, 'YYYY-MM-DD') AS "withdrawnOn",
              e.withdrawal_reason AS "withdrawalReason",
              (SELECT json_agg(json_build_object(
                        'moduleId', m.id, 'number', m.number, 'title', m.title,
                        'total', (SELECT count(*) FROM assessment_criteria ac WHERE ac.module_id = m.id),
                        'met', COALESCE(c.met, 0), 'decided', COALESCE(c.decided, 0),
                        'marks', (SELECT json_object_agg(x.mark, x.n) FROM (
                                    SELECT a.mark, count(*)::int AS n FROM attendance_marks a
                                      JOIN training_sessions s ON s.id = a.session_id
                                      JOIN training_session_modules sm ON sm.session_id = s.id
                                     WHERE a.buddy_id = $1 AND s.cohort_id = co.id AND sm.module_id = m.id GROUP BY a.mark) x))
                        ORDER BY m.number)
                 FROM programme_modules m LEFT JOIN counts c ON c.module_id = m.id
                WHERE m.programme_version_id = co.programme_version_id) AS modules,
              (SELECT json_object_agg(x.mark, x.n) FROM (
                 SELECT a.mark, count(*)::int AS n FROM attendance_marks a JOIN training_sessions s ON s.id = a.session_id
                  WHERE a.buddy_id = $1 AND s.cohort_id = co.id GROUP BY a.mark) x) AS marks
         FROM enrolments e
         JOIN cohorts co ON co.id = e.cohort_id
         JOIN prisons p ON p.id = co.prison_id
         JOIN programme_versions pv ON pv.id = co.programme_version_id
         JOIN programmes pr ON pr.id = co.programme_id
        WHERE e.buddy_id = $1
        ORDER BY e.enrolled_on DESC, e.created_at DESC`,
      [buddyId],
    );
    return {
      ...buddy,
      enrolments: enrolments.map(({ modules, marks, ...enrolment }): EnrolmentProgress => {
        const views = (modules ?? []).map(({ marks: moduleMarks, decided, ...m }) => ({
          ...m,
          state: moduleProgressState(m.met, m.total, decided),
          attendance: attendanceFigures(moduleMarks ?? {}),
        }));
        return { ...enrolment, modules: views, modulesComplete: views.filter((m) => m.state === 'complete').length, attendance: attendanceFigures(marks ?? {}) };
      }),
    };
  }
}

type EnrolmentQueryRow = Omit<EnrolmentProgress, 'modules' | 'modulesComplete' | 'attendance'> & {
  modules: { moduleId: string; number: number; title: string; total: number; met: number; decided: number; marks: MarkCounts | null }[] | null;
  marks: MarkCounts | null;
};
