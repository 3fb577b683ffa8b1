import { Injectable } from '@nestjs/common';
import type { PrisonPolicyView } from '@peerpath/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { conflict, notFound } from '@peerpath/api/platform/domain-error';
import type { UpdatePolicyDto } from './dto/policy.dto';

const POLICY_COLUMNS = `p.code AS "prisonCode", p.name AS "prisonName", p.supervision_interval_days AS "supervisionIntervalDays",
  p.weekly_hours_cap AS "weeklyHoursCap", p.certificate_validity_months AS "certificateValidityMonths",
  p.attendance_threshold_percent AS "attendanceThresholdPercent", p.staff_cost_per_hour_pence AS "staffCostPerHourPence",
  p.policy_version AS version`;

const policyOf = (p: PrisonPolicyView) => ({
  prisonCode: p.prisonCode,
  supervisionIntervalDays: p.supervisionIntervalDays,
  weeklyHoursCap: p.weeklyHoursCap,
  certificateValidityMonths: p.certificateValidityMonths,
  attendanceThresholdPercent: p.attendanceThresholdPercent,
  staffCostPerHourPence: p.staffCostPerHourPence,
});

/** Each prison's scheme policy: supervision interval, weekly hours cap, certificate validity, attendance threshold, staff cost per hour. */
@Injectable()
export class PolicyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(prisonCode: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<PrisonPolicyView> {
    const [row] = await manager.query(`SELECT ${POLICY_COLUMNS} FROM prisons p WHERE p.code = $1 ${lock ? 'FOR UPDATE' : ''}`, [prisonCode.toUpperCase()]);
    if (!row) throw notFound('Prison');
    return row;
  }

  /** Optimistic locking: two people editing the policy at once cannot overwrite each other unseen. */
  async update(actor: Actor, prisonCode: string, dto: UpdatePolicyDto): Promise<PrisonPolicyView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(prisonCode, manager, true);
      const { expectedVersion, ...changes } = dto;
      // Omitting the staff cost leaves it as it was; null clears it.
      const policy = { ...changes, staffCostPerHourPence: changes.staffCostPerHourPence === undefined ? before.staffCostPerHourPence : changes.staffCostPerHourPence };
      const [rows] = await manager.query(
        `UPDATE prisons SET supervision_interval_days = $2, weekly_hours_cap = $3, certificate_validity_months = $4,
                attendance_threshold_percent = $5, staff_cost_per_hour_pence = $7, policy_version = policy_version + 1
          WHERE code = $1 AND policy_version = $6 RETURNING id`,
        [before.prisonCode, policy.supervisionIntervalDays, policy.weeklyHoursCap, policy.certificateValidityMonths, policy.attendanceThresholdPercent, expectedVersion, policy.staffCostPerHourPence],
      );
      if (!rows.length) throw conflict('STALE_VERSION', 'Someone else changed this policy since you opened it: reload and try again');
      await this.audit.record(manager, actor, {
        action: 'prison.policy_changed',
        entityType: 'prison',
        entityId: rows[0].id,
        prisonId: rows[0].id,
        before: policyOf(before),
        after: policyOf({ ...before, ...policy }),
      });
      return this.get(prisonCode, manager);
    });
  }
}
