import { Injectable } from '@nestjs/common';
import type { BulkPerson } from '@peerpath/contracts';
import { bulkSelectionProblems, PERMISSIONS } from '@peerpath/domain';
import { DataSource } from 'typeorm';
import { type Actor, actorReaches } from '@peerpath/api/auth/actor';
import { fieldErrorsFrom, today } from '@peerpath/api/platform/dates';
import { invalid, notFound, refusedForPeople } from '@peerpath/api/platform/domain-error';
import { BuddiesService, type BuddyForChange } from './buddies.service';
import type { RecordBulkSelectionDto } from './dto/buddy.dto';
import { inTransaction } from '@peerpath/api/platform/idempotency';

type Applicant = BulkPerson & Pick<BuddyForChange, 'selectionStatus' | 'appliedOn'> & { released: boolean; prisonCode: string; clusterCode: string };

/**
 * One selection decision for many applicants, all or none: each is checked with the same rule
 * as a single decision, and each decision is written and audited exactly as a single one is.
 */
@Injectable()
export class BulkSelectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly buddies: BuddiesService,
  ) {}

  async record(actor: Actor, dto: RecordBulkSelectionDto): Promise<BulkPerson[]> {
    const { buddyIds, ...decision } = dto;
    return inTransaction(this.dataSource, async (manager) => {
      // Locked in a stable order so that two bulk decisions cannot deadlock.
      const rows: Applicant[] = await manager.query(
        `SELECT b.id AS "buddyId", b.prison_number AS "prisonNumber", b.first_name AS "firstName", b.last_name AS "lastName",
                b.selection_status AS "selectionStatus", to_char(b.applied_on, 'YYYY-MM-DD') AS "appliedOn", b.released_on IS NOT NULL AS released,
                p.code AS "prisonCode", c.code AS "clusterCode"
           FROM buddies b JOIN prisons p ON p.id = b.prison_id JOIN clusters c ON c.id = p.cluster_id
          WHERE b.id = ANY($1::uuid[]) ORDER BY b.id FOR UPDATE OF b`,
        [buddyIds],
      );
      const applicants = buddyIds.map((id) => {
        const row = rows.find((r) => r.buddyId === id);
        // Out of scope is not found, as for one record.
        if (!row || !actorReaches(actor, PERMISSIONS.changeBuddyRecords, { code: row.prisonCode, clusterCode: row.clusterCode })) throw notFound('Buddy');
        return row;
      });
      const problems = bulkSelectionProblems(decision, applicants, today());
      if (problems.decision.length) throw invalid(fieldErrorsFrom(problems.decision));
      const refused = problems.people.filter((p) => p.reasons.length > 0);
      if (refused.length) {
        throw refusedForPeople(
          'SELECTION_REFUSED',
          `Nothing was recorded: the decision cannot be recorded for ${refused.length} of the ${applicants.length} applicants chosen`,
          refused.map(({ applicant, reasons }) => ({ ...person(applicant), reasons })),
        );
      }
      for (const applicant of applicants) {
        await this.buddies.writeSelection(manager, actor, { id: applicant.buddyId, selectionStatus: applicant.selectionStatus }, decision, { decidedTogether: applicants.length });
      }
      return applicants.map(person);
    });
  }
}

const person = ({ buddyId, prisonNumber, firstName, lastName }: BulkPerson): BulkPerson => ({ buddyId, prisonNumber, firstName, lastName });
