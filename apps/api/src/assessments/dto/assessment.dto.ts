import { IsCalendarDate, IsId, IsText, NoHiddenCharacters } from '@peerpath/api-validation';
import { ApiProperty } from '@nestjs/swagger';
import type { AssessmentMethod, AssessmentOutcome, RecordDecisionsRequest } from '@peerpath/contracts';
import { ASSESSMENT_METHODS, ASSESSMENT_OUTCOMES } from '@peerpath/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, ValidateNested } from 'class-validator';


export class DecisionItemDto {
  @ApiProperty({ format: 'uuid' })
  @IsId('Buddy id must be a UUID')
  buddyId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsId('Criterion id must be a UUID')
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
  @IsCalendarDate()
  assessedOn!: string;

  @ApiProperty({ example: 'Observed collecting meals for two recipients on B wing' })
  @IsText(1000, 'Write a short evidence note, up to 1000 characters')
  @NoHiddenCharacters('Evidence note', 'text')
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
  @IsId('Cohort id must be a UUID')
  cohortId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsId('Module id must be a UUID')
  moduleId!: string;
}

export class BuddyModuleHistoryParams extends ModuleAssessmentParams {
  @ApiProperty({ format: 'uuid' })
  @IsId('Buddy id must be a UUID')
  buddyId!: string;
}
