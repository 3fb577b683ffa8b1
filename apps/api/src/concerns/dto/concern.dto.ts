import { IsId, IsPrisonCode, IsText, NoHiddenCharacters } from '@peerpath/api-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ConcernKind, ConcernListQuery, ConcernSort, ConcernStatus, RaiseConcernRequest, ResolveConcernRequest, SortOrder, SuspendForConcernRequest } from '@peerpath/contracts';
import { CONCERN_SORTS } from '@peerpath/domain';
import { IsIn, IsOptional } from 'class-validator';
import { IsSortColumn, IsSortOrder, PageQueryDto } from '@peerpath/api/platform/page-query.dto';


export class RaiseConcernDto implements RaiseConcernRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId('Buddy id must be a UUID')
  buddyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId('Recipient id must be a UUID')
  recipientId?: string;

  @ApiProperty({ enum: ['safeguarding', 'boundary'] })
  @IsIn(['safeguarding', 'boundary'], { message: 'Choose safeguarding or boundary' })
  kind!: ConcernKind;

  @ApiProperty({ example: 'Seen helping the person wash: outside the buddy role.' })
  @IsText(4000, 'Describe the concern, up to 4000 characters')
  @NoHiddenCharacters('Concern', 'text')
  description!: string;
}

export class ResolveConcernDto implements ResolveConcernRequest {
  @ApiProperty({ example: 'Spoke with both; boundaries re-explained in supervision.' })
  @IsText(4000, 'Record the outcome of the review, up to 4000 characters')
  @NoHiddenCharacters('Outcome', 'text')
  outcome!: string;
}

export class SuspendForConcernDto implements SuspendForConcernRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsText(500, 'Give a reason, up to 500 characters')
  @NoHiddenCharacters('Reason', 'text')
  reason?: string;
}

export class ConcernIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsId('Concern id must be a UUID')
  concernId!: string;
}

export class ConcernListQueryDto extends PageQueryDto implements ConcernListQuery {
  @ApiPropertyOptional({ example: 'EXI' })
  @IsOptional()
  @IsPrisonCode()
  prison?: string;

  @ApiPropertyOptional({ enum: ['open', 'resolved'] })
  @IsOptional()
  @IsIn(['open', 'resolved'], { message: 'Status must be open or resolved' })
  status?: ConcernStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsId('Buddy id must be a UUID')
  buddyId?: string;

  @ApiPropertyOptional({ enum: ['safeguarding', 'boundary'] })
  @IsOptional()
  @IsIn(['safeguarding', 'boundary'], { message: 'Kind must be safeguarding or boundary' })
  kind?: ConcernKind;

  @IsSortColumn(CONCERN_SORTS)
  sort?: ConcernSort;

  @IsSortOrder()
  order?: SortOrder;
}
