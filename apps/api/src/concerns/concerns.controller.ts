import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ConcernView, Page } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { ConcernsService } from './concerns.service';
import { ConcernIdParams, ConcernListQueryDto, RaiseConcernDto, ResolveConcernDto, SuspendForConcernDto } from './dto/concern.dto';
import { Idempotent } from '@peerpath/api/platform/idempotency';

@ApiTags('concerns')
@Controller('concerns')
export class ConcernsController {
  constructor(private readonly concerns: ConcernsService) {}

  @Access(PERMISSIONS.readConcerns, Scope.filtered)
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: ConcernListQueryDto): Promise<Page<ConcernView>> {
    return this.concerns.list(actor, query);
  }

  @Access(PERMISSIONS.raiseConcerns, Scope.filtered)
  @Post()
  @Idempotent()
  raise(@CurrentActor() actor: Actor, @Body() dto: RaiseConcernDto): Promise<ConcernView> {
    return this.concerns.raise(actor, dto);
  }

  @Access(PERMISSIONS.readConcerns, Scope.filtered)
  @Get(':concernId')
  get(@CurrentActor() actor: Actor, @Param() params: ConcernIdParams): Promise<ConcernView> {
    return this.concerns.get(actor, params.concernId);
  }

  @Access(PERMISSIONS.reviewConcerns, Scope.filtered)
  @Post(':concernId/certificate-suspension')
  suspendCertificate(@CurrentActor() actor: Actor, @Param() params: ConcernIdParams, @Body() dto: SuspendForConcernDto): Promise<ConcernView> {
    return this.concerns.suspendCertificate(actor, params.concernId, dto);
  }

  @Access(PERMISSIONS.reviewConcerns, Scope.filtered)
  @Post(':concernId/resolution')
  resolve(@CurrentActor() actor: Actor, @Param() params: ConcernIdParams, @Body() dto: ResolveConcernDto): Promise<ConcernView> {
    return this.concerns.resolve(actor, params.concernId, dto);
  }
}
