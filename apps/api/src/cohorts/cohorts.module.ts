import { Module } from '@nestjs/common';
import { AttendanceService } from './attendance.service';
import { CohortBulkController } from './cohort-bulk.controller';
import { CohortContextLoader } from './cohort-context';
import { CohortsController } from './cohorts.controller';
import { CohortsService } from './cohorts.service';
import { EnrolmentsService } from './enrolments.service';
import { SessionSeriesService } from './session-series.service';

@Module({
  controllers: [CohortsController, CohortBulkController],
  providers: [CohortsService, EnrolmentsService, AttendanceService, CohortContextLoader, SessionSeriesService],
  exports: [CohortContextLoader],
})
export class CohortsModule {}
