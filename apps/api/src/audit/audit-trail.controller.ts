import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditActionKind, AuditTrailPage } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { AuditTrailService } from './audit-trail.service';
import { AuditTrailQueryDto } from './dto/audit-trail-query.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditTrailController {
  constructor(private readonly trail: AuditTrailService) {}

  @Access(PERMISSIONS.readAuditTrail, Scope.filtered)
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: AuditTrailQueryDto): Promise<AuditTrailPage> {
    return this.trail.list(actor, query);
  }

  @Access(PERMISSIONS.readAuditTrail, Scope.filtered)
  @Get('actions')
  actions(): AuditActionKind[] {
    return this.trail.actions();
  }

  @Access(PERMISSIONS.readAuditTrail, Scope.filtered)
  @Get('csv')
  csv(@CurrentActor() actor: Actor, @Query() query: AuditTrailQueryDto): Promise<StreamableFile> {
    return this.trail.csv(actor, query);
  }
}
