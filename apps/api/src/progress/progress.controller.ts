import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { BuddyProgress, ProgressMatrix } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { BuddyProgressParams, CohortProgressParams } from './dto/progress.dto';
import { ProgressService } from './progress.service';

@ApiTags('progress')
@Controller()
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Access(PERMISSIONS.readCohorts, Scope.filtered)
  @Get('cohorts/:cohortId/progress')
  matrix(@CurrentActor() actor: Actor, @Param() params: CohortProgressParams): Promise<ProgressMatrix> {
    return this.progress.matrix(actor, params.cohortId);
  }

  @Access(PERMISSIONS.readBuddies, Scope.filtered)
  @Get('buddies/:buddyId/progress')
  ofBuddy(@CurrentActor() actor: Actor, @Param() params: BuddyProgressParams): Promise<BuddyProgress> {
    return this.progress.ofBuddy(actor, params.buddyId);
  }

  /** A buddy's own progress: answers only about the buddy signed in. */
  @Access(PERMISSIONS.seeOwnProgress, Scope.self)
  @Get('me/progress')
  mine(@CurrentActor() actor: Actor): Promise<BuddyProgress> {
    return this.progress.ofSignedInBuddy(actor);
  }
}
