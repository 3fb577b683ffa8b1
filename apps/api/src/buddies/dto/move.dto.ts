import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ReleaseRequest, TransferRequest } from '@peerpath/contracts';
import { Transform } from 'class-transformer';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const DATE_MESSAGE = 'Enter a real date, like 2026-03-03';

export class TransferDto implements TransferRequest {
  @ApiProperty({ example: 'DAI' })
  @Transform(upper)
  @Matches(/^[A-Z]{3}$/, { message: 'Choose the prison they are moving to' })
  toPrisonCode!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  transferredOn?: string;
}

export class ReleaseDto implements ReleaseRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  releasedOn?: string;
}
