import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiTags, PickType } from '@nestjs/swagger';
import type { AttentionItem, AttentionSummary, Page } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { IsString, MaxLength } from 'class-validator';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { PageQueryDto } from '@peerpath/api/platform/page-query.dto';
import { AttentionService } from './attention.service';

export class AttentionListParams {
  @IsString()
  @MaxLength(60)
  listKey!: string;
}

/** 25 to a page: a page past the end is empty, not an error. */
export class AttentionListQueryDto extends PickType(PageQueryDto, ['page'] as const) {}

/** Coordinators and trainers only: admins and auditors have no lists of their own to work down (403). */
@ApiTags('attention')
@Controller('attention')
export class AttentionController {
  constructor(private readonly attention: AttentionService) {}

  @Access(PERMISSIONS.seeAttention, Scope.filtered)
  @Get()
  summary(@CurrentActor() actor: Actor): Promise<AttentionSummary> {
    return this.attention.summary(actor);
  }

  @Access(PERMISSIONS.seeAttention, Scope.filtered)
  @Get(':listKey')
  list(@CurrentActor() actor: Actor, @Param() params: AttentionListParams, @Query() query: AttentionListQueryDto): Promise<Page<AttentionItem>> {
    return this.attention.list(actor, params.listKey, query.page);
  }

  @Access(PERMISSIONS.seeAttention, Scope.filtered)
  @Get(':listKey/csv')
  csv(@CurrentActor() actor: Actor, @Param() params: AttentionListParams): StreamableFile {
    return this.attention.csv(actor, params.listKey);
  }
}
