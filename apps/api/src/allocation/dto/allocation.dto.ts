import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AllocationRequest, AllocationTask, CreateRecipientRequest, EndAllocationRequest } from '@peerpath/contracts';
import { ALLOCATION_TASKS, UUID_PATTERN } from '@peerpath/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsISO8601, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const DATE_MESSAGE = 'Enter a real date, like 2026-03-03';

export class CreateRecipientDto implements CreateRecipientRequest {
  @ApiProperty({ example: 'G4821RT' })
  @Transform(upper)
  @Matches(/^[A-Z]\d{4}[A-Z]{2}$/, { message: 'Enter a prison number in the format A1234BC' })
  prisonNumber!: string;

  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @Length(1, 60, { message: 'Enter a first name of up to 60 characters' })
  firstName!: string;

  @ApiProperty()
  @Transform(trimmed)
  @IsString()
  @Length(1, 60, { message: 'Enter a last name of up to 60 characters' })
  lastName!: string;

  @ApiProperty({ example: 'EXI' })
  @Transform(upper)
  @Matches(/^[A-Z]{3}$/, { message: 'Prison code must be three letters, like EXI' })
  prisonCode!: string;

  @ApiProperty({ example: 'Uses a wheelchair; needs help collecting meals and getting to education.' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 500, { message: 'Describe the support needed in up to 500 characters, without clinical detail' })
  supportSummary!: string;

  @ApiProperty({ example: 'DCC-ASC-2026-0113' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 60, { message: 'Enter the local authority care plan reference' })
  carePlanReference!: string;
}

export class AllocationDto implements AllocationRequest {
  @ApiProperty({ format: 'uuid' })
  @Matches(UUID_PATTERN, { message: 'Choose a buddy' })
  buddyId!: string;

  @ApiProperty({ format: 'uuid' })
  @Matches(UUID_PATTERN, { message: 'Choose the person needing support' })
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
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  startsOn!: string;
}

export class EndAllocationDto implements EndAllocationRequest {
  @ApiProperty({ example: 'Recipient moved to the healthcare unit' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 500, { message: 'Give a reason for ending the allocation, up to 500 characters' })
  reason!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  endedOn?: string;
}

export class RecipientIdParams {
  @ApiProperty({ format: 'uuid' })
  @Matches(UUID_PATTERN, { message: 'Recipient id must be a UUID' })
  recipientId!: string;
}

export class AllocationIdParams {
  @ApiProperty({ format: 'uuid' })
  @Matches(UUID_PATTERN, { message: 'Allocation id must be a UUID' })
  allocationId!: string;
}

export class PrisonFilterDto {
  @ApiPropertyOptional({ example: 'EXI' })
  @IsOptional()
  @Transform(upper)
  @Matches(/^[A-Z]{3}$/, { message: 'Prison code must be three letters, like EXI' })
  prison?: string;
}
