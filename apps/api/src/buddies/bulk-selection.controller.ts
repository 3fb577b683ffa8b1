import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { BulkPerson } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { BulkSelectionService } from './bulk-selection.service';
import { RecordBulkSelectionDto } from './dto/buddy.dto';
import { Idempotent } from '@peerpath/api/platform/idempotency';

@ApiTags('buddies')
@Controller('buddies')
export class BulkSelectionController {
  constructor(private readonly selections: BulkSelectionService) {}

  /** One decision for many applicants: all recorded, or none and every refusal per person. */
  @Access(PERMISSIONS.changeBuddyRecords, Scope.filtered)
  @Post('selections')
  @Idempotent()
  record(@CurrentActor() actor: Actor, @Body() dto: RecordBulkSelectionDto): Promise<BulkPerson[]> {
    return this.selections.record(actor, dto);
  }
}
