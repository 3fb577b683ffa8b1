import { Module } from '@nestjs/common';
import { BuddiesModule } from '../buddies/buddies.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';

@Module({ imports: [BuddiesModule, CohortsModule], controllers: [AssessmentsController], providers: [AssessmentsService] })
export class AssessmentsModule {}
