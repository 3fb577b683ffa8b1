import { Module } from '@nestjs/common';
import { MonitoringController } from './monitoring.controller';
import { MonitoringSnapshots } from './monitoring-snapshots';
import { MonitoringService } from './monitoring.service';

@Module({ controllers: [MonitoringController], providers: [MonitoringService, MonitoringSnapshots] })
export class MonitoringModule {}
