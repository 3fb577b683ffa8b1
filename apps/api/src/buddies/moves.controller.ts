import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MoveOutcome, TransferView } from '@peerpath/contracts';
import { Access, Scope } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { BUDDY_READERS, BUDDY_WRITERS } from './buddies.service';
import { BuddyIdParams } from './dto/buddy.dto';
import { ReleaseDto, TransferDto } from './dto/move.dto';
import { MovesService } from './moves.service';

@ApiTags('buddies')
@Controller('buddies/:buddyId')
export class MovesController {
  constructor(private readonly moves: MovesService) {}

  @Access(BUDDY_READERS, Scope.filtered)
  @Get('transfers')
  transfers(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams): Promise<TransferView[]> {
    return this.moves.transfers(actor, params.buddyId);
  }

  @Access(BUDDY_WRITERS, Scope.filtered)
  @Post('transfer')
  transfer(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams, @Body() dto: TransferDto): Promise<MoveOutcome> {
    return this.moves.transfer(actor, params.buddyId, dto);
  }

  @Access(BUDDY_WRITERS, Scope.filtered)
  @Post('release')
  release(@CurrentActor() actor: Actor, @Param() params: BuddyIdParams, @Body() dto: ReleaseDto): Promise<MoveOutcome> {
    return this.moves.release(actor, params.buddyId, dto);
  }
}
