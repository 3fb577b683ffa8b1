import { Module } from '@nestjs/common';
import { AllocationController } from './allocation.controller';
import { AllocationsService } from './allocations.service';
import { RecipientsService } from './recipients.service';

@Module({ controllers: [AllocationController], providers: [RecipientsService, AllocationsService], exports: [AllocationsService] })
export class AllocationModule {}
