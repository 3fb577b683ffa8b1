import { Module } from '@nestjs/common';
import { PrisonsController } from './prisons.controller';
import { PolicyService } from './policy.service';
import { PrisonsService } from './prisons.service';

@Module({ controllers: [PrisonsController], providers: [PrisonsService, PolicyService], exports: [PrisonsService, PolicyService] })
export class PrisonsModule {}
