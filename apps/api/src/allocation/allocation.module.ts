import { Global, Module } from '@nestjs/common';
import { BuddiesModule } from '@peerpath/api/buddies/buddies.module';
import { BuddyAllocations } from '@peerpath/api/buddies/buddy-allocations';
import { AllocationController } from './allocation.controller';
import { AllocationEndings } from './allocation-endings';
import { AllocationsService } from './allocations.service';
import { RecipientsService } from './recipients.service';

/**
 * Global so that buddies gets `BuddyAllocations` (ending a buddy's allocations when they stop
 * working) without importing this module, which itself builds on BuddiesModule.
 */
@Global()
@Module({
  imports: [BuddiesModule],
  controllers: [AllocationController],
  providers: [RecipientsService, AllocationsService, AllocationEndings, { provide: BuddyAllocations, useExisting: AllocationEndings }],
  exports: [AllocationsService, BuddyAllocations],
})
export class AllocationModule {}
