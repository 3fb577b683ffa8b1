import { IsCalendarDate, IsPrisonCode } from '@peerpath/api-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ReleaseRequest, TransferRequest } from '@peerpath/contracts';
import { IsOptional } from 'class-validator';


export class TransferDto implements TransferRequest {
  @ApiProperty({ example: 'DAI' })
  @IsPrisonCode('Choose the prison they are moving to')
  toPrisonCode!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate()
  transferredOn?: string;
}

export class ReleaseDto implements ReleaseRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsCalendarDate()
  releasedOn?: string;
}
