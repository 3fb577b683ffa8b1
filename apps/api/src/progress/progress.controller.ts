import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { BuddyProgress, ProgressMatrix } from '@peerpath/contracts';
import { Access, Scope } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { BUDDY_READERS } from '../buddies/buddies.service';
import { BuddyIdParams } from '../buddies/dto/buddy.dto';
import { COHORT_READERS } from '../cohorts/cohorts.service';
import { CohortIdParams } from '../cohorts/dto/cohort.dto';
import { ProgressService } from './progress.service';

@ApiTags('progress')
@Controller()
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Access(COHORT_READERS, Scope.filtered)
  @Get('cohorts/:cohortId/progress')
  matrix(@CurrentActor() actor: Actor, @Param() params: CohortIdParams): Promise<ProgressMatrix> {
    return this.progress.matrix(actor, params.cohortId);
  }

  @Access(BUDDY_READERS, Scope.filtered)
  @Get('buddies/:buddyId/progress')
  ofBuddy(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams): Promise<BuddyProgress> {
    return this.progress.ofBuddy(actor, params.buddyId);
  }

  /** A buddy's own progress: answers only about the buddy signed in. */
  @Access(['buddy'], Scope.self)
  @Get('me/progress')
  mine(@CurrentActor() actor: Actor): Promise<BuddyProgress> {
    return this.progress.ofSignedInBuddy(actor);
  }
}
