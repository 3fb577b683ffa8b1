import { Injectable } from '@nestjs/common';
import type { SessionView } from '@peerpath/contracts';
import { formatDate, sessionProblems } from '@peerpath/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { invalid } from '@peerpath/api/platform/domain-error';
import { CohortContextLoader } from './cohort-context';
import { CohortsService } from './cohorts.service';
import type { ScheduleSeriesDto } from './dto/cohort.dto';

/**
 * A cohort's sessions scheduled as a series (the web lays the dates out with `sessionSeries`,
 * bank holidays skipped, and the person chooses each session's module on review). All or none:
 * each session is checked with the same rule as one at a time before any is written.
 */
@Injectable()
export class SessionSeriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cohorts: CohortContextLoader,
    private readonly cohortDetail: CohortsService,
  ) {}

  async schedule(actor: Actor, cohortId: string, dto: ScheduleSeriesDto): Promise<SessionView[]> {
    const ids = await this.dataSource.transaction(async (manager) => {
      // Locked so that a second series for the same cohort waits for this one.
      const cohort = await this.cohorts.load(manager, actor, cohortId, 'schedule', true);
      const fieldErrors: Record<string, string[]> = {};
      const add = (field: string, message: string) => {
        const messages = (fieldErrors[field] ??= []);
        if (!messages.includes(message)) messages.push(message);
      };
      for (const session of dto.sessions) {
        for (const problem of sessionProblems({ ...dto, heldOn: session.heldOn }, cohort)) {
          add(problem.field === 'heldOn' ? 'sessions' : problem.field, problem.field === 'heldOn' ? `${formatDate(session.heldOn)}: ${problem.message}` : problem.message);
        }
      }
      const dates = dto.sessions.map((s) => s.heldOn);
      if (new Set(dates).size !== dates.length) add('sessions', 'Each date can appear once in a series');
      const wanted = [...new Set(dto.sessions.flatMap((s) => s.moduleIds))];
      const [{ known }] = await manager.query(`SELECT count(*)::int AS known FROM programme_modules WHERE id = ANY($1::uuid[]) AND programme_version_id = $2`, [wanted, cohort.programmeVersionId]);
      if (known !== wanted.length) add('sessions', "Choose modules from this cohort's programme version");
      if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);

      const created: string[] = [];
      for (const session of dto.sessions) {
        const [{ id }] = await manager.query(
          `INSERT INTO training_sessions (cohort_id, held_on, starts_at, ends_at, location) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [cohortId, session.heldOn, dto.startsAt, dto.endsAt, dto.location],
        );
        await manager.query(`INSERT INTO training_session_modules (session_id, module_id) SELECT $1, unnest($2::uuid[])`, [id, session.moduleIds]);
        created.push(id);
      }
      await this.audit.record(manager, actor, {
        action: 'cohort.session_series_scheduled',
        entityType: 'cohort',
        entityId: cohortId,
        prisonId: cohort.prisonId,
        after: { sessionIds: created, startsAt: dto.startsAt, endsAt: dto.endsAt, location: dto.location, sessions: dto.sessions },
      });
      return created;
    });
    const detail = await this.cohortDetail.get(actor, cohortId);
    return detail.sessions.filter((s) => ids.includes(s.id));
  }
}
