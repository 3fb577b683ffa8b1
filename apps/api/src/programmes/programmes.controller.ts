import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ProgrammeSummary, ProgrammeVersionDetail } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { ModuleParams, ProgrammeIdParams, PublishDto, SaveDraftDto, SaveModuleDto, StartDraftDto, VersionIdParams } from './dto/programme-content.dto';
import { ProgrammesService } from './programmes.service';

@ApiTags('programmes')
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Access(PERMISSIONS.readProgrammes, Scope.filtered)
  @Get()
  list(): Promise<ProgrammeSummary[]> {
    return this.programmes.list();
  }

  @Access(PERMISSIONS.readProgrammes, Scope.filtered)
  @Get('versions/:versionId')
  get(@Param() params: VersionIdParams): Promise<ProgrammeVersionDetail> {
    return this.programmes.get(params.versionId);
  }

  @Access(PERMISSIONS.draftProgrammes, Scope.national)
  @Post(':programmeId/drafts')
  startDraft(@CurrentActor() actor: Actor, @Param() params: ProgrammeIdParams, @Body() dto: StartDraftDto): Promise<ProgrammeVersionDetail> {
    return this.programmes.startDraft(actor, params.programmeId, dto);
  }

  @Access(PERMISSIONS.draftProgrammes, Scope.national)
  @Put('versions/:versionId/content')
  saveDraft(@CurrentActor() actor: Actor, @Param() params: VersionIdParams, @Body() dto: SaveDraftDto): Promise<ProgrammeVersionDetail> {
    return this.programmes.saveDraft(actor, params.versionId, dto);
  }

  @Access(PERMISSIONS.draftProgrammes, Scope.national)
  @Put('versions/:versionId/modules/:moduleNumber')
  saveModule(@CurrentActor() actor: Actor, @Param() params: ModuleParams, @Body() dto: SaveModuleDto): Promise<ProgrammeVersionDetail> {
    return this.programmes.saveModule(actor, params.versionId, params.moduleNumber, dto);
  }

  @Access(PERMISSIONS.draftProgrammes, Scope.national)
  @Post('versions/:versionId/publish')
  publish(@CurrentActor() actor: Actor, @Param() params: VersionIdParams, @Body() dto: PublishDto): Promise<ProgrammeVersionDetail> {
    return this.programmes.publish(actor, params.versionId, dto.expectedVersion);
  }
}
