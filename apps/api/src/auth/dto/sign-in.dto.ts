import { ApiProperty } from '@nestjs/swagger';
import type { SignInRequest } from '@peerpath/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class SignInDto implements SignInRequest {
  @ApiProperty({ example: 'coordinator' })
  @IsString({ message: 'Enter your username' })
  @IsNotEmpty({ message: 'Enter your username' })
  @MaxLength(128, { message: 'Username must be 128 characters or fewer' })
  username!: string;

  @ApiProperty({ example: 'peerpath-demo-2026' })
  @IsString({ message: 'Enter your password' })
  @IsNotEmpty({ message: 'Enter your password' })
  @MaxLength(1024, { message: 'Password is too long' })
  password!: string;
}
