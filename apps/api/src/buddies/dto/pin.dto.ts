import { ApiProperty } from '@nestjs/swagger';
import type { SetPinRequest } from '@peerpath/contracts';
import { IsString } from 'class-validator';

export class SetPinDto implements SetPinRequest {
  @ApiProperty({ example: '246810', description: '6 to 12 digits' })
  @IsString({ message: 'Enter a PIN of 6 to 12 digits' })
  pin!: string;
}
