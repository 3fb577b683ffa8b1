import { Module } from '@nestjs/common';
import { PrisonsController } from './prisons.controller';
import { PrisonsService } from './prisons.service';

@Module({ controllers: [PrisonsController], providers: [PrisonsService], exports: [PrisonsService] })
export class PrisonsModule {}
