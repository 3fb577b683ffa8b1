import { Injectable } from '@nestjs/common';
import type { OutcomeReviewView, RecipientOutcomeReviews } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { DataSource } from 'typeorm';
import { actorReaches, type Actor } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { today } from '@peerpath/api/platform/dates';
import { invalid, notFound } from '@peerpath/api/platform/domain-error';
import type { RecordOutcomeReviewDto } from './dto/outcome-review.dto';
import { outcomeReviewDueOnSql, outcomeReviewFactsSql } from './outcomes.sql';
import { inTransaction } from '@peerpath/api/platform/idempotency';

const VIEW = `
  SELECT o.id, o.recipient_id AS "recipientId", o.allocation_id AS "allocationId", to_char(o.reviewed_on, 'YYYY-MM-DD') AS "reviewedOn",
         o.helps_score AS "helpsScore", o.independence_score AS "independenceScore", o.comment,
         u.display_name AS "recordedByName", o.recorded_at AS "recordedAt"
    FROM outcome_reviews o JOIN users u ON u.id = o.recorded_by_user_id`;

/** Quarterly reviews with each supported recipient of what their buddy's support does for them. */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async ofRecipient(actor: Actor, recipientId: string): Promise<RecipientOutcomeReviews> {
    const [facts] = await this.dataSource.query(
      `SELECT p.code AS "prisonCode", cl.code AS "clusterCode", to_char(f.due_on, 'YYYY-MM-DD') AS "nextDueOn", f.due_on <= $2::date AS due
         FROM recipients r JOIN prisons p ON p.id = r.prison_id JOIN clusters cl ON cl.id = p.cluster_id
         CROSS JOIN LATERAL (SELECT ${outcomeReviewDueOnSql('facts.supported_since', 'facts.last_reviewed_on')} AS due_on
                               FROM (SELECT ${outcomeReviewFactsSql('$2::date')}) facts) f
        WHERE r.id = $1`,
      [recipientId, today()],
    );
    if (!facts || !actorReaches(actor, PERMISSIONS.readRecipients, { code: facts.prisonCode, clusterCode: facts.clusterCode })) throw notFound('Recipient');
    const reviews: OutcomeReviewView[] = await this.dataSource.query(`${VIEW} WHERE o.recipient_id = $1 ORDER BY o.reviewed_on DESC, o.recorded_at DESC`, [recipientId]);
    return { nextDueOn: facts.nextDueOn, due: facts.due === true, reviews };
  }

  /**
   * The coordinator records what the recipient said. It is linked to the support being reviewed
   * when there is exactly one active allocation; with none or several it stands for them all.
   */
  async record(actor: Actor, recipientId: string, dto: RecordOutcomeReviewDto): Promise<OutcomeReviewView> {
    return inTransaction(this.dataSource, async (manager) => {
      const [recipient] = await manager.query(
        `SELECT r.id, r.prison_id AS "prisonId", p.code AS "prisonCode", cl.code AS "clusterCode",
                to_char(LEAST((r.created_at AT TIME ZONE 'Europe/London')::date,
                              (SELECT min(a.starts_on) FROM allocations a WHERE a.recipient_id = r.id)), 'YYYY-MM-DD') AS "addedOn"
           FROM recipients r JOIN prisons p ON p.id = r.prison_id JOIN clusters cl ON cl.id = p.cluster_id
          WHERE r.id = $1 FOR UPDATE OF r`,
        [recipientId],
      );
      if (!recipient || !actorReaches(actor, PERMISSIONS.readRecipients, { code: recipient.prisonCode, clusterCode: recipient.clusterCode })) throw notFound('Recipient');
      if (!actorReaches(actor, PERMISSIONS.recordOutcomeReviews, { code: recipient.prisonCode, clusterCode: recipient.clusterCode })) {
        throw notFound('Recipient');
      }
      if (dto.reviewedOn > today()) throw invalid({ reviewedOn: ['The review date cannot be in the future'] });
      // Added to the register, or supported, whichever came first (records brought in from paper start with support).
      if (dto.reviewedOn < recipient.addedOn) throw invalid({ reviewedOn: [`The review date cannot be before they were added to the register (${recipient.addedOn})`] });
      const active: { id: string }[] = await manager.query(`SELECT id FROM allocations WHERE recipient_id = $1 AND status = 'active'`, [recipientId]);
      const allocationId = active.length === 1 ? active[0].id : null;
      const [{ id: reviewId }] = await manager.query(
        `INSERT INTO outcome_reviews (recipient_id, prison_id, allocation_id, reviewed_on, helps_score, independence_score, comment, recorded_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [recipientId, recipient.prisonId, allocationId, dto.reviewedOn, dto.helpsScore, dto.independenceScore, dto.comment ?? '', actor.id],
      );
      await this.audit.record(manager, actor, {
        action: 'outcome_review.recorded',
        entityType: 'recipient',
        entityId: recipientId,
        prisonId: recipient.prisonId,
        after: { outcomeReviewId: reviewId, allocationId, ...dto },
      });
      const [view]: OutcomeReviewView[] = await manager.query(`${VIEW} WHERE o.id = $1`, [reviewId]);
      return view;
    });
  }
}
