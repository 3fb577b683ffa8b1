import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { BuddyRegisterQuery, RecordApplicationRequest, RecordSelectionRequest, SelectionOutcome, SelectionStatus } from '@peerpath/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { UUID_PATTERN } from '@peerpath/domain';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const DATE_MESSAGE = 'Enter a real date, like 2026-03-03';

export class RecordApplicationDto implements RecordApplicationRequest {
  @ApiProperty({ example: 'A1234BC' })
  @Transform(upper)
  @Matches(/^[A-Z]\d{4}[A-Z]{2}$/, { message: 'Enter a prison number in the format A1234BC' })
  prisonNumber!: string;

  @ApiProperty({ example: 'Sam' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 60, { message: 'Enter a first name of up to 60 characters' })
  firstName!: string;

  @ApiProperty({ example: 'Jones' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 60, { message: 'Enter a last name of up to 60 characters' })
  lastName!: string;

  @ApiProperty({ example: 'EXI' })
  @Transform(upper)
  @Matches(/^[A-Z]{3}$/, { message: 'Prison code must be three letters, like EXI' })
  prisonCode!: string;

  @ApiProperty({ example: '2026-03-03' })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  appliedOn!: string;
}

export class RecordSelectionDto implements RecordSelectionRequest {
  @ApiProperty({ enum: ['approved', 'declined'] })
  @IsIn(['approved', 'declined'], { message: 'Choose approved or declined' })
  outcome!: SelectionOutcome;

  @ApiProperty()
  @IsBoolean({ message: 'Say whether the security check is done' })
  securityCheckDone!: boolean;

  @ApiProperty()
  @IsBoolean({ message: 'Say whether the risk assessment is done' })
  riskAssessmentDone!: boolean;

  @ApiProperty({ example: '2026-03-10' })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  decidedOn!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export class BuddyRegisterQueryDto implements BuddyRegisterQuery {
  @ApiPropertyOptional({ description: 'Prison number or part of a name' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(60)
  search?: string;

  @ApiPropertyOptional({ example: 'EXI' })
  @IsOptional()
  @Transform(upper)
  @Matches(/^[A-Z]{3}$/, { message: 'Prison code must be three letters, like EXI' })
  prison?: string;

  @ApiPropertyOptional({ enum: ['applied', 'approved', 'declined'] })
  @IsOptional()
  @IsIn(['applied', 'approved', 'declined'], { message: 'Stage must be applied, approved or declined' })
  stage?: SelectionStatus;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Page must be a whole number' })
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Page size must be a whole number' })
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export class BuddyIdParams {
  @ApiProperty({ format: 'uuid' })
  @Matches(UUID_PATTERN, { message: 'Buddy id must be a UUID' })
  buddyId!: string;
}
