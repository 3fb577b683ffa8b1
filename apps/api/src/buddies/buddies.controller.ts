import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { BuddyDetail, BuddySummary, Page } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { BuddiesService } from './buddies.service';
import { BuddyIdParams, BuddyRegisterQueryDto, RecordApplicationDto, RecordSelectionDto } from './dto/buddy.dto';
import { Idempotent } from '@peerpath/api/platform/idempotency';

@ApiTags('buddies')
@Controller('buddies')
export class BuddiesController {
  constructor(private readonly buddies: BuddiesService) {}

  @Access(PERMISSIONS.readBuddies, Scope.filtered)
  @Get()
  register(@CurrentActor() actor: Actor, @Query() query: BuddyRegisterQueryDto): Promise<Page<BuddySummary>> {
    return this.buddies.register(actor, query);
  }

  @Access(PERMISSIONS.changeBuddyRecords, Scope.prisonBody('prisonCode'))
  @Post()
  @Idempotent()
  recordApplication(@CurrentActor() actor: Actor, @Body() dto: RecordApplicationDto): Promise<BuddyDetail> {
    return this.buddies.recordApplication(actor, dto);
  }

  @Access(PERMISSIONS.readBuddies, Scope.filtered)
  @Get(':buddyId')
  get(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams): Promise<BuddyDetail> {
    return this.buddies.get(actor, params.buddyId);
  }

  @Access(PERMISSIONS.changeBuddyRecords, Scope.filtered)
  @Post(':buddyId/selection')
  @Idempotent()
  recordSelection(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams, @Body() dto: RecordSelectionDto): Promise<BuddyDetail> {
    return this.buddies.recordSelection(actor, params.buddyId, dto);
  }
}
