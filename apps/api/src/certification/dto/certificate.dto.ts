import { ApiProperty } from '@nestjs/swagger';
import type { CertificateStatusRequest } from '@peerpath/contracts';
import { UUID_PATTERN } from '@peerpath/domain';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CertificateIdParams {
  @ApiProperty({ format: 'uuid' })
  @Matches(UUID_PATTERN, { message: 'Certificate id must be a UUID' })
  certificateId!: string;
}

export class VerificationCodeParams {
  @ApiProperty({ example: 'q3XbN0c1T2vS8d9Hk4mW7A' })
  @Matches(/^[A-Za-z0-9_-]{10,32}$/, { message: 'That is not a verification code' })
  code!: string;
}

export class CertificateStatusDto implements CertificateStatusRequest {
  @ApiProperty({ example: 'Concern raised on 3 March 2026: under review' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 500, { message: 'Give a reason, up to 500 characters' })
  reason!: string;
}
