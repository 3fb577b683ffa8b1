import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { BuddyAccountView, MoveOutcome, TransferView } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { BuddyAccountService } from './buddy-account.service';
import { BuddyIdParams } from './dto/buddy.dto';
import { ReleaseDto, TransferDto } from './dto/move.dto';
import { SetPinDto } from './dto/pin.dto';
import { MovesService } from './moves.service';

@ApiTags('buddies')
@Controller('buddies/:buddyId')
export class MovesController {
  constructor(
    private readonly moves: MovesService,
    private readonly accounts: BuddyAccountService,
  ) {}

  @Access(PERMISSIONS.readBuddies, Scope.filtered)
  @Get('transfers')
  transfers(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams): Promise<TransferView[]> {
    return this.moves.transfers(actor, params.buddyId);
  }

  @Access(PERMISSIONS.changeBuddyRecords, Scope.filtered)
  @Post('transfer')
  transfer(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams, @Body() dto: TransferDto): Promise<MoveOutcome> {
    return this.moves.transfer(actor, params.buddyId, dto);
  }

  @Access(PERMISSIONS.changeBuddyRecords, Scope.filtered)
  @Post('release')
  release(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams, @Body() dto: ReleaseDto): Promise<MoveOutcome> {
    return this.moves.release(actor, params.buddyId, dto);
  }

  @Access(PERMISSIONS.readBuddies, Scope.filtered)
  @Get('account')
  account(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams): Promise<BuddyAccountView> {
    return this.accounts.get(actor, params.buddyId);
  }

  /** Sets, or resets and unlocks, the buddy's PIN. */
  @Access(PERMISSIONS.changeBuddyRecords, Scope.filtered)
  @Post('pin')
  setPin(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams, @Body() dto: SetPinDto): Promise<BuddyAccountView> {
    return this.accounts.setPin(actor, params.buddyId, dto.pin);
  }
}
