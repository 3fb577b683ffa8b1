import { Module } from '@nestjs/common';
import { BuddiesModule } from '@peerpath/api/buddies/buddies.module';
import { CohortsModule } from '@peerpath/api/cohorts/cohorts.module';
import { ProgressController } from './progress.controller';
import { ProgressService } from './progress.service';

@Module({ imports: [BuddiesModule, CohortsModule], controllers: [ProgressController], providers: [ProgressService], exports: [ProgressService] })
export class ProgressModule {}
