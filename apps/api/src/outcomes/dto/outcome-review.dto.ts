import { IsCalendarDate, NoHiddenCharacters, Trimmed } from '@peerpath/api-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { OutcomeScore, RecordOutcomeReviewRequest } from '@peerpath/contracts';
import { OUTCOME_STATEMENTS } from '@peerpath/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

const SCORES = [1, 2, 3, 4, 5];

export class RecordOutcomeReviewDto implements RecordOutcomeReviewRequest {
  @ApiProperty({ example: '2026-03-20' })
  @IsCalendarDate()
  reviewedOn!: string;

  @ApiProperty({ enum: SCORES, description: OUTCOME_STATEMENTS.helps })
  @IsIn(SCORES, { message: `Choose an answer to “${OUTCOME_STATEMENTS.helps}”` })
  helpsScore!: OutcomeScore;

  @ApiProperty({ enum: SCORES, description: OUTCOME_STATEMENTS.independence })
  @IsIn(SCORES, { message: `Choose an answer to “${OUTCOME_STATEMENTS.independence}”` })
  independenceScore!: OutcomeScore;

  @ApiPropertyOptional()
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(1000, { message: 'Their own words can be at most 1000 characters' })
  @NoHiddenCharacters('Their own words', 'text')
  comment?: string;
}
