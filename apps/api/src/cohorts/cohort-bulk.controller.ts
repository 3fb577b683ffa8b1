import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EnrolmentView, SessionView } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { BulkEnrolDto, CohortIdParams, ScheduleSeriesDto } from './dto/cohort.dto';
import { EnrolmentsService } from './enrolments.service';
import { SessionSeriesService } from './session-series.service';
import { Idempotent } from '@peerpath/api/platform/idempotency';

/** Bulk work on a cohort: all or nothing, every refusal reported. */
@ApiTags('cohorts')
@Controller('cohorts')
export class CohortBulkController {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly series: SessionSeriesService,
  ) {}

  @Access(PERMISSIONS.enrol, Scope.filtered)
  @Post(':cohortId/bulk-enrolments')
  @Idempotent()
  enrolMany(@CurrentActor() actor: Actor, @Param() params: CohortIdParams, @Body() dto: BulkEnrolDto): Promise<EnrolmentView[]> {
    return this.enrolments.enrolMany(actor, params.cohortId, dto);
  }

  @Access(PERMISSIONS.runSessions, Scope.filtered)
  @Post(':cohortId/session-series')
  scheduleSeries(@CurrentActor() actor: Actor, @Param() params: CohortIdParams, @Body() dto: ScheduleSeriesDto): Promise<SessionView[]> {
    return this.series.schedule(actor, params.cohortId, dto);
  }
}
