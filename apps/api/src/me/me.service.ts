import { Injectable } from '@nestjs/common';
import type { MySummary } from '@peerpath/contracts';
import { prisonTime, supervisionStatus } from '@peerpath/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';
import { today } from '@peerpath/api/platform/dates';
import { notFound } from '@peerpath/api/platform/domain-error';
import { bestCertificateSql } from '@peerpath/api/certification/certification.sql';
import { ProgressService } from '@peerpath/api/progress/progress.service';
import { supervisionFactsSql } from '@peerpath/api/supervision/supervision.sql';

/** The signed-in buddy's own summary: modules, next session, next supervision, certificate. */
@Injectable()
export class MeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
  ) {}

  async summary(actor: Actor): Promise<MySummary> {
    const on = today();
    const [row] = await this.dataSource.query(
      `SELECT b.id, p.name AS "prisonName", ${supervisionFactsSql('$2::date')},
              (SELECT row_to_json(s) FROM (
                 SELECT to_char(ts.held_on, 'YYYY-MM-DD') AS "heldOn", to_char(ts.starts_at, 'HH24:MI') AS "startsAt", to_char(ts.ends_at, 'HH24:MI') AS "endsAt", ts.location,
                        (SELECT json_agg(m.title ORDER BY m.number) FROM training_session_modules sm JOIN programme_modules m ON m.id = sm.module_id WHERE sm.session_id = ts.id) AS "moduleTitles"
                   FROM training_sessions ts JOIN enrolments e ON e.cohort_id = ts.cohort_id AND e.buddy_id = b.id AND e.status = 'active'
                  WHERE (ts.held_on > $2::date OR (ts.held_on = $2::date AND ts.ends_at > $3::time))
                  ORDER BY ts.held_on, ts.starts_at LIMIT 1) s) AS "nextSession",
              COALESCE((SELECT json_agg(json_build_object('recipientName', r.first_name || ' ' || r.last_name, 'tasks', a.tasks, 'plannedWeeklyHours', a.planned_weekly_hours::float)
                                 ORDER BY a.starts_on)
                          FROM allocations a JOIN recipients r ON r.id = a.recipient_id WHERE a.buddy_id = b.id AND a.status = 'active'), '[]') AS allocations,
              ${bestCertificateSql('b.id', '$2::date')} AS certificate
         FROM users u JOIN buddies b ON b.id = u.buddy_id JOIN prisons p ON p.id = b.prison_id
        WHERE u.id = $1`,
      [actor.id, on, prisonTime()],
    );
    if (!row) throw notFound('Buddy record');
    const progress = await this.progress.ofSignedInBuddy(actor);
    const current = progress.enrolments.find((e) => e.status === 'active') ?? progress.enrolments[0];
    const modules = (current?.modules ?? []).map((m) => ({ number: m.number, title: m.title, state: m.state, met: m.met, total: m.total }));
    const supervision = supervisionStatus({ ...row, today: on });
    return {
      firstName: progress.firstName,
      lastName: progress.lastName,
      prisonNumber: progress.prisonNumber,
      prisonName: row.prisonName,
      programmeTitle: current?.programmeTitle ?? null,
      modules,
      modulesDone: modules.filter((m) => m.state === 'complete').length,
      modulesTotal: modules.length,
      nextSession: row.nextSession,
      supervision: { state: supervision.state, nextDueOn: supervision.nextDueOn },
      certificate: row.certificate ? { number: row.certificate.number, expiresOn: row.certificate.expiresOn, status: row.certificate.status } : null,
      allocations: row.allocations,
    };
  }
}
