import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { BuddyProgress, ProgressMatrix } from '@peerpath/contracts';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { BUDDY_READERS } from '@peerpath/api/buddies/buddies.service';
import { COHORT_READERS } from '@peerpath/api/cohorts/cohorts.service';
import { BuddyProgressParams, CohortProgressParams } from './dto/progress.dto';
import { ProgressService } from './progress.service';

@ApiTags('progress')
@Controller()
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Access(COHORT_READERS, Scope.filtered)
  @Get('cohorts/:cohortId/progress')
  matrix(@CurrentActor() actor: Actor, @Param() params: CohortProgressParams): Promise<ProgressMatrix> {
    return this.progress.matrix(actor, params.cohortId);
  }

  @Access(BUDDY_READERS, Scope.filtered)
  @Get('buddies/:buddyId/progress')
  ofBuddy(@CurrentActor() actor: Actor, @Param() params: BuddyProgressParams): Promise<BuddyProgress> {
    return this.progress.ofBuddy(actor, params.buddyId);
  }

  /** A buddy's own progress: answers only about the buddy signed in. */
  @Access(['buddy'], Scope.self)
  @Get('me/progress')
  mine(@CurrentActor() actor: Actor): Promise<BuddyProgress> {
    return this.progress.ofSignedInBuddy(actor);
  }
}
