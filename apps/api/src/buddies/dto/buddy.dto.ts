import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AllocatableBuddiesQuery, BuddyRegisterQuery, BuddySearchQuery, JourneyStage, RecordApplicationRequest, RecordBulkSelectionRequest, RecordSelectionRequest, SelectionOutcome } from '@peerpath/contracts';
import { PageQueryDto } from '@peerpath/api/platform/page-query.dto';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate, IsId, IsPersonName, IsPrisonCode, IsPrisonNumber, NoHiddenCharacters, Trimmed } from '@peerpath/api-validation';
import { JOURNEY_STAGES, UUID_PATTERN } from '@peerpath/domain';



export class RecordApplicationDto implements RecordApplicationRequest {
  @ApiProperty({ example: 'A1234BC' })
  @IsPrisonNumber()
  prisonNumber!: string;

  @ApiProperty({ example: 'Sam' })
  @IsPersonName('first')
  firstName!: string;

  @ApiProperty({ example: 'Jones' })
  @IsPersonName('last')
  lastName!: string;

  @ApiProperty({ example: 'EXI' })
  @IsPrisonCode()
  prisonCode!: string;

  @ApiProperty({ example: '2026-03-03' })
  @IsCalendarDate()
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
  @IsCalendarDate()
  decidedOn!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @NoHiddenCharacters('Notes', 'text')
  notes?: string;
}

export class RecordBulkSelectionDto extends RecordSelectionDto implements RecordBulkSelectionRequest {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one applicant' })
  @ArrayMaxSize(100, { message: 'Record up to 100 decisions at a time' })
  @ArrayUnique({ message: 'Each applicant can be chosen once' })
  @Matches(UUID_PATTERN, { each: true, message: 'Buddy ids must be UUIDs' })
  buddyIds!: string[];
}

export class BuddyRegisterQueryDto extends PageQueryDto implements BuddyRegisterQuery {
  @ApiPropertyOptional({ description: 'Prison number or part of a name' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(60)
  search?: string;

  @ApiPropertyOptional({ example: 'EXI' })
  @IsOptional()
  @IsPrisonCode()
  prison?: string;

  @ApiPropertyOptional({ enum: JOURNEY_STAGES })
  @IsOptional()
  @IsIn([...JOURNEY_STAGES], { message: `Stage must be one of ${JOURNEY_STAGES.join(', ')}` })
  stage?: JourneyStage;
}

export class BuddySearchQueryDto extends PageQueryDto implements BuddySearchQuery {
  @ApiPropertyOptional({ description: 'Part of a prison number or name' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(60)
  search?: string;
}

export class AllocatableBuddiesQueryDto extends BuddySearchQueryDto implements AllocatableBuddiesQuery {
  @ApiPropertyOptional({ example: 'EXI' })
  @IsOptional()
  @IsPrisonCode()
  prison?: string;
}

export class BuddyIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsId('Buddy id must be a UUID')
  buddyId!: string;
}
