import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class PrisonCodeParams {
  @ApiProperty({ example: 'EXI', description: 'Prison agency code' })
  @Matches(/^[A-Za-z]{3}$/, { message: 'Prison code must be three letters, like EXI' })
  prisonCode!: string;
}
