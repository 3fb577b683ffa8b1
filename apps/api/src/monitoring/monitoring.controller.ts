import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MonitoringDashboard } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { csvFile } from '@peerpath/api/platform/csv';
import { notFound } from '@peerpath/api/platform/domain-error';
import { MonitoringQueryDto, MonitoringTableParams } from './dto/monitoring.dto';
import { MonitoringService } from './monitoring.service';
import { schemeSummaryPdf } from './scheme-summary-pdf';

/** The file name says what, where and when: peerpath-<table>-<scope>-<from>-to-<to>. */
const fileName = (d: MonitoringDashboard, what: string, ext: string) =>
  `peerpath-${what}-${d.scope.value.replace(':', '-')}-${d.period.from}-to-${d.period.to}.${ext}`;

@ApiTags('monitoring')
@Controller()
export class MonitoringController {
  constructor(private readonly monitoring: MonitoringService) {}

  @Access(PERMISSIONS.readMonitoring, Scope.filtered)
  @Get('monitoring')
  dashboard(@CurrentActor() actor: Actor, @Query() query: MonitoringQueryDto): Promise<MonitoringDashboard> {
    return this.monitoring.dashboard(actor, query);
  }

  /** Any table of the dashboard, or the comparison of prisons, as CSV over the same scope and period. */
  @Access(PERMISSIONS.readMonitoring, Scope.filtered)
  @Get('monitoring/csv/:tableKey')
  async csv(@CurrentActor() actor: Actor, @Param() params: MonitoringTableParams, @Query() query: MonitoringQueryDto): Promise<StreamableFile> {
    const dashboard = await this.monitoring.dashboard(actor, query);
    const table = params.tableKey === 'comparison' ? dashboard.comparison : dashboard.groups.flatMap((g) => g.tables).find((t) => t.key === params.tableKey);
    if (!table) throw notFound('Table');
    return csvFile(fileName(dashboard, table.key, 'csv'), table.columns.map((c) => ({ key: c.key, header: c.label })), table.rows);
  }

  @Access(PERMISSIONS.readMonitoring, Scope.filtered)
  @Get('monitoring/summary.pdf')
  async summaryPdf(@CurrentActor() actor: Actor, @Query() query: MonitoringQueryDto): Promise<StreamableFile> {
    const dashboard = await this.monitoring.dashboard(actor, query);
    const pdf = await schemeSummaryPdf(dashboard);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${fileName(dashboard, 'summary', 'pdf')}"`, length: pdf.length });
  }
}
