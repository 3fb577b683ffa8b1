import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CertificateView, RefresherCriterionView, RenewalView, StoredCertificateStatus } from '@peerpath/contracts';
import { certificateExpiry, certificateStatus, PERMISSIONS, refresherRemet, renewalEligibility } from '@peerpath/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { BuddiesService } from '@peerpath/api/buddies/buddies.service';
import { today } from '@peerpath/api/platform/dates';
import { notFound, refusedByRule } from '@peerpath/api/platform/domain-error';
import { CertificatesService, nextCertificateNumber } from './certificates.service';

interface RenewalRow {
  buddyId: string;
  prisonId: string;
  prisonCode: string;
  number: string;
  storedStatus: StoredCertificateStatus;
  issuedOn: string;
  expiresOn: string;
  programmeVersionId: string;
  programmeId: string;
  selectionApproved: boolean;
  recordClosed: boolean;
  intervalDays: number;
  validityMonths: number;
  lastSupervisedOn: string | null;
  refresherCriteria: Omit<RefresherCriterionView, 'remet'>[];
}

/**
 * Renewal by refresher (BRIEF: certification, "expiry, renewal by refresher"): a new
 * certificate that supersedes the one it renews, when renewalEligibility() allows.
 */
@Injectable()
export class RenewalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly buddies: BuddiesService,
    private readonly certificates: CertificatesService,
  ) {}

  /** What renewing this certificate needs, and what is still missing (the panel on the buddy's page). */
  async readiness(actor: Actor, certificateId: string): Promise<RenewalView> {
    await this.certificates.get(actor, certificateId);
    return this.view(this.dataSource.manager, certificateId, today());
  }

  /**
   * Renews when allowed. Idempotent and safe under concurrency: the buddy's row is locked,
   * and a certificate already renewed answers with its renewal (created: false); the partial
   * unique index allows one live certificate per programme version whatever happens.
   */
  async renew(actor: Actor, certificateId: string): Promise<{ certificate: CertificateView; created: boolean }> {
    const on = today();
    const { id, created } = await this.dataSource.transaction(async (manager) => {
      const [owner] = await manager.query(`SELECT buddy_id FROM certificates WHERE id = $1`, [certificateId]);
      if (!owner) throw notFound('Certificate');
      const buddy = await this.buddies.lockForChange(manager, actor, owner.buddy_id, PERMISSIONS.issueCertificates, 'renewCertificate');
      const [renewal] = await manager.query(`SELECT id FROM certificates WHERE renews_certificate_id = $1`, [certificateId]);
      if (renewal) return { id: renewal.id as string, created: false };
      const view = await this.view(manager, certificateId, on);
      if (!view.allowed) throw refusedByRule('NOT_RENEWABLE', `Certificate ${view.certificateNumber} cannot be renewed yet`, view.reasons);
      const row = await this.row(manager, certificateId);
      const number = await nextCertificateNumber(manager, buddy.prisonId, buddy.prisonCode, on);
      const expiresOn = certificateExpiry(on, row.validityMonths);
      // The old certificate is superseded first: the index allows one live certificate per version.
      await manager.query(`UPDATE certificates SET status = 'superseded', version = version + 1 WHERE id = $1`, [certificateId]);
      await manager.query(
        `INSERT INTO certificate_status_changes (certificate_id, from_status, to_status, reason, changed_by_user_id) VALUES ($1, $2, 'superseded', $3, $4)`,
        [certificateId, row.storedStatus, `Renewed by certificate ${number}`, actor.id],
      );
      const [{ id: renewedId }] = await manager.query(
        `INSERT INTO certificates (number, buddy_id, programme_version_id, programme_id, prison_id, issued_on, expires_on, verification_code, issued_by_user_id, renews_certificate_id, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1) RETURNING id`,
        [number, buddy.id, row.programmeVersionId, row.programmeId, buddy.prisonId, on, expiresOn, randomBytes(16).toString('base64url'), actor.id, certificateId],
      );
      await this.audit.recordMany(manager, actor, [
        {
          action: 'certificate.superseded',
          entityType: 'certificate',
          entityId: certificateId,
          prisonId: buddy.prisonId,
          before: { status: row.storedStatus },
          after: { status: 'superseded', renewedBy: number, buddyId: buddy.id, number: row.number },
        },
        {
          action: 'certificate.renewed',
          entityType: 'certificate',
          entityId: renewedId,
          prisonId: buddy.prisonId,
          after: { buddyId: buddy.id, number, renews: row.number, programmeVersionId: row.programmeVersionId, issuedOn: on, expiresOn, status: 'valid' },
        },
      ]);
      return { id: renewedId as string, created: true };
    });
    return { certificate: await this.certificates.get(actor, id, PERMISSIONS.issueCertificates), created };
  }

  private async view(manager: EntityManager, certificateId: string, on: string): Promise<RenewalView> {
    const row = await this.row(manager, certificateId);
    const status = certificateStatus(row.storedStatus, row.expiresOn, on);
    const outcome = renewalEligibility({
      recordClosed: row.recordClosed,
      selectionApproved: row.selectionApproved,
      certificate: { number: row.number, status, issuedOn: row.issuedOn },
      refresherCriteria: row.refresherCriteria,
      lastSupervisedOn: row.lastSupervisedOn,
      intervalDays: row.intervalDays,
      today: on,
    });
    return {
      ...outcome,
      certificateId,
      certificateNumber: row.number,
      certificateStatus: status,
      issuedOn: row.issuedOn,
      expiresOn: row.expiresOn,
      refresherCriteria: row.refresherCriteria.map((c) => ({ ...c, remet: refresherRemet(c.metOn, row.issuedOn) })),
      lastSupervisedOn: row.lastSupervisedOn,
      supervisionIntervalDays: row.intervalDays,
    };
  }

  /** The certificate, its holder and the refresher criteria of its programme version with each one's decision in force, in one query. */
  private async row(manager: EntityManager, certificateId: string): Promise<RenewalRow> {
    const [row]: RenewalRow[] = await manager.query(
      `SELECT b.id AS "buddyId", p.id AS "prisonId", p.code AS "prisonCode", c.number, c.status AS "storedStatus",
              to_char(c.issued_on, 'YYYY-MM-DD') AS "issuedOn", to_char(c.expires_on, 'YYYY-MM-DD') AS "expiresOn",
              c.programme_version_id AS "programmeVersionId", c.programme_id AS "programmeId",
              b.selection_status = 'approved' AS "selectionApproved", b.released_on IS NOT NULL AS "recordClosed",
              p.supervision_interval_days AS "intervalDays", p.certificate_validity_months AS "validityMonths",
              (SELECT to_char(max(s.held_on), 'YYYY-MM-DD') FROM supervisions s WHERE s.buddy_id = b.id) AS "lastSupervisedOn",
              COALESCE((
                SELECT json_agg(json_build_object(
                         'criterionId', ac.id, 'code', ac.code, 'text', ac.text, 'moduleNumber', m.number, 'moduleTitle', m.title,
                         'metOn', CASE WHEN latest.outcome = 'met' THEN to_char(latest.assessed_on, 'YYYY-MM-DD') END)
                       ORDER BY m.number, string_to_array(ac.code, '.')::int[])
                  FROM assessment_criteria ac
                  JOIN programme_modules m ON m.id = ac.module_id
                  LEFT JOIN LATERAL (
                    SELECT d.outcome, d.assessed_on FROM assessment_decisions d
                     WHERE d.buddy_id = b.id AND d.criterion_id = ac.id ORDER BY d.seq DESC LIMIT 1) latest ON true
                 WHERE ac.programme_version_id = c.programme_version_id AND ac.refresher), '[]') AS "refresherCriteria"
         FROM certificates c JOIN buddies b ON b.id = c.buddy_id JOIN prisons p ON p.id = b.prison_id
        WHERE c.id = $1`,
      [certificateId],
    );
    if (!row) throw notFound('Certificate');
    return row;
  }
}
