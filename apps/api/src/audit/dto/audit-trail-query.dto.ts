import { IsCalendarDate, IsId, IsText } from '@peerpath/api-validation';
import { ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditTrailQuery } from '@peerpath/contracts';
import { AUDIT_ACTIONS } from '@peerpath/domain';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@peerpath/api/platform/page-query.dto';

export class AuditTrailQueryDto extends PageQueryDto implements AuditTrailQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId('Buddy id must be a UUID')
  buddyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId('Recipient id must be a UUID')
  recipientId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId('Cohort id must be a UUID')
  cohortId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId('Person id must be a UUID')
  actorUserId?: string;

  @ApiPropertyOptional({ description: 'Username, or part of the name, of the person who acted', example: 'coordinator' })
  @IsOptional()
  @IsText(120, 'Enter a username or part of a name, up to 120 characters')
  actor?: string;

  @ApiPropertyOptional({ enum: Object.keys(AUDIT_ACTIONS) })
  @IsOptional()
  @IsIn(Object.keys(AUDIT_ACTIONS), { message: 'Choose a kind of change from the list' })
  action?: string;

  @ApiPropertyOptional({ example: '2026-03-01', description: 'First London calendar day, inclusive' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'Last London calendar day, inclusive' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
