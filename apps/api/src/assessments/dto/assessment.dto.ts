import { ApiProperty } from '@nestjs/swagger';
import type { AssessmentMethod, AssessmentOutcome, RecordDecisionsRequest } from '@peerpath/contracts';
import { ASSESSMENT_METHODS, ASSESSMENT_OUTCOMES, UUID_PATTERN } from '@peerpath/domain';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsString, Length, Matches, ValidateNested } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE_MESSAGE = 'Enter a real date, like 2026-03-03';

export class DecisionItemDto {
  @ApiProperty({ format: 'uuid' })
  @Matches(UUID_PATTERN, { message: 'Buddy id must be a UUID' })
  buddyId!: string;

  @ApiProperty({ format: 'uuid' })
  @Matches(UUID_PATTERN, { message: 'Criterion id must be a UUID' })
  criterionId!: string;

  @ApiProperty({ enum: ASSESSMENT_OUTCOMES })
  @IsIn(ASSESSMENT_OUTCOMES, { message: 'Choose met or not yet met' })
  outcome!: AssessmentOutcome;
}

export class RecordDecisionsDto implements RecordDecisionsRequest {
  @ApiProperty({ enum: ASSESSMENT_METHODS })
  @IsIn(ASSESSMENT_METHODS, { message: 'Choose how the evidence was gathered' })
  method!: AssessmentMethod;

  @ApiProperty({ example: '2026-03-12' })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  assessedOn!: string;

  @ApiProperty({ example: 'Observed collecting meals for two recipients on B wing' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 1000, { message: 'Write a short evidence note, up to 1000 characters' })
  evidenceNote!: string;

  @ApiProperty({ type: [DecisionItemDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one buddy and one criterion' })
  @ArrayMaxSize(1000, { message: 'Record at most 1000 decisions at once' })
  @ValidateNested({ each: true })
  @Type(() => DecisionItemDto)
  decisions!: DecisionItemDto[];
}

export class ModuleAssessmentParams {
  @ApiProperty({ format: 'uuid' })
  @Matches(UUID_PATTERN, { message: 'Cohort id must be a UUID' })
  cohortId!: string;

  @ApiProperty({ format: 'uuid' })
  @Matches(UUID_PATTERN, { message: 'Module id must be a UUID' })
  moduleId!: string;
}
