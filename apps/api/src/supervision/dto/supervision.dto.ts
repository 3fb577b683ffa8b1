import { IsCalendarDate, IsPrisonCode, NoHiddenCharacters, Trimmed } from '@peerpath/api-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RecordSupervisionRequest, SupervisionDueQuery, Wellbeing } from '@peerpath/contracts';
import { PageQueryDto } from '@peerpath/api/platform/page-query.dto';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';


export class RecordSupervisionDto implements RecordSupervisionRequest {
  @ApiProperty({ example: '2026-03-20' })
  @IsCalendarDate()
  heldOn!: string;

  @ApiProperty({ example: 30 })
  @IsInt({ message: 'Enter the duration in whole minutes' })
  @Min(5, { message: 'A supervision lasts at least 5 minutes' })
  @Max(480, { message: 'A supervision lasts at most 480 minutes' })
  durationMinutes!: number;

  @ApiProperty({ example: 12.5 })
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'Enter the hours worked, to one decimal place' })
  @Min(0, { message: 'Hours worked cannot be negative' })
  @Max(400, { message: 'Hours worked since the last supervision can be at most 400' })
  hoursWorkedSinceLast!: number;

  @ApiProperty({ enum: [1, 2, 3, 4, 5] })
  @IsIn([1, 2, 3, 4, 5], { message: 'Choose how the buddy is feeling, from 1 to 5' })
  wellbeing!: Wellbeing;

  @ApiProperty()
  @IsBoolean({ message: 'Say whether the limits of the role were discussed' })
  boundariesDiscussed!: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(2000, { message: 'Concerns can be at most 2000 characters' })
  @NoHiddenCharacters('Concerns', 'text')
  concerns?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(2000, { message: 'Agreed actions can be at most 2000 characters' })
  @NoHiddenCharacters('Agreed actions', 'text')
  agreedActions?: string;
}

export class SupervisionDueQueryDto extends PageQueryDto implements SupervisionDueQuery {
  @ApiPropertyOptional({ example: 'EXI' })
  @IsOptional()
  @IsPrisonCode()
  prison?: string;

  @ApiPropertyOptional({ enum: ['overdue', 'due_soon'], description: 'Omit for both' })
  @IsOptional()
  @IsIn(['overdue', 'due_soon'], { message: 'Choose overdue or due_soon' })
  state?: 'overdue' | 'due_soon';
}
