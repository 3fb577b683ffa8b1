import { Injectable } from '@nestjs/common';
import type { DecisionHistory, DecisionView, ModuleAssessmentSheet } from '@peerpath/contracts';
import { methodProblem, type CriterionForAssessment } from '@peerpath/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '@peerpath/api/auth/actor';
import { AuditService } from '@peerpath/api/audit/audit.service';
import { BuddiesService } from '@peerpath/api/buddies/buddies.service';
import { CohortContextLoader } from '@peerpath/api/cohorts/cohort-context';
import { today } from '@peerpath/api/platform/dates';
import { invalid, notFound } from '@peerpath/api/platform/domain-error';
import type { RecordDecisionsDto } from './dto/assessment.dto';
import { inTransaction } from '@peerpath/api/platform/idempotency';

/** A decision as shown anywhere; `current` is false once a later one supersedes it. */
const DECISION_VIEW = `
  SELECT d.id, d.buddy_id AS "buddyId", d.criterion_id AS "criterionId", ac.code AS "criterionCode",
         d.outcome, d.method, to_char(d.assessed_on, 'YYYY-MM-DD') AS "assessedOn", d.evidence_note AS "evidenceNote",
         u.display_name AS "assessorName", d.recorded_at AS "recordedAt",
         NOT EXISTS (SELECT 1 FROM assessment_decisions later
                      WHERE later.buddy_id = d.buddy_id AND later.criterion_id = d.criterion_id AND later.seq > d.seq) AS current
    FROM assessment_decisions d
    JOIN assessment_criteria ac ON ac.id = d.criterion_id
    JOIN users u ON u.id = d.assessor_user_id`;

/** The most decisions one history answers with: far more than a module's criteria ever gather. */
export const DECISION_HISTORY_LIMIT = 500;

@Injectable()
export class AssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cohorts: CohortContextLoader,
    private readonly buddies: BuddiesService,
  ) {}

  /** One module's criteria by the cohort's active buddies, with the decision in force for each. */
  async sheet(actor: Actor, cohortId: string, moduleId: string): Promise<ModuleAssessmentSheet> {
    const manager = this.dataSource.manager;
    const cohort = await this.cohorts.load(manager, actor, cohortId);
    const [module] = await manager.query(`SELECT id, number, title FROM programme_modules WHERE id = $1 AND programme_version_id = $2`, [moduleId, cohort.programmeVersionId]);
    if (!module) throw notFound('Module');
    const [criteria, buddies, current] = await Promise.all([
      manager.query(
        `SELECT ac.id, ac.code, ac.kind, ac.text, ac.simulation_allowed AS "simulationAllowed", lo.code AS "outcomeCode", lo.text AS "outcomeText"
           FROM assessment_criteria ac JOIN learning_outcomes lo ON lo.id = ac.outcome_id
          WHERE ac.module_id = $1 ORDER BY lo.position, ac.position`,
        [moduleId],
      ),
      manager.query(
        `SELECT b.id AS "buddyId", b.prison_number AS "prisonNumber", b.first_name AS "firstName", b.last_name AS "lastName"
           FROM enrolments e JOIN buddies b ON b.id = e.buddy_id WHERE e.cohort_id = $1 AND e.status = 'active' ORDER BY b.last_name, b.first_name`,
        [cohortId],
      ),
      manager.query(
        `SELECT * FROM (${DECISION_VIEW}
           WHERE ac.module_id = $1 AND d.buddy_id IN (SELECT buddy_id FROM enrolments WHERE cohort_id = $2 AND status = 'active')) v
          WHERE v.current`,
        [moduleId, cohortId],
      ),
    ]);
    return { cohortId, moduleId, moduleNumber: module.number, moduleTitle: module.title, criteria, buddies, current };
  }

  /**
   * One assessment occasion: the same method, date and note for every decision in it, so
   * one observation on the wing can cover several criteria and several buddies. Every
   * decision is checked before any is written; a refusal names each problem.
   */
  async record(actor: Actor, cohortId: string, dto: RecordDecisionsDto): Promise<DecisionView[]> {
    return inTransaction(this.dataSource, async (manager) => {
      const cohort = await this.cohorts.load(manager, actor, cohortId, 'assess');
      const fieldErrors: Record<string, string[]> = {};
      if (dto.assessedOn > today()) fieldErrors['assessedOn'] = ['The assessment date cannot be in the future'];
      if (dto.assessedOn < cohort.startsOn) fieldErrors['assessedOn'] = [`The assessment date cannot be before the cohort started (${cohort.startsOn})`];

      const criterionIds = [...new Set(dto.decisions.map((d) => d.criterionId))];
      const buddyIds = [...new Set(dto.decisions.map((d) => d.buddyId))];
      // One after the other: a transaction is one connection, which runs one statement at a time.
      const criteria: (CriterionForAssessment & { id: string })[] = await manager.query(
        `SELECT id, code, kind, simulation_allowed AS "simulationAllowed" FROM assessment_criteria WHERE id = ANY($1) AND programme_version_id = $2`,
        [criterionIds, cohort.programmeVersionId],
      );
      const enrolled: { buddyId: string }[] = await manager.query(`SELECT buddy_id AS "buddyId" FROM enrolments WHERE cohort_id = $1 AND status = 'active' AND buddy_id = ANY($2)`, [cohortId, buddyIds]);
      const criterionById = new Map(criteria.map((c) => [c.id, c]));
      const active = new Set(enrolled.map((e) => e.buddyId));
      const seen = new Set<string>();
      dto.decisions.forEach((d, i) => {
        const problems: string[] = [];
        const criterion = criterionById.get(d.criterionId);
        if (!active.has(d.buddyId)) problems.push('This buddy is not actively enrolled in the cohort');
        if (!criterion) problems.push("This criterion is not part of the cohort's programme version");
        else {
          const problem = methodProblem(criterion, dto.method);
          if (problem) problems.push(problem);
        }
        const pair = `${d.buddyId}:${d.criterionId}`;
        if (seen.has(pair)) problems.push('Each buddy and criterion can be decided once per occasion');
        seen.add(pair);
        if (problems.length) fieldErrors[`decisions.${i}`] = problems;
      });
      if (Object.keys(fieldErrors).length) throw invalid(fieldErrors, 'Some decisions cannot be recorded: nothing was saved');

      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO assessment_decisions (buddy_id, criterion_id, cohort_id, outcome, method, assessed_on, evidence_note, assessor_user_id)
         SELECT d.buddy_id, d.criterion_id, $4, d.outcome::assessment_outcome, $5, $6, $7, $8
           FROM unnest($1::uuid[], $2::uuid[], $3::text[]) WITH ORDINALITY AS d(buddy_id, criterion_id, outcome, n)
          ORDER BY d.n
         RETURNING id`,
        [dto.decisions.map((d) => d.buddyId), dto.decisions.map((d) => d.criterionId), dto.decisions.map((d) => d.outcome), cohortId, dto.method, dto.assessedOn, dto.evidenceNote, actor.id],
      );
      // One audit event per buddy: their record changed, with every decision made for them.
      await this.audit.recordMany(
        manager,
        actor,
        buddyIds.map((buddyId) => ({
          action: 'assessment.decisions_recorded',
          entityType: 'buddy',
          entityId: buddyId,
          prisonId: cohort.prisonId,
          after: {
            cohortId,
            method: dto.method,
            assessedOn: dto.assessedOn,
            evidenceNote: dto.evidenceNote,
            decisions: dto.decisions.filter((d) => d.buddyId === buddyId).map((d) => ({ criterion: criterionById.get(d.criterionId)?.code, outcome: d.outcome })),
          },
        })),
      );
      return this.decisions(manager, `d.id = ANY($1)`, [inserted.map((row) => row.id)]);
    });
  }

  /** Every decision for a buddy, newest first, superseded ones included (BRIEF: history stays auditable). */
  async history(actor: Actor, buddyId: string): Promise<DecisionView[]> {
    await this.buddies.get(actor, buddyId);
    return this.decisions(this.dataSource.manager, `d.buddy_id = $1`, [buddyId]);
  }

  /**
   * Every decision made in this cohort for one buddy on one module, newest first. The cohort
   * decides who may read (its trainers and assessors, those overseeing its prison); a buddy
   * never enrolled in it, or a module not in its programme version, is not found.
   */
  async historyOnModule(actor: Actor, cohortId: string, buddyId: string, moduleId: string): Promise<DecisionHistory> {
    const manager = this.dataSource.manager;
    const cohort = await this.cohorts.load(manager, actor, cohortId);
    const [[module], [buddy]] = await Promise.all([
      manager.query(
        `SELECT m.id, m.number, m.title, p.title AS "programmeTitle", pv.label AS "versionLabel"
           FROM programme_modules m JOIN programme_versions pv ON pv.id = m.programme_version_id JOIN programmes p ON p.id = pv.programme_id
          WHERE m.id = $1 AND m.programme_version_id = $2`,
        [moduleId, cohort.programmeVersionId],
      ),
      manager.query(
        `SELECT b.id AS "buddyId", b.prison_number AS "prisonNumber", b.first_name AS "firstName", b.last_name AS "lastName"
           FROM enrolments e JOIN buddies b ON b.id = e.buddy_id WHERE e.cohort_id = $1 AND e.buddy_id = $2 LIMIT 1`,
        [cohortId, buddyId],
      ),
    ]);
    if (!module) throw notFound('Module');
    if (!buddy) throw notFound('Buddy');
    const where = `d.buddy_id = $1 AND d.cohort_id = $2 AND ac.module_id = $3`;
    const [criteria, decisions, [{ total }]] = await Promise.all([
      manager.query(
        `SELECT ac.id, ac.code, ac.text FROM assessment_criteria ac JOIN learning_outcomes lo ON lo.id = ac.outcome_id
          WHERE ac.module_id = $1 ORDER BY lo.position, ac.position`,
        [moduleId],
      ),
      manager.query(`${DECISION_VIEW} WHERE ${where} ORDER BY d.seq DESC LIMIT $4`, [buddyId, cohortId, moduleId, DECISION_HISTORY_LIMIT]),
      manager.query(`SELECT count(*)::int AS total FROM assessment_decisions d JOIN assessment_criteria ac ON ac.id = d.criterion_id WHERE ${where}`, [buddyId, cohortId, moduleId]),
    ]);
    return {
      cohortId,
      cohortName: cohort.name,
      programmeTitle: module.programmeTitle,
      versionLabel: module.versionLabel,
      moduleId,
      moduleNumber: module.number,
      moduleTitle: module.title,
      buddy,
      criteria,
      decisions,
      total,
      limit: DECISION_HISTORY_LIMIT,
    };
  }

  private decisions(manager: EntityManager, where: string, params: unknown[]): Promise<DecisionView[]> {
    return manager.query(`${DECISION_VIEW} WHERE ${where} ORDER BY d.seq DESC`, params);
  }
}
