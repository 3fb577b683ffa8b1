import { Module } from '@nestjs/common';
import { BuddiesModule } from '@peerpath/api/buddies/buddies.module';
import { CohortsModule } from '@peerpath/api/cohorts/cohorts.module';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';

@Module({ imports: [BuddiesModule, CohortsModule], controllers: [AssessmentsController], providers: [AssessmentsService] })
export class AssessmentsModule {}
