import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AttendanceMark, BulkEnrolRequest, CohortListQuery, CohortSort, CohortStatusFilter, CreateCohortRequest, SortOrder, EnrolRequest, SaveRegisterRequest, ScheduleSeriesRequest, ScheduleSessionRequest, WithdrawRequest } from '@peerpath/contracts';
import { IsCalendarDate, IsId, IsPrisonCode, IsText, NoHiddenCharacters } from '@peerpath/api-validation';
import { COHORT_SORTS, COHORT_STATUS_FILTERS, UUID_PATTERN } from '@peerpath/domain';
import { IsSortColumn, IsSortOrder, PageQueryDto } from '@peerpath/api/platform/page-query.dto';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class CohortIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsId('Cohort id must be a UUID')
  cohortId!: string;
}

export class SessionParams extends CohortIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsId('Session id must be a UUID')
  sessionId!: string;
}

export class EnrolmentParams extends CohortIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsId('Enrolment id must be a UUID')
  enrolmentId!: string;
}

export class CohortListQueryDto extends PageQueryDto implements CohortListQuery {
  @ApiPropertyOptional({ example: 'EXI' })
  @IsOptional()
  @IsPrisonCode()
  prison?: string;

  @ApiPropertyOptional({ enum: COHORT_STATUS_FILTERS })
  @IsOptional()
  @IsIn([...COHORT_STATUS_FILTERS], { message: 'Status must be current, planned, running or finished' })
  status?: CohortStatusFilter;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId('Programme id must be a UUID')
  programmeId?: string;

  @IsSortColumn(COHORT_SORTS)
  sort?: CohortSort;

  @IsSortOrder()
  order?: SortOrder;
}

export class PrisonQueryDto {
  @ApiProperty({ example: 'EXI' })
  @IsPrisonCode()
  prison!: string;
}

export class CreateCohortDto implements CreateCohortRequest {
  @ApiProperty({ example: 'EXI' })
  @IsPrisonCode()
  prisonCode!: string;

  @ApiProperty({ format: 'uuid' })
  @IsId('Choose a programme version')
  programmeVersionId!: string;

  @ApiProperty({ example: 'Exeter spring 2026' })
  @IsText(100, 'Enter a cohort name of up to 100 characters')
  @NoHiddenCharacters('Cohort name')
  name!: string;

  @ApiProperty({ example: '2026-03-02' })
  @IsCalendarDate()
  startsOn!: string;

  @ApiProperty({ example: '2026-05-29' })
  @IsCalendarDate()
  endsOn!: string;

  @ApiProperty({ example: 12 })
  @IsInt({ message: 'Capacity must be a whole number' })
  @Min(1, { message: 'Capacity must be at least 1' })
  @Max(200, { message: 'Capacity can be at most 200' })
  capacity!: number;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one trainer' })
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'Each trainer can be chosen once' })
  @Matches(UUID_PATTERN, { each: true, message: 'Trainer ids must be UUIDs' })
  trainerIds!: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'Each assessor can be chosen once' })
  @Matches(UUID_PATTERN, { each: true, message: 'Assessor ids must be UUIDs' })
  assessorIds?: string[];
}

/** When and where a session runs: one session, or every session of a series. */
class SessionTimesDto {
  @ApiProperty({ example: '09:30' })
  @Matches(TIME, { message: 'Enter the start time as HH:MM, like 09:30' })
  startsAt!: string;

  @ApiProperty({ example: '11:30' })
  @Matches(TIME, { message: 'Enter the end time as HH:MM, like 11:30' })
  endsAt!: string;

  @ApiProperty({ example: 'Education block, room 2' })
  @IsText(100, 'Enter a location of up to 100 characters')
  @NoHiddenCharacters('Location')
  location!: string;
}

export class ScheduleSessionDto extends SessionTimesDto implements ScheduleSessionRequest {
  @ApiProperty({ example: '2026-03-09' })
  @IsCalendarDate()
  heldOn!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one module' })
  @ArrayMaxSize(30)
  @ArrayUnique({ message: 'Each module can be chosen once' })
  @Matches(UUID_PATTERN, { each: true, message: 'Module ids must be UUIDs' })
  moduleIds!: string[];
}

export class EnrolDto implements EnrolRequest {
  @ApiProperty({ format: 'uuid' })
  @IsId('Choose a buddy')
  buddyId!: string;

  @ApiPropertyOptional({ example: '2026-03-02' })
  @IsOptional()
  @IsCalendarDate()
  enrolledOn?: string;
}

export class BulkEnrolDto implements BulkEnrolRequest {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose at least one buddy' })
  @ArrayMaxSize(100, { message: 'Enrol up to 100 buddies at a time' })
  @ArrayUnique({ message: 'Each buddy can be chosen once' })
  @Matches(UUID_PATTERN, { each: true, message: 'Buddy ids must be UUIDs' })
  buddyIds!: string[];

  @ApiPropertyOptional({ example: '2026-03-02' })
  @IsOptional()
  @IsCalendarDate()
  enrolledOn?: string;
}

export class SeriesSessionDto {
  @ApiProperty({ example: '2026-03-09' })
  @IsCalendarDate()
  heldOn!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose a module for each session' })
  @ArrayMaxSize(30)
  @ArrayUnique({ message: 'Each module can be chosen once per session' })
  @Matches(UUID_PATTERN, { each: true, message: 'Module ids must be UUIDs' })
  moduleIds!: string[];
}

export class ScheduleSeriesDto extends SessionTimesDto implements ScheduleSeriesRequest {

  @ApiProperty({ type: [SeriesSessionDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'The series has no sessions' })
  @ArrayMaxSize(60, { message: 'Schedule up to 60 sessions at a time' })
  @ValidateNested({ each: true })
  @Type(() => SeriesSessionDto)
  sessions!: SeriesSessionDto[];
}

export class WithdrawDto implements WithdrawRequest {
  @ApiProperty({ example: 'Moved to full-time education' })
  @IsText(500, 'Give a reason for the withdrawal, up to 500 characters')
  @NoHiddenCharacters('Reason', 'text')
  reason!: string;

  @ApiPropertyOptional({ example: '2026-04-01' })
  @IsOptional()
  @IsCalendarDate()
  withdrawnOn?: string;
}

export class RegisterMarkDto {
  @ApiProperty({ format: 'uuid' })
  @IsId('Buddy id must be a UUID')
  buddyId!: string;

  @ApiProperty({ enum: ['present', 'late', 'absent', 'excused'] })
  @IsIn(['present', 'late', 'absent', 'excused'], { message: 'Mark each buddy present, late, absent or excused' })
  mark!: AttendanceMark;
}

export class SaveRegisterDto implements SaveRegisterRequest {
  @ApiProperty({ type: [RegisterMarkDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'Mark every buddy on the register' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => RegisterMarkDto)
  marks!: RegisterMarkDto[];
}
