import { IsVersion } from '@peerpath/api-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdatePolicyRequest } from '@peerpath/contracts';
import { IsInt, Max, Min, ValidateIf } from 'class-validator';

export class UpdatePolicyDto implements UpdatePolicyRequest {
  @ApiProperty({ example: 28 })
  @IsInt({ message: 'Enter the supervision interval as a whole number of days' })
  @Min(7, { message: 'Supervision sessions must be at least 7 days apart' })
  @Max(90, { message: 'Supervision cannot be more than 90 days apart' })
  supervisionIntervalDays!: number;

  @ApiProperty({ example: 10 })
  @IsInt({ message: 'Enter the weekly hours cap as a whole number' })
  @Min(1, { message: 'The weekly hours cap must be at least 1' })
  @Max(40, { message: 'The weekly hours cap can be at most 40' })
  weeklyHoursCap!: number;

  @ApiProperty({ example: 24 })
  @IsInt({ message: 'Enter the certificate validity as a whole number of months' })
  @Min(6, { message: 'A certificate must last at least 6 months' })
  @Max(60, { message: 'A certificate can last at most 60 months' })
  certificateValidityMonths!: number;

  @ApiProperty({ example: 80 })
  @IsInt({ message: 'Enter the attendance threshold as a whole percentage' })
  @Min(50, { message: 'The attendance threshold must be at least 50%' })
  @Max(100, { message: 'The attendance threshold can be at most 100%' })
  attendanceThresholdPercent!: number;

  @ApiPropertyOptional({ example: 2850, nullable: true, description: 'Pence per staff hour; null clears it, omitted leaves it unchanged' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsInt({ message: 'Enter the staff cost per hour in pounds and pence, like 28.50' })
  @Min(0, { message: 'The staff cost per hour cannot be negative' })
  @Max(100000, { message: 'The staff cost per hour can be at most £1,000' })
  staffCostPerHourPence?: number | null;

  @ApiProperty({ example: 1 })
  @IsVersion()
  expectedVersion!: number;
}
