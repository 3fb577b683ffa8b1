import { Injectable } from '@nestjs/common';
import type { AttendanceRegister } from '@peerpath/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';
import { AuditService, type AuditEntry } from '@peerpath/api/audit/audit.service';
import { invalid, notFound } from '@peerpath/api/platform/domain-error';
import { CohortContextLoader } from './cohort-context';
import type { SaveRegisterDto } from './dto/cohort.dto';
import { today } from '@peerpath/api/platform/dates';

type SessionHeader = Omit<AttendanceRegister, 'entries'>;

@Injectable()
export class AttendanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cohorts: CohortContextLoader,
  ) {}

  async register(actor: Actor, cohortId: string, sessionId: string): Promise<AttendanceRegister> {
    await this.cohorts.load(this.dataSource.manager, actor, cohortId);
    return this.read(this.dataSource.manager, cohortId, sessionId);
  }

  /**
   * The whole room's register in one request: exactly one mark for every buddy actively
   * enrolled, nobody else. Changed marks are audited per buddy, before and after.
   */
  async save(actor: Actor, cohortId: string, sessionId: string, dto: SaveRegisterDto): Promise<AttendanceRegister> {
    await this.dataSource.transaction(async (manager) => {
      const cohort = await this.cohorts.load(manager, actor, cohortId, 'registerAttendance');
      const before = await this.read(manager, cohortId, sessionId, true);
      if (before.heldOn > today()) throw invalid({ marks: [`The register for ${before.heldOn} can be taken on the day or after`] });

      const expected = new Map(before.entries.map((e) => [e.buddyId, e]));
      const given = new Map<string, string>();
      const fieldErrors: Record<string, string[]> = {};
      dto.marks.forEach((m, i) => {
        if (!expected.has(m.buddyId)) fieldErrors[`marks.${i}.buddyId`] = ['This buddy is not actively enrolled in the cohort'];
        else if (given.has(m.buddyId)) fieldErrors[`marks.${i}.buddyId`] = ['Each buddy can be marked once'];
        given.set(m.buddyId, m.mark);
      });
      const missing = before.entries.filter((e) => !given.has(e.buddyId));
      if (missing.length) fieldErrors['marks'] = missing.map((e) => `Mark ${e.firstName} ${e.lastName} (${e.prisonNumber})`);
      if (Object.keys(fieldErrors).length) throw invalid(fieldErrors, 'Mark every buddy on the register');

      const changed = dto.marks.filter((m) => expected.get(m.buddyId)?.mark !== m.mark);
      if (!changed.length) return;
      await manager.query(
        `INSERT INTO attendance_marks (session_id, buddy_id, mark, recorded_by_user_id)
         SELECT $1, m.buddy_id, m.mark::attendance_mark, $4 FROM unnest($2::uuid[], $3::text[]) AS m(buddy_id, mark)
         ON CONFLICT (session_id, buddy_id) DO UPDATE SET mark = EXCLUDED.mark, recorded_by_user_id = EXCLUDED.recorded_by_user_id, recorded_at = now()`,
        [sessionId, changed.map((m) => m.buddyId), changed.map((m) => m.mark), actor.id],
      );
      const entries: AuditEntry[] = changed.map((m) => ({
        action: 'attendance.marked',
        entityType: 'buddy',
        entityId: m.buddyId,
        prisonId: cohort.prisonId,
        before: { sessionId, mark: expected.get(m.buddyId)?.mark ?? null },
        after: { sessionId, cohortId, heldOn: before.heldOn, mark: m.mark },
      }));
      await this.audit.recordMany(manager, actor, entries);
    });
    return this.read(this.dataSource.manager, cohortId, sessionId);
  }

  /** The session and one entry per active enrolment, with any mark already taken. */
  private async read(manager: EntityManager, cohortId: string, sessionId: string, lock = false): Promise<AttendanceRegister> {
    const [session]: SessionHeader[] = await manager.query(
      `SELECT s.id AS "sessionId", s.cohort_id AS "cohortId", to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn",
              to_char(s.starts_at, 'HH24:MI') AS "startsAt", to_char(s.ends_at, 'HH24:MI') AS "endsAt", s.location,
              (SELECT json_agg(json_build_object('id', m.id, 'number', m.number, 'title', m.title) ORDER BY m.number)
                 FROM training_session_modules sm JOIN programme_modules m ON m.id = sm.module_id WHERE sm.session_id = s.id) AS modules
         FROM training_sessions s WHERE s.id = $1 AND s.cohort_id = $2 ${lock ? 'FOR UPDATE OF s' : ''}`,
      [sessionId, cohortId],
    );
    if (!session) throw notFound('Session');
    const entries = await manager.query(
      `SELECT b.id AS "buddyId", b.prison_number AS "prisonNumber", b.first_name AS "firstName", b.last_name AS "lastName", am.mark
         FROM enrolments e
         JOIN buddies b ON b.id = e.buddy_id
         LEFT JOIN attendance_marks am ON am.session_id = $2 AND am.buddy_id = b.id
        WHERE e.cohort_id = $1 AND e.status = 'active'
        ORDER BY b.last_name, b.first_name`,
      [cohortId, sessionId],
    );
    return { ...session, entries };
  }
}
