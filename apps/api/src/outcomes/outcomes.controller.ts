import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { OutcomeReviewView, RecipientOutcomeReviews } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { RecipientIdParams } from '@peerpath/api/allocation/dto/allocation.dto';
import { RecordOutcomeReviewDto } from './dto/outcome-review.dto';
import { OutcomesService } from './outcomes.service';
import { Idempotent } from '@peerpath/api/platform/idempotency';

@ApiTags('outcome reviews')
@Controller('recipients/:recipientId/outcome-reviews')
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Access(PERMISSIONS.readRecipients, Scope.filtered)
  @Get()
  list(@CurrentActor() actor: Actor, @Param() params: RecipientIdParams): Promise<RecipientOutcomeReviews> {
    return this.outcomes.ofRecipient(actor, params.recipientId);
  }

  /** A coordinator at the recipient's prison records a review held with them. */
  @Access(PERMISSIONS.recordOutcomeReviews, Scope.filtered)
  @Post()
  @Idempotent()
  record(@CurrentActor() actor: Actor, @Param() params: RecipientIdParams, @Body() dto: RecordOutcomeReviewDto): Promise<OutcomeReviewView> {
    return this.outcomes.record(actor, params.recipientId, dto);
  }
}
