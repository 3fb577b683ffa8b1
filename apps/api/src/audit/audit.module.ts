import { Global, Module } from '@nestjs/common';
import { AuditTrailController } from './audit-trail.controller';
import { AuditTrailService } from './audit-trail.service';
import { AuditService } from './audit.service';

/** Recording events (used by every feature, hence global) and reading them back as the audit trail. */
@Global()
@Module({ controllers: [AuditTrailController], providers: [AuditService, AuditTrailService], exports: [AuditService] })
export class AuditModule {}
