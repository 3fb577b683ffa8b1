import { ApiProperty } from '@nestjs/swagger';
import { IsId } from '@peerpath/api-validation';

/** The cohort whose progress matrix is asked for. */
export class CohortProgressParams {
  @ApiProperty({ format: 'uuid' })
  @IsId('Cohort id must be a UUID')
  cohortId!: string;
}

/** The buddy whose progress is asked for. */
export class BuddyProgressParams {
  @ApiProperty({ format: 'uuid' })
  @IsId('Buddy id must be a UUID')
  buddyId!: string;
}
