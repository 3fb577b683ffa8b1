import { Module } from '@nestjs/common';
import { BuddiesModule } from '@peerpath/api/buddies/buddies.module';
import { AllocationController } from './allocation.controller';
import { AllocationsService } from './allocations.service';
import { RecipientsService } from './recipients.service';

@Module({ imports: [BuddiesModule], controllers: [AllocationController], providers: [RecipientsService, AllocationsService], exports: [AllocationsService] })
export class AllocationModule {}
