import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { DecisionHistory, DecisionView, ModuleAssessmentSheet } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { BuddyIdParams } from '@peerpath/api/buddies/dto/buddy.dto';
import { CohortIdParams } from '@peerpath/api/cohorts/dto/cohort.dto';
import { AssessmentsService } from './assessments.service';
import { BuddyModuleHistoryParams, ModuleAssessmentParams, RecordDecisionsDto } from './dto/assessment.dto';
import { Idempotent } from '@peerpath/api/platform/idempotency';

@ApiTags('assessments')
@Controller()
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Access(PERMISSIONS.readCohorts, Scope.filtered)
  @Get('cohorts/:cohortId/modules/:moduleId/assessment')
  sheet(@CurrentActor() actor: Actor, @Param() params: ModuleAssessmentParams): Promise<ModuleAssessmentSheet> {
    return this.assessments.sheet(actor, params.cohortId, params.moduleId);
  }

  /** Trainers and assessors of the cohort only: checked against the cohort's staff. */
  @Access(PERMISSIONS.assess, Scope.filtered)
  @Post('cohorts/:cohortId/decisions')
  @Idempotent()
  record(@CurrentActor() actor: Actor, @Param() params: CohortIdParams, @Body() dto: RecordDecisionsDto): Promise<DecisionView[]> {
    return this.assessments.record(actor, params.cohortId, dto);
  }

  @Access(PERMISSIONS.readBuddies, Scope.filtered)
  @Get('buddies/:buddyId/decisions')
  history(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams): Promise<DecisionView[]> {
    return this.assessments.history(actor, params.buddyId);
  }

  /** Everyone who reads the cohort: its trainers and assessors, and coordinators, auditors and admins over its prison. */
  @Access(PERMISSIONS.readCohorts, Scope.filtered)
  @Get('cohorts/:cohortId/buddies/:buddyId/modules/:moduleId/decisions')
  historyOnModule(@CurrentActor() actor: Actor, @Param() params: BuddyModuleHistoryParams): Promise<DecisionHistory> {
    return this.assessments.historyOnModule(actor, params.cohortId, params.buddyId, params.moduleId);
  }
}
