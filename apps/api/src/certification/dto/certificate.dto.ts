import { IsId, IsText, NoHiddenCharacters } from '@peerpath/api-validation';
import { ApiProperty } from '@nestjs/swagger';
import type { CertificateStatusRequest } from '@peerpath/contracts';
import { Matches } from 'class-validator';


export class CertificateIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsId('Certificate id must be a UUID')
  certificateId!: string;
}

export class VerificationCodeParams {
  /** The long code from the QR link, or the short one printed under it (spaces and hyphens allowed). */
  @ApiProperty({ example: 'K7QX-94MD-2R' })
  @Matches(/^[A-Za-z0-9_ -]{10,32}$/, { message: 'That is not a verification code' })
  code!: string;
}

export class CertificateStatusDto implements CertificateStatusRequest {
  @ApiProperty({ example: 'Concern raised on 3 March 2026: under review' })
  @IsText(500, 'Give a reason, up to 500 characters')
  @NoHiddenCharacters('Reason', 'text')
  reason!: string;
}
