import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PrisonPolicyView, PrisonSummary } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { UpdatePolicyDto } from './dto/policy.dto';
import { PrisonCodeParams } from './dto/prison-code.params';
import { PolicyService } from './policy.service';
import { PrisonsService } from './prisons.service';

@ApiTags('prisons')
@Controller('prisons')
export class PrisonsController {
  constructor(
    private readonly prisons: PrisonsService,
    private readonly policies: PolicyService,
  ) {}

  @Access(PERMISSIONS.readPrisons, Scope.filtered)
  @Get()
  list(@CurrentActor() actor: Actor): Promise<PrisonSummary[]> {
    return this.prisons.listInScope(actor);
  }

  @Access(PERMISSIONS.readPrisons, Scope.prisonParam('prisonCode'))
  @Get(':prisonCode')
  get(@Param() params: PrisonCodeParams): Promise<PrisonSummary> {
    return this.prisons.get(params.prisonCode);
  }

  @Access(PERMISSIONS.readPrisons, Scope.prisonParam('prisonCode'))
  @Get(':prisonCode/policy')
  policy(@Param() params: PrisonCodeParams): Promise<PrisonPolicyView> {
    return this.policies.get(params.prisonCode);
  }

  /** An admin, or a coordinator at this prison, sets its scheme policy. */
  @Access(PERMISSIONS.changePrisonPolicy, Scope.prisonParam('prisonCode'))
  @Put(':prisonCode/policy')
  updatePolicy(@CurrentActor() actor: Actor, @Param() params: PrisonCodeParams, @Body() dto: UpdatePolicyDto): Promise<PrisonPolicyView> {
    return this.policies.update(actor, params.prisonCode, dto);
  }
}
