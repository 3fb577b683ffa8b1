import { Injectable } from '@nestjs/common';
import type { CohortDetail, CohortSort, CohortSummary, EligibleTrainer, Page, SessionView, UpcomingSession } from '@peerpath/contracts';
import { cohortProblems, cohortStatus, PERMISSIONS, sessionProblems } from '@peerpath/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { scopeFilter, type Actor } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { prisonForWrite } from '@peerpath/api/prisons/prison-for-write';
import { conflict, invalid, notFound } from '@peerpath/api/platform/domain-error';
import { orderBySql, pagedQuery, sortOf } from '@peerpath/api/platform/paged-query';
import { CohortContextLoader } from './cohort-context';
import { cohortStatusSql } from './cohorts.sql';
import type { CohortListQueryDto, CreateCohortDto, ScheduleSessionDto } from './dto/cohort.dto';
import { fieldErrorsFrom, today } from '@peerpath/api/platform/dates';

/** The summary columns, plus any extra the caller needs, over the joins they come from. */
const summarySelect = (extra = '') => `
  SELECT ${extra} co.id, co.name, p.code AS "prisonCode", p.name AS "prisonName",
         co.programme_id AS "programmeId", pr.title AS "programmeTitle",
         co.programme_version_id AS "programmeVersionId", pv.label AS "versionLabel",
         to_char(co.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(co.ends_on, 'YYYY-MM-DD') AS "endsOn",
         co.capacity, co.version,
         (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = co.id AND e.status = 'active') AS "activeEnrolments"
    FROM cohorts co
    JOIN prisons p ON p.id = co.prison_id
    JOIN clusters cl ON cl.id = p.cluster_id
    JOIN programme_versions pv ON pv.id = co.programme_version_id
    JOIN programmes pr ON pr.id = co.programme_id`;

/** The cohorts list's sortable columns; then by name. */
const COHORT_COLUMNS: Record<CohortSort, string> = {
  startsOn: 'm."startsOn"',
  endsOn: 'm."endsOn"',
  name: 'm.name',
};

type SummaryRow = Omit<CohortSummary, 'status'> & { version: number };

const withStatus = (row: SummaryRow, on: string): CohortSummary => {
  const summary: Partial<SummaryRow> = { ...row };
  delete summary.version;
  return { ...(summary as Omit<SummaryRow, 'version'>), status: cohortStatus(row.startsOn, row.endsOn, on) };
};

@Injectable()
export class CohortsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cohorts: CohortContextLoader,
  ) {}

  /** A page of cohorts in the caller's scope; for a trainer, the cohorts they deliver or assess. Newest first unless sorted otherwise. */
  async list(actor: Actor, query: CohortListQueryDto): Promise<Page<CohortSummary>> {
    const overseer = scopeFilter(actor, PERMISSIONS.overseeCohorts);
    const trainer = scopeFilter(actor, ['trainer']);
    const on = today();
    const status = cohortStatusSql('co.starts_on', 'co.ends_on', '$8::date');
    const page = await pagedQuery<SummaryRow>(this.dataSource.manager, {
      matching: `${summarySelect()}
        WHERE (($1 OR cl.code = ANY($2) OR p.code = ANY($3))
               OR (p.code = ANY($4) AND EXISTS (SELECT 1 FROM cohort_staff cs WHERE cs.cohort_id = co.id AND cs.user_id = $5)))
          AND ($6::text IS NULL OR p.code = $6)
          AND ($7::text IS NULL OR ${status} = $7 OR ($7 = 'current' AND ${status} <> 'finished'))
          AND ($9::uuid IS NULL OR co.programme_id = $9)`,
      params: [overseer.national, overseer.clusterCodes, overseer.prisonCodes, trainer.prisonCodes, actor.id, query.prison ?? null, query.status ?? null, on, query.programmeId ?? null],
      orderBy: orderBySql({ columns: COHORT_COLUMNS, ...sortOf(query, { sort: 'startsOn', order: 'desc' }), tieBreak: 'm.name, m.id' }),
      page: query.page,
      pageSize: query.pageSize,
    });
    return { ...page, items: page.items.map((row) => withStatus(row, on)) };
  }

  /**
   * The sessions of cohorts the caller delivers (trainer or assessor on the cohort, and a
   * trainer at its prison), from today to six days on, in the order they happen.
   */
  async sessionsThisWeek(actor: Actor): Promise<UpcomingSession[]> {
    const trainer = scopeFilter(actor, ['trainer']);
    return this.dataSource.query(
      `SELECT co.id AS "cohortId", co.name AS "cohortName", p.code AS "prisonCode", s.id AS "sessionId", to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn",
              to_char(s.starts_at, 'HH24:MI') AS "startsAt", to_char(s.ends_at, 'HH24:MI') AS "endsAt", s.location,
              COALESCE((SELECT json_agg(json_build_object('number', m.number, 'title', m.title) ORDER BY m.number)
                          FROM training_session_modules sm JOIN programme_modules m ON m.id = sm.module_id WHERE sm.session_id = s.id), '[]') AS modules,
              (SELECT count(*)::int FROM attendance_marks a JOIN enrolments e ON e.buddy_id = a.buddy_id AND e.cohort_id = co.id AND e.status = 'active'
                WHERE a.session_id = s.id) AS "marksRecorded",
              (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = co.id AND e.status = 'active') AS "activeBuddies"
         FROM training_sessions s
         JOIN cohorts co ON co.id = s.cohort_id
         JOIN prisons p ON p.id = co.prison_id
        WHERE p.code = ANY($1)
          AND EXISTS (SELECT 1 FROM cohort_staff cs WHERE cs.cohort_id = co.id AND cs.user_id = $2)
          AND s.held_on BETWEEN $3::date AND $3::date + 6
        ORDER BY s.held_on, s.starts_at, co.name
        LIMIT 100`,
      [trainer.prisonCodes, actor.id, today()],
    );
  }

  async get(actor: Actor, cohortId: string): Promise<CohortDetail> {
    return this.detail(this.dataSource.manager, actor, cohortId);
  }

  /** For the create-cohort form: trainers at a prison where the actor may create cohorts. */
  async eligibleTrainersFor(actor: Actor, prisonCode: string): Promise<EligibleTrainer[]> {
    await prisonForWrite(this.dataSource.manager, actor, PERMISSIONS.createCohorts, prisonCode, 'prison');
    return this.eligibleTrainers(prisonCode);
  }

  /** Trainers who could deliver or assess a cohort at this prison. */
  async eligibleTrainers(prisonCode: string): Promise<EligibleTrainer[]> {
    return this.dataSource.query(
      `SELECT DISTINCT u.id AS "userId", u.display_name AS "displayName"
         FROM users u
         JOIN role_assignments ra ON ra.user_id = u.id AND ra.role = 'trainer'
         JOIN prisons p ON p.id = ra.prison_id
        WHERE p.code = $1 AND u.disabled_at IS NULL
        ORDER BY u.display_name`,
      [prisonCode],
    );
  }

  async create(actor: Actor, dto: CreateCohortDto): Promise<CohortDetail> {
    const problems = cohortProblems(dto);
    if (problems.length) throw invalid(fieldErrorsFrom(problems));
    const assessorIds = (dto.assessorIds ?? []).filter((id) => !dto.trainerIds.includes(id));

    const id = await this.dataSource.transaction(async (manager) => {
      const prison = await prisonForWrite(manager, actor, PERMISSIONS.createCohorts, dto.prisonCode);
      const [version] = await manager.query(
        `SELECT pv.id, pv.programme_id AS "programmeId", pv.status FROM programme_versions pv WHERE pv.id = $1`,
        [dto.programmeVersionId],
      );
      if (!version) throw invalid({ programmeVersionId: ['Choose a programme version that exists'] });
      if (version.status !== 'published') throw invalid({ programmeVersionId: ['Cohorts can only use a published programme version'] });

      const staffIds = [...dto.trainerIds, ...assessorIds];
      const eligible = new Set((await this.eligibleTrainers(dto.prisonCode)).map((t) => t.userId));
      const ineligible = (ids: string[]) => ids.filter((userId) => !eligible.has(userId));
      const fieldErrors: Record<string, string[]> = {};
      if (ineligible(dto.trainerIds).length) fieldErrors['trainerIds'] = [`Every trainer must hold the trainer role at ${dto.prisonCode}`];
      if (ineligible(assessorIds).length) fieldErrors['assessorIds'] = [`Every assessor must hold the trainer role at ${dto.prisonCode}`];
      if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);

      const taken = await manager.query(`SELECT 1 FROM cohorts co JOIN prisons p ON p.id = co.prison_id WHERE p.code = $1 AND co.name = $2`, [dto.prisonCode, dto.name]);
      if (taken.length) throw conflict('COHORT_NAME_TAKEN', `${dto.prisonCode} already has a cohort called "${dto.name}"`, { name: ['Choose a name no other cohort at this prison uses'] });

      const [{ id: cohortId, prison_id: prisonId }] = await manager.query(
        `INSERT INTO cohorts (prison_id, programme_version_id, programme_id, name, starts_on, ends_on, capacity, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1) RETURNING id, prison_id`,
        [prison.id, dto.programmeVersionId, version.programmeId, dto.name, dto.startsOn, dto.endsOn, dto.capacity],
      );
      await manager.query(
        `INSERT INTO cohort_staff (cohort_id, user_id, role)
         SELECT $1, t.user_id, t.role::cohort_staff_role FROM unnest($2::uuid[], $3::text[]) AS t(user_id, role)`,
        [cohortId, staffIds, staffIds.map((userId) => (dto.trainerIds.includes(userId) ? 'trainer' : 'assessor'))],
      );
      await this.audit.record(manager, actor, { action: 'cohort.created', entityType: 'cohort', entityId: cohortId, prisonId, after: { ...dto, assessorIds } });
      return cohortId as string;
    });
    return this.get(actor, id);
  }

  async scheduleSession(actor: Actor, cohortId: string, dto: ScheduleSessionDto): Promise<SessionView> {
    const sessionId = await this.dataSource.transaction(async (manager) => {
      const cohort = await this.cohorts.load(manager, actor, cohortId, 'schedule');
      const problems = sessionProblems(dto, cohort);
      if (problems.length) throw invalid(fieldErrorsFrom(problems));
      const modules: { id: string }[] = await manager.query(
        `SELECT id FROM programme_modules WHERE id = ANY($1) AND programme_version_id = $2`,
        [dto.moduleIds, cohort.programmeVersionId],
      );
      if (modules.length !== dto.moduleIds.length) throw invalid({ moduleIds: ["Choose modules from this cohort's programme version"] });
      const [{ id }] = await manager.query(
        `INSERT INTO training_sessions (cohort_id, held_on, starts_at, ends_at, location) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [cohortId, dto.heldOn, dto.startsAt, dto.endsAt, dto.location],
      );
      await manager.query(`INSERT INTO training_session_modules (session_id, module_id) SELECT $1, unnest($2::uuid[])`, [id, dto.moduleIds]);
      await this.audit.record(manager, actor, { action: 'cohort.session_scheduled', entityType: 'cohort', entityId: cohortId, prisonId: cohort.prisonId, after: { sessionId: id, ...dto } });
      return id as string;
    });
    const detail = await this.get(actor, cohortId);
    const session = detail.sessions.find((s) => s.id === sessionId);
    if (!session) throw notFound('Session');
    return session;
  }

  /** The cohort page in one query: staff, sessions with their modules and marks, enrolments. */
  private async detail(manager: EntityManager, actor: Actor, cohortId: string): Promise<CohortDetail> {
    const cohort = await this.cohorts.load(manager, actor, cohortId);
    const [row]: (SummaryRow & Pick<CohortDetail, 'staff' | 'sessions' | 'enrolments'>)[] = await manager.query(
      `${summarySelect(`
         COALESCE((SELECT json_agg(json_build_object('userId', u.id, 'displayName', u.display_name, 'role', cs.role) ORDER BY cs.role DESC, u.display_name)
                     FROM cohort_staff cs JOIN users u ON u.id = cs.user_id WHERE cs.cohort_id = co.id), '[]') AS staff,
         COALESCE((SELECT json_agg(json_build_object(
                     'id', s.id, 'heldOn', to_char(s.held_on, 'YYYY-MM-DD'), 'startsAt', to_char(s.starts_at, 'HH24:MI'),
                     'endsAt', to_char(s.ends_at, 'HH24:MI'), 'location', s.location,
                     'modules', (SELECT json_agg(json_build_object('id', m.id, 'number', m.number, 'title', m.title) ORDER BY m.number)
                                   FROM training_session_modules sm JOIN programme_modules m ON m.id = sm.module_id WHERE sm.session_id = s.id),
                     'marksRecorded', (SELECT count(*) FROM attendance_marks am WHERE am.session_id = s.id))
                     ORDER BY s.held_on, s.starts_at)
                     FROM training_sessions s WHERE s.cohort_id = co.id), '[]') AS sessions,
         COALESCE((SELECT json_agg(json_build_object(
                     'id', e.id, 'buddyId', b.id, 'prisonNumber', b.prison_number, 'firstName', b.first_name, 'lastName', b.last_name,
                     'status', e.status, 'enrolledOn', to_char(e.enrolled_on, 'YYYY-MM-DD'),
                     'withdrawnOn', to_char(e.withdrawn_on, 'YYYY-MM-DD'), 'withdrawalReason', e.withdrawal_reason)
                     ORDER BY e.status, b.last_name, b.first_name)
                     FROM enrolments e JOIN buddies b ON b.id = e.buddy_id WHERE e.cohort_id = co.id), '[]') AS enrolments,`)}
        WHERE co.id = $1`,
      [cohort.id],
    );
    const { enrol, schedule, registerAttendance, assess } = cohort.permissions;
    return {
      ...withStatus(row, today()),
      version: row.version,
      staff: row.staff,
      sessions: row.sessions,
      enrolments: row.enrolments,
      permissions: { enrol, schedule, registerAttendance, assess },
    };
  }
}
