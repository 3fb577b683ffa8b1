import { Module } from '@nestjs/common';
import { AttendanceService } from './attendance.service';
import { CohortContextLoader } from './cohort-context';
import { CohortsController } from './cohorts.controller';
import { CohortsService } from './cohorts.service';
import { EnrolmentsService } from './enrolments.service';

@Module({
  controllers: [CohortsController],
  providers: [CohortsService, EnrolmentsService, AttendanceService, CohortContextLoader],
  exports: [CohortContextLoader],
})
export class CohortsModule {}
