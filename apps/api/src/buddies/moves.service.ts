import { Injectable } from '@nestjs/common';
import type { MoveOutcome, TransferView } from '@peerpath/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS } from '@peerpath/domain';
import type { Actor } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { today } from '@peerpath/api/platform/dates';
import { invalid } from '@peerpath/api/platform/domain-error';
import { cohortStatusSql } from '@peerpath/api/cohorts/cohorts.sql';
import { BuddyAllocations } from './buddy-allocations';
import { BuddiesService, type BuddyForChange } from './buddies.service';
import type { ReleaseDto, TransferDto } from './dto/move.dto';

/**
 * Transfer and release (BRIEF: transfer and release). The record travels with the buddy:
 * active allocations end, a cohort still running is withdrawn from with its history kept,
 * and the certificate stays valid. Release closes the record, kept and read-only.
 */
@Injectable()
export class MovesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly buddies: BuddiesService,
    private readonly allocations: BuddyAllocations,
  ) {}

  async transfer(actor: Actor, buddyId: string, dto: TransferDto): Promise<MoveOutcome> {
    const on = dto.transferredOn ?? today();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const buddy = await this.buddies.lockForChange(manager, actor, buddyId, PERMISSIONS.changeBuddyRecords, 'transfer');
      await this.checkDate(manager, on, buddy);
      const [to] = await manager.query(`SELECT id, code, name FROM prisons WHERE code = $1`, [dto.toPrisonCode]);
      if (!to) throw invalid({ toPrisonCode: ['Choose a prison that exists'] });
      if (to.id === buddy.prisonId) throw invalid({ toPrisonCode: [`${buddy.firstName} ${buddy.lastName} is already at ${to.name}`] });
      const counts = await this.closeActivity(manager, actor, buddy, on, `Transferred to ${to.name}`);
      await manager.query(`UPDATE buddies SET prison_id = $2, version = version + 1, updated_at = now() WHERE id = $1`, [buddyId, to.id]);
      await manager.query(`INSERT INTO buddy_transfers (buddy_id, from_prison_id, to_prison_id, transferred_on, recorded_by_user_id) VALUES ($1, $2, $3, $4, $5)`, [buddyId, buddy.prisonId, to.id, on, actor.id]);
      // Written against the receiving prison too, so its staff can see how the buddy arrived.
      await this.audit.record(manager, actor, {
        action: 'buddy.transferred',
        entityType: 'buddy',
        entityId: buddyId,
        prisonId: to.id,
        before: { prisonCode: buddy.prisonCode },
        after: { prisonCode: to.code, transferredOn: on, ...counts },
      });
      return counts;
    });
    // The sending coordinator may no longer see the buddy: answer with the record as it now stands.
    return { buddy: await this.buddies.getUnscoped(buddyId), ...outcome };
  }

  async release(actor: Actor, buddyId: string, dto: ReleaseDto): Promise<MoveOutcome> {
    const on = dto.releasedOn ?? today();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const buddy = await this.buddies.lockForChange(manager, actor, buddyId, PERMISSIONS.changeBuddyRecords, 'release');
      await this.checkDate(manager, on, buddy);
      const counts = await this.closeActivity(manager, actor, buddy, on, 'Released');
      await manager.query(`UPDATE buddies SET released_on = $2, version = version + 1, updated_at = now() WHERE id = $1`, [buddyId, on]);
      // A released buddy's own sign-in stops working.
      await manager.query(`UPDATE users SET disabled_at = now() WHERE buddy_id = $1 AND disabled_at IS NULL`, [buddyId]);
      await this.audit.record(manager, actor, { action: 'buddy.released', entityType: 'buddy', entityId: buddyId, prisonId: buddy.prisonId, before: { releasedOn: null }, after: { releasedOn: on, ...counts } });
      return counts;
    });
    return { buddy: await this.buddies.get(actor, buddyId), ...outcome };
  }

  async transfers(actor: Actor, buddyId: string): Promise<TransferView[]> {
    await this.buddies.get(actor, buddyId);
    return this.dataSource.query(
      `SELECT fp.code AS "fromPrisonCode", fp.name AS "fromPrisonName", tp.code AS "toPrisonCode", tp.name AS "toPrisonName",
              to_char(t.transferred_on, 'YYYY-MM-DD') AS "transferredOn", u.display_name AS "recordedBy"
         FROM buddy_transfers t JOIN prisons fp ON fp.id = t.from_prison_id JOIN prisons tp ON tp.id = t.to_prison_id JOIN users u ON u.id = t.recorded_by_user_id
        WHERE t.buddy_id = $1 ORDER BY t.transferred_on DESC, t.recorded_at DESC`,
      [buddyId],
    );
  }

  /** Not in the future, and not before anything it would end: an allocation's start, or an earlier move. */
  private async checkDate(manager: EntityManager, on: string, buddy: BuddyForChange): Promise<void> {
    if (on > today()) throw invalid({ date: ['The date cannot be in the future'] });
    if (on < buddy.appliedOn) throw invalid({ date: [`The date cannot be before they applied (${buddy.appliedOn})`] });
    const [{ latest }] = await manager.query(
      `SELECT to_char(GREATEST(
          (SELECT max(starts_on) FROM allocations WHERE buddy_id = $1 AND status = 'active'),
          (SELECT max(transferred_on) FROM buddy_transfers WHERE buddy_id = $1)), 'YYYY-MM-DD') AS latest`,
      [buddy.id],
    );
    if (latest && on < latest) throw invalid({ date: [`The date cannot be before ${latest}, when an allocation started or they last moved`] });
  }

  /** Ends active allocations and withdraws from cohorts still running, each audited. */
  private async closeActivity(manager: EntityManager, actor: Actor, buddy: BuddyForChange, on: string, reason: string): Promise<{ allocationsEnded: number; enrolmentsWithdrawn: number }> {
    const allocationsEnded = await this.allocations.endAll(manager, actor, buddy.id, on, reason);
    const [withdrawn]: [{ id: string; cohort_id: string }[], number] = await manager.query(
      `UPDATE enrolments e SET status = 'withdrawn', withdrawn_on = GREATEST($2::date, e.enrolled_on), withdrawal_reason = $3, version = e.version + 1
         FROM cohorts co
        WHERE co.id = e.cohort_id AND e.buddy_id = $1 AND e.status = 'active' AND ${cohortStatusSql('co.starts_on', 'co.ends_on', '$2::date')} <> 'finished'
        RETURNING e.id, e.cohort_id`,
      [buddy.id, on, reason],
    );
    await this.audit.recordMany(
      manager,
      actor,
      withdrawn.map((e) => ({ action: 'buddy.withdrawn', entityType: 'buddy', entityId: buddy.id, prisonId: buddy.prisonId, before: { enrolmentId: e.id, status: 'active' }, after: { enrolmentId: e.id, cohortId: e.cohort_id, status: 'withdrawn', withdrawnOn: on, reason } })),
    );
    return { allocationsEnded, enrolmentsWithdrawn: withdrawn.length };
  }
}
