import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate } from '@peerpath/api-validation';
import type { MonitoringQuery } from '@peerpath/contracts';
import { IsOptional, IsString, Matches } from 'class-validator';

/** `national`, `cluster:<code>` or `prison:<CODE>`. */
export const SCOPE_PATTERN = /^(national|cluster:[a-z0-9-]{1,40}|prison:[A-Z]{3})$/;

export class MonitoringQueryDto implements MonitoringQuery {
  @ApiPropertyOptional({ example: 'cluster:devon' })
  @IsOptional()
  @IsString()
  @Matches(SCOPE_PATTERN, { message: 'Choose national, a cluster (cluster:devon) or a prison (prison:EXI)' })
  scope?: string;

  @ApiPropertyOptional({ example: '2025-12-02' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class MonitoringTableParams {
  @IsString()
  @Matches(/^[a-zA-Z0-9.]{1,60}$/, { message: 'Choose a table of the dashboard' })
  tableKey!: string;
}
