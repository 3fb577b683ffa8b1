import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CertificateVerification, CertificateView, EligibilityView, RoleName, StoredCertificateStatus } from '@peerpath/contracts';
import { certificateExpiry, certificateNumber, certificateStatus, closedRecordAllows, formatShortCode, initials, normaliseShortCode, PERMISSIONS, statusChangeAction, statusChangeProblem, type StatusChange } from '@peerpath/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, actorReaches } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { BuddiesService } from '@peerpath/api/buddies/buddies.service';
import { today } from '@peerpath/api/platform/dates';
import { conflict, notFound, recordClosed, refusedByRule } from '@peerpath/api/platform/domain-error';
import { prepared, runPrepared } from '@peerpath/api/platform/prepared';
import { certificateStatusSql } from './certification.sql';
import { eligibilityOf, type Eligibility } from './eligibility';

const STATUS_AFTER: Record<StatusChange, 'valid' | 'suspended' | 'revoked'> = { suspend: 'suspended', reinstate: 'valid', revoke: 'revoked' };

interface CertificateRow extends Omit<CertificateView, 'status' | 'verificationPath' | 'shortCode'> {
  shortCode: string;
  storedStatus: StoredCertificateStatus;
  verificationCode: string;
  buddyPrisonCode: string;
  buddyClusterCode: string;
  firstName: string;
  lastName: string;
}

const CERTIFICATE_SELECT = `
  SELECT c.id, c.number, c.buddy_id AS "buddyId", b.prison_number AS "prisonNumber", b.first_name || ' ' || b.last_name AS "holderName",
         b.first_name AS "firstName", b.last_name AS "lastName",
         pr.title AS "programmeTitle", pv.label AS "versionLabel", ip.code AS "issuingPrisonCode", ip.name AS "issuingPrisonName",
         to_char(c.issued_on, 'YYYY-MM-DD') AS "issuedOn", to_char(c.expires_on, 'YYYY-MM-DD') AS "expiresOn",
         c.status AS "storedStatus", u.display_name AS "issuedBy", c.verification_code AS "verificationCode", c.short_code AS "shortCode", c.version,
         bp.code AS "buddyPrisonCode", bc.code AS "buddyClusterCode",
         COALESCE((SELECT json_agg(json_build_object('fromStatus', h.from_status, 'toStatus', h.to_status, 'reason', h.reason,
                     'changedBy', hu.display_name, 'changedAt', h.changed_at) ORDER BY h.changed_at DESC)
                     FROM certificate_status_changes h JOIN users hu ON hu.id = h.changed_by_user_id WHERE h.certificate_id = c.id), '[]') AS history,
         (SELECT rc.number FROM certificates rc WHERE rc.id = c.renews_certificate_id) AS "renewsNumber",
         (SELECT rc.number FROM certificates rc WHERE rc.renews_certificate_id = c.id) AS "renewedByNumber"
    FROM certificates c
    JOIN buddies b ON b.id = c.buddy_id
    JOIN prisons bp ON bp.id = b.prison_id
    JOIN clusters bc ON bc.id = bp.cluster_id
    JOIN prisons ip ON ip.id = c.prison_id
    JOIN programme_versions pv ON pv.id = c.programme_version_id
    JOIN programmes pr ON pr.id = c.programme_id
    JOIN users u ON u.id = c.issued_by_user_id`;

type VerificationRow = Pick<CertificateRow, 'storedStatus' | 'issuedOn' | 'expiresOn' | 'programmeTitle' | 'versionLabel' | 'issuingPrisonName' | 'firstName' | 'lastName'>;

/** The public check by either code: only what the verification page shows, prepared (it is the busiest public route). */
const VERIFY_CERTIFICATE = prepared(
  'verify_certificate',
  `SELECT c.status AS "storedStatus", to_char(c.issued_on, 'YYYY-MM-DD') AS "issuedOn", to_char(c.expires_on, 'YYYY-MM-DD') AS "expiresOn",
          pr.title AS "programmeTitle", pv.label AS "versionLabel", ip.name AS "issuingPrisonName", b.first_name AS "firstName", b.last_name AS "lastName"
     FROM certificates c
     JOIN buddies b ON b.id = c.buddy_id
     JOIN prisons ip ON ip.id = c.prison_id
     JOIN programme_versions pv ON pv.id = c.programme_version_id
     JOIN programmes pr ON pr.id = c.programme_id
    WHERE c.verification_code = $1 OR c.short_code = $2`,
);

export const verificationPath = (code: string) => `/verify/${code}`;

/** The issuing prison's next number for the year. The counter row is locked by the upsert: numbers are never repeated or skipped under concurrency. */
export async function nextCertificateNumber(manager: EntityManager, prisonId: string, prisonCode: string, on: string): Promise<string> {
  const year = Number(on.slice(0, 4));
  const [{ last_number: sequence }] = await manager.query(
    `INSERT INTO certificate_counters (prison_id, year, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (prison_id, year) DO UPDATE SET last_number = certificate_counters.last_number + 1 RETURNING last_number`,
    [prisonId, year],
  );
  return certificateNumber(prisonCode, year, sequence);
}

function toView(row: CertificateRow, on: string): CertificateView {
  return {
    id: row.id,
    number: row.number,
    buddyId: row.buddyId,
    prisonNumber: row.prisonNumber,
    holderName: row.holderName,
    programmeTitle: row.programmeTitle,
    versionLabel: row.versionLabel,
    issuingPrisonCode: row.issuingPrisonCode,
    issuingPrisonName: row.issuingPrisonName,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    status: certificateStatus(row.storedStatus, row.expiresOn, on),
    issuedBy: row.issuedBy,
    verificationPath: verificationPath(row.verificationCode),
    shortCode: formatShortCode(row.shortCode),
    history: row.history,
    renewsNumber: row.renewsNumber,
    renewedByNumber: row.renewedByNumber,
    version: row.version,
  };
}

@Injectable()
export class CertificatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly buddies: BuddiesService,
  ) {}

  async eligibility(actor: Actor, buddyId: string): Promise<EligibilityView> {
    // One query: the facts carry the buddy's prison, so the scope check needs no read of its own.
    const e = await eligibilityOf(this.dataSource.manager, buddyId, today());
    if (!actorReaches(actor, PERMISSIONS.readBuddies, { code: e.prisonCode, clusterCode: e.clusterCode })) throw notFound('Buddy');
    return {
      allowed: e.allowed,
      reasons: e.reasons,
      buddyId: e.buddyId,
      programmeVersionId: e.programmeVersionId,
      programmeTitle: e.programmeTitle,
      versionLabel: e.versionLabel,
      modulesComplete: e.modulesComplete,
      modulesTotal: e.modulesTotal,
      attendanceRatePercent: e.attendanceRatePercent,
      attendanceThresholdPercent: e.attendanceThresholdPercent,
      supervisionsDuringTraining: e.supervisionsDuringTraining,
    };
  }

  /**
   * Issues the buddy's certificate when they are eligible. Idempotent: the buddy's row is
   * locked, so a repeated or concurrent request finds the certificate the first one made and
   * gets it back (created: false); the partial unique index is the last line of defence.
   */
  async issue(actor: Actor, buddyId: string): Promise<{ certificate: CertificateView; created: boolean }> {
    const on = today();
    const { id, created } = await this.dataSource.transaction(async (manager) => {
      const buddy = await this.buddies.lockForChange(manager, actor, buddyId, PERMISSIONS.issueCertificates, 'issueCertificate');
      const eligibility = await eligibilityOf(manager, buddyId, on);
      const existing = await this.existing(manager, buddyId, eligibility, on);
      if (existing) return { id: existing, created: false };
      if (!eligibility.allowed || !eligibility.programmeVersionId) {
        throw refusedByRule('NOT_ELIGIBLE', `${buddy.firstName} ${buddy.lastName} cannot be certified yet`, eligibility.reasons);
      }
      const number = await nextCertificateNumber(manager, buddy.prisonId, buddy.prisonCode, on);
      const expiresOn = certificateExpiry(on, eligibility.certificateValidityMonths);
      const [{ id: certificateId }] = await manager.query(
        `INSERT INTO certificates (number, buddy_id, programme_version_id, programme_id, prison_id, issued_on, expires_on, verification_code, issued_by_user_id, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1) RETURNING id`,
        [number, buddyId, eligibility.programmeVersionId, eligibility.programmeId, buddy.prisonId, on, expiresOn, randomBytes(16).toString('base64url'), actor.id],
      );
      await this.audit.record(manager, actor, {
        action: 'certificate.issued',
        entityType: 'certificate',
        entityId: certificateId,
        prisonId: buddy.prisonId,
        after: { buddyId, number, programmeVersionId: eligibility.programmeVersionId, issuedOn: on, expiresOn, status: 'valid' },
      });
      return { id: certificateId as string, created: true };
    });
    return { certificate: await this.get(actor, id, PERMISSIONS.issueCertificates), created };
  }

  async listForBuddy(actor: Actor, buddyId: string): Promise<CertificateView[]> {
    await this.buddies.get(actor, buddyId);
    const rows: CertificateRow[] = await this.dataSource.query(`${CERTIFICATE_SELECT} WHERE c.buddy_id = $1 ORDER BY c.issued_on DESC, c.created_at DESC`, [buddyId]);
    const on = today();
    return rows.map((row) => toView(row, on));
  }

  /** A certificate follows its holder: whoever may see the buddy now may see it. */
  async get(actor: Actor, certificateId: string, roles: readonly RoleName[] = PERMISSIONS.readBuddies, manager: EntityManager = this.dataSource.manager): Promise<CertificateView> {
    const row = await this.row(manager, actor, certificateId, roles);
    return toView(row, today());
  }

  async changeStatus(actor: Actor, certificateId: string, change: StatusChange, reason: string): Promise<CertificateView> {
    await this.dataSource.transaction((manager) => this.changeStatusIn(manager, actor, certificateId, change, reason));
    return this.get(actor, certificateId, PERMISSIONS.issueCertificates);
  }

  /** The status change inside a caller's transaction (a concern may suspend the certificate as it is reviewed). */
  async changeStatusIn(manager: EntityManager, actor: Actor, certificateId: string, change: StatusChange, reason: string): Promise<void> {
    // The buddy first, as allocation and issuing do: a suspension and an allocation cannot interleave.
    const [buddy]: { prisonNumber: string; releasedOn: string | null }[] = await manager.query(
      `SELECT b.prison_number AS "prisonNumber", to_char(b.released_on, 'YYYY-MM-DD') AS "releasedOn" FROM buddies b JOIN certificates c ON c.buddy_id = b.id WHERE c.id = $1 FOR UPDATE OF b`,
      [certificateId],
    );
    const row = await this.row(manager, actor, certificateId, PERMISSIONS.issueCertificates, true);
    // A released buddy's certificate may still be revoked, not suspended or reinstated.
    if (buddy.releasedOn && !closedRecordAllows(statusChangeAction(change))) throw recordClosed(buddy.prisonNumber, buddy.releasedOn);
    const current = certificateStatus(row.storedStatus, row.expiresOn, today());
    const problem = statusChangeProblem(change, current);
    if (problem) throw conflict('STATUS_CHANGE_NOT_ALLOWED', problem);
    const next = STATUS_AFTER[change];
    await manager.query(`UPDATE certificates SET status = $2, version = version + 1 WHERE id = $1`, [certificateId, next]);
    await manager.query(
      `INSERT INTO certificate_status_changes (certificate_id, from_status, to_status, reason, changed_by_user_id) VALUES ($1, $2, $3, $4, $5)`,
      [certificateId, row.storedStatus, next, reason, actor.id],
    );
    const [{ prison_id: prisonId }] = await manager.query(`SELECT prison_id FROM buddies WHERE id = $1`, [row.buddyId]);
    await this.audit.record(manager, actor, {
      action: `certificate.${change === 'suspend' ? 'suspended' : change === 'reinstate' ? 'reinstated' : 'revoked'}`,
      entityType: 'certificate',
      entityId: certificateId,
      prisonId,
      before: { status: row.storedStatus },
      after: { status: next, reason, buddyId: row.buddyId, number: row.number },
    });
  }

  /** The id of the buddy's certificate in force (valid and unexpired), if any. */
  async currentCertificateId(manager: EntityManager, buddyId: string): Promise<string | null> {
    const [row] = await manager.query(
      `SELECT id FROM certificates c WHERE c.buddy_id = $1 AND ${certificateStatusSql('c.status', 'c.expires_on', '$2::date')} = 'valid' ORDER BY c.issued_on DESC LIMIT 1`,
      [buddyId, today()],
    );
    return row?.id ?? null;
  }

  /**
   * Public: only what a verifier needs (valid or not, status, programme, dates, issuing prison,
   * initials). By the long code in the QR link, or by the short code printed under it however it
   * was typed (any case, spaces, hyphens, O for 0).
   */
  async verify(code: string): Promise<CertificateVerification> {
    const [row] = await runPrepared<VerificationRow>(this.dataSource, VERIFY_CERTIFICATE, [code, normaliseShortCode(code)]);
    if (!row) throw notFound('Certificate');
    const status = certificateStatus(row.storedStatus, row.expiresOn, today());
    return {
      valid: status === 'valid',
      status,
      programme: `${row.programmeTitle} (${row.versionLabel})`,
      issuedOn: row.issuedOn,
      expiresOn: row.expiresOn,
      issuingPrison: row.issuingPrisonName,
      holderInitials: initials(row.firstName, row.lastName),
    };
  }

  /** The certificate a repeated issue returns: one in force or suspended for this version (an expired one is renewed instead). */
  private async existing(manager: EntityManager, buddyId: string, eligibility: Eligibility, on: string): Promise<string | null> {
    if (!eligibility.programmeVersionId) return null;
    const [row] = await manager.query(
      `SELECT id FROM certificates c WHERE c.buddy_id = $1 AND c.programme_version_id = $2 AND ${certificateStatusSql('c.status', 'c.expires_on', '$3::date')} IN ('valid', 'suspended')`,
      [buddyId, eligibility.programmeVersionId, on],
    );
    return row?.id ?? null;
  }

  private async row(manager: EntityManager, actor: Actor, certificateId: string, roles: readonly RoleName[], lock = false): Promise<CertificateRow> {
    const [row]: CertificateRow[] = await manager.query(`${CERTIFICATE_SELECT} WHERE c.id = $1 ${lock ? 'FOR UPDATE OF c' : ''}`, [certificateId]);
    if (!row || !actorReaches(actor, roles, { code: row.buddyPrisonCode, clusterCode: row.buddyClusterCode })) throw notFound('Certificate');
    return row;
  }
}
