import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AllocationGateCode, AllocationNeedingAttention, AllocationView, BuddySummary, Page, RecipientSummary, RuleOutcome } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { AllocatableBuddiesQueryDto, BuddyIdParams } from '@peerpath/api/buddies/dto/buddy.dto';
import { AllocationsService } from './allocations.service';
import { AllocationDto, AllocationIdParams, AllocationListQueryDto, CreateRecipientDto, EndAllocationDto, NeedingAttentionQueryDto, RecipientIdParams, RecipientListQueryDto } from './dto/allocation.dto';
import { RecipientsService } from './recipients.service';
import { Idempotent } from '@peerpath/api/platform/idempotency';

@ApiTags('allocation')
@Controller()
export class AllocationController {
  constructor(
    private readonly recipients: RecipientsService,
    private readonly allocations: AllocationsService,
  ) {}

  @Access(PERMISSIONS.readRecipients, Scope.filtered)
  @Get('recipients')
  listRecipients(@CurrentActor() actor: Actor, @Query() query: RecipientListQueryDto): Promise<Page<RecipientSummary>> {
    return this.recipients.list(actor, query);
  }

  @Access(PERMISSIONS.allocate, Scope.prisonBody('prisonCode'))
  @Post('recipients')
  addRecipient(@CurrentActor() actor: Actor, @Body() dto: CreateRecipientDto): Promise<RecipientSummary> {
    return this.recipients.create(actor, dto);
  }

  @Access(PERMISSIONS.readRecipients, Scope.filtered)
  @Get('recipients/:recipientId')
  recipient(@CurrentActor() actor: Actor, @Param() params: RecipientIdParams): Promise<RecipientSummary> {
    return this.recipients.get(actor, params.recipientId);
  }

  @Access(PERMISSIONS.readRecipients, Scope.filtered)
  @Get('allocations')
  list(@CurrentActor() actor: Actor, @Query() query: AllocationListQueryDto): Promise<Page<AllocationView>> {
    return this.allocations.list(actor, query);
  }

  /** The allocation form's buddy search, on the server so that every certified buddy can be found. */
  @Access(PERMISSIONS.allocate, Scope.filtered)
  @Get('allocations/buddies')
  allocatableBuddies(@CurrentActor() actor: Actor, @Query() query: AllocatableBuddiesQueryDto): Promise<Page<BuddySummary>> {
    return this.allocations.allocatable(actor, query);
  }

  @Access(PERMISSIONS.readRecipients, Scope.filtered)
  @Get('allocations/needing-attention')
  needingAttention(@CurrentActor() actor: Actor, @Query() query: NeedingAttentionQueryDto): Promise<Page<AllocationNeedingAttention>> {
    return this.allocations.needingAttention(actor, query);
  }

  /** After the fixed paths above: Express matches in the order routes are declared. */
  @Access(PERMISSIONS.readRecipients, Scope.filtered)
  @Get('allocations/:allocationId')
  get(@CurrentActor() actor: Actor, @Param() params: AllocationIdParams): Promise<AllocationView> {
    return this.allocations.get(actor, params.allocationId);
  }

  @Access(PERMISSIONS.readBuddies, Scope.filtered)
  @Get('buddies/:buddyId/allocations')
  ofBuddy(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams): Promise<AllocationView[]> {
    return this.allocations.ofBuddy(actor, params.buddyId);
  }

  /** The gate's answer without allocating, so the form can show every reason before submitting. */
  @Access(PERMISSIONS.allocate, Scope.filtered)
  @Post('allocations/check')
  @HttpCode(HttpStatus.OK)
  check(@CurrentActor() actor: Actor, @Body() dto: AllocationDto): Promise<RuleOutcome<AllocationGateCode>> {
    return this.allocations.check(actor, dto);
  }

  @Access(PERMISSIONS.allocate, Scope.filtered)
  @Post('allocations')
  @Idempotent()
  allocate(@CurrentActor() actor: Actor, @Body() dto: AllocationDto): Promise<AllocationView> {
    return this.allocations.allocate(actor, dto);
  }

  @Access(PERMISSIONS.allocate, Scope.filtered)
  @Post('allocations/:allocationId/end')
  end(@CurrentActor() actor: Actor, @Param() params: AllocationIdParams, @Body() dto: EndAllocationDto): Promise<AllocationView> {
    return this.allocations.end(actor, params.allocationId, dto);
  }
}
