import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ConcernKind, ConcernStatus, RaiseConcernRequest, ResolveConcernRequest, SuspendForConcernRequest } from '@peerpath/contracts';
import { UUID_PATTERN } from '@peerpath/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export class RaiseConcernDto implements RaiseConcernRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: 'Buddy id must be a UUID' })
  buddyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: 'Recipient id must be a UUID' })
  recipientId?: string;

  @ApiProperty({ enum: ['safeguarding', 'boundary'] })
  @IsIn(['safeguarding', 'boundary'], { message: 'Choose safeguarding or boundary' })
  kind!: ConcernKind;

  @ApiProperty({ example: 'Seen helping the person wash: outside the buddy role.' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 4000, { message: 'Describe the concern, up to 4000 characters' })
  description!: string;
}

export class ResolveConcernDto implements ResolveConcernRequest {
  @ApiProperty({ example: 'Spoke with both; boundaries re-explained in supervision.' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 4000, { message: 'Record the outcome of the review, up to 4000 characters' })
  outcome!: string;
}

export class SuspendForConcernDto implements SuspendForConcernRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 500, { message: 'Give a reason, up to 500 characters' })
  reason?: string;
}

export class ConcernIdParams {
  @ApiProperty({ format: 'uuid' })
  @Matches(UUID_PATTERN, { message: 'Concern id must be a UUID' })
  concernId!: string;
}

export class ConcernListQueryDto {
  @ApiPropertyOptional({ example: 'EXI' })
  @IsOptional()
  @Transform(upper)
  @Matches(/^[A-Z]{3}$/, { message: 'Prison code must be three letters, like EXI' })
  prison?: string;

  @ApiPropertyOptional({ enum: ['open', 'resolved'] })
  @IsOptional()
  @IsIn(['open', 'resolved'], { message: 'Status must be open or resolved' })
  status?: ConcernStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: 'Buddy id must be a UUID' })
  buddyId?: string;
}
