import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PrisonSummary } from '@peerpath/contracts';
import { Access, Scope } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { PrisonCodeParams } from './dto/prison-code.params';
import { PrisonsService } from './prisons.service';

@ApiTags('prisons')
@Controller('prisons')
export class PrisonsController {
  constructor(private readonly prisons: PrisonsService) {}

  @Access(['admin', 'auditor', 'coordinator', 'trainer'], Scope.filtered)
  @Get()
  list(@CurrentActor() actor: Actor): Promise<PrisonSummary[]> {
    return this.prisons.listInScope(actor);
  }

  @Access(['admin', 'auditor', 'coordinator', 'trainer'], Scope.prisonParam('prisonCode'))
  @Get(':prisonCode')
  get(@Param() params: PrisonCodeParams): Promise<PrisonSummary> {
    return this.prisons.get(params.prisonCode);
  }
}
