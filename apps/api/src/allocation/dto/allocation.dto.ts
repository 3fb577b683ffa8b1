import { IsCalendarDate, IsId, IsPersonName, IsPrisonCode, IsPrisonNumber, IsText, NoHiddenCharacters, Trimmed } from '@peerpath/api-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AllocationListQuery,
  AllocationListStatus,
  AllocationRequest,
  AllocationSort,
  AllocationTask,
  CreateRecipientRequest,
  EndAllocationRequest,
  NeedingAttentionQuery,
  RecipientListQuery,
  RecipientSort,
  RecipientSupportFilter,
  SortOrder,
} from '@peerpath/contracts';
import { ALLOCATION_LIST_STATUSES, ALLOCATION_SORTS, ALLOCATION_TASKS, RECIPIENT_SORTS, RECIPIENT_SUPPORT_FILTERS } from '@peerpath/domain';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsSortColumn, IsSortOrder, PageQueryDto } from '@peerpath/api/platform/page-query.dto';


export class CreateRecipientDto implements CreateRecipientRequest {
  @ApiProperty({ example: 'G4821RT' })
  @IsPrisonNumber()
  prisonNumber!: string;

  @ApiProperty()
  @IsPersonName('first')
  firstName!: string;

  @ApiProperty()
  @IsPersonName('last')
  lastName!: string;

  @ApiProperty({ example: 'EXI' })
  @IsPrisonCode()
  prisonCode!: string;

  @ApiProperty({ example: 'Uses a wheelchair; needs help collecting meals and getting to education.' })
  @IsText(500, 'Describe the support needed in up to 500 characters, without clinical detail')
  @NoHiddenCharacters('Support needed', 'text')
  supportSummary!: string;

  @ApiProperty({ example: 'DCC-ASC-2026-0113' })
  @IsText(60, 'Enter the local authority care plan reference')
  @NoHiddenCharacters('Care plan reference')
  carePlanReference!: string;
}

export class AllocationDto implements AllocationRequest {
  @ApiProperty({ format: 'uuid' })
  @IsId('Choose a buddy')
  buddyId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsId('Choose the person needing support')
  recipientId!: string;

  @ApiProperty({ enum: ALLOCATION_TASKS, isArray: true })
  @IsArray()
  @ArrayMaxSize(ALLOCATION_TASKS.length)
  @ArrayUnique({ message: 'Each task can be chosen once' })
  // Intimate care is not on the list, so it cannot be asked for (BRIEF: allocation).
  @IsIn(ALLOCATION_TASKS, { each: true, message: 'Choose tasks from the permitted list: intimate care is never allocated' })
  tasks!: AllocationTask[];

  @ApiProperty({ example: 6 })
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'Enter planned hours a week, to one decimal place' })
  @Min(0.5, { message: 'Plan at least half an hour a week' })
  @Max(40, { message: 'Plan at most 40 hours a week' })
  plannedWeeklyHours!: number;

  @ApiProperty({ example: '2026-03-10' })
  @IsCalendarDate()
  startsOn!: string;
}

export class EndAllocationDto implements EndAllocationRequest {
  @ApiProperty({ example: 'Recipient moved to the healthcare unit' })
  @IsText(500, 'Give a reason for ending the allocation, up to 500 characters')
  @NoHiddenCharacters('Reason', 'text')
  reason!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate()
  endedOn?: string;
}

export class RecipientIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsId('Recipient id must be a UUID')
  recipientId!: string;
}

export class AllocationIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsId('Allocation id must be a UUID')
  allocationId!: string;
}

export class NeedingAttentionQueryDto extends PageQueryDto implements NeedingAttentionQuery {
  @ApiPropertyOptional({ example: 'EXI' })
  @IsOptional()
  @IsPrisonCode()
  prison?: string;
}

export class AllocationListQueryDto extends PageQueryDto implements AllocationListQuery {
  @ApiPropertyOptional({ example: 'EXI' })
  @IsOptional()
  @IsPrisonCode()
  prison?: string;

  @ApiPropertyOptional({ enum: ALLOCATION_LIST_STATUSES, default: 'active' })
  @IsOptional()
  @IsIn([...ALLOCATION_LIST_STATUSES], { message: 'Status must be active, ended or all' })
  status?: AllocationListStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId('Recipient id must be a UUID')
  recipientId?: string;

  @IsSortColumn(ALLOCATION_SORTS)
  sort?: AllocationSort;

  @IsSortOrder()
  order?: SortOrder;
}

export class RecipientListQueryDto extends PageQueryDto implements RecipientListQuery {
  @ApiPropertyOptional({ example: 'EXI' })
  @IsOptional()
  @IsPrisonCode()
  prison?: string;

  @ApiPropertyOptional({ enum: RECIPIENT_SUPPORT_FILTERS })
  @IsOptional()
  @IsIn([...RECIPIENT_SUPPORT_FILTERS], { message: 'Support must be waiting, supported or flagged' })
  support?: RecipientSupportFilter;

  @ApiPropertyOptional({ description: 'Prison number or part of a name' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(60)
  search?: string;

  @IsSortColumn(RECIPIENT_SORTS)
  sort?: RecipientSort;

  @IsSortOrder()
  order?: SortOrder;
}
