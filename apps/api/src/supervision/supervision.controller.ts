import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { BuddySupervision, Page, SupervisionDueItem, SupervisionView } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { BuddyIdParams } from '@peerpath/api/buddies/dto/buddy.dto';
import { RecordSupervisionDto, SupervisionDueQueryDto } from './dto/supervision.dto';
import { SupervisionService } from './supervision.service';
import { Idempotent } from '@peerpath/api/platform/idempotency';

@ApiTags('supervision')
@Controller()
export class SupervisionController {
  constructor(private readonly supervision: SupervisionService) {}

  @Access(PERMISSIONS.readSupervision, Scope.filtered)
  @Get('supervision/due')
  due(@CurrentActor() actor: Actor, @Query() query: SupervisionDueQueryDto): Promise<Page<SupervisionDueItem>> {
    return this.supervision.due(actor, query);
  }

  @Access(PERMISSIONS.readSupervision, Scope.filtered)
  @Get('buddies/:buddyId/supervisions')
  ofBuddy(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams): Promise<BuddySupervision> {
    return this.supervision.ofBuddy(actor, params.buddyId);
  }

  @Access(PERMISSIONS.changeBuddyRecords, Scope.filtered)
  @Post('buddies/:buddyId/supervisions')
  @Idempotent()
  record(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams, @Body() dto: RecordSupervisionDto): Promise<SupervisionView> {
    return this.supervision.record(actor, params.buddyId, dto);
  }
}
