import { ApiProperty } from '@nestjs/swagger';
import type { ChangePasswordRequest } from '@peerpath/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString({ message: 'Enter your current password' })
  @IsNotEmpty({ message: 'Enter your current password' })
  @MaxLength(1024, { message: 'Password is too long' })
  currentPassword!: string;

  @ApiProperty({ description: 'At least 12 characters; common passwords are refused' })
  @IsString({ message: 'Enter a new password' })
  @IsNotEmpty({ message: 'Enter a new password' })
  @MaxLength(1024, { message: 'Password is too long' })
  newPassword!: string;
}
