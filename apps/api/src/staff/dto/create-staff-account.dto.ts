import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateStaffAccountRequest, RoleAssignmentRequest, RoleName, ScopeLevel, SetStaffRolesRequest, StaffListQuery, StaffStatus } from '@peerpath/contracts';
import { ROLE_NAMES, SCOPE_LEVELS, STAFF_USERNAME_PATTERN } from '@peerpath/domain';
import { IsId, NoHiddenCharacters, Trimmed } from '@peerpath/api-validation';
import { Type } from 'class-transformer';
import { PageQueryDto } from '@peerpath/api/platform/page-query.dto';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';

export class RoleAssignmentDto implements RoleAssignmentRequest {
  @ApiProperty({ enum: ROLE_NAMES })
  @IsIn(ROLE_NAMES, { message: `Role must be one of ${ROLE_NAMES.join(', ')}` })
  role!: RoleName;

  @ApiProperty({ enum: SCOPE_LEVELS })
  @IsIn(SCOPE_LEVELS, { message: `Scope must be one of ${SCOPE_LEVELS.join(', ')}` })
  scope!: ScopeLevel;

  @ApiPropertyOptional({ example: 'devon' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @NoHiddenCharacters('Cluster code')
  clusterCode?: string;

  @ApiPropertyOptional({ example: 'EXI' })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'Prison code must be three letters, like EXI' })
  prisonCode?: string;
}

export class CreateStaffAccountDto implements CreateStaffAccountRequest {
  @ApiProperty({ example: 'jsmith' })
  @Matches(STAFF_USERNAME_PATTERN, {
    message: 'Username must be 3 to 64 letters, digits, dots, dashes or underscores, starting with a letter',
  })
  username!: string;

  @ApiProperty({ example: 'Jo Smith' })
  @IsString({ message: 'Enter the person’s name' })
  @Length(1, 120, { message: 'Name must be between 1 and 120 characters' })
  @NoHiddenCharacters('Name')
  displayName!: string;

  @ApiProperty({ description: 'A temporary password, changed at first sign-in. At least 12 characters; common passwords are refused' })
  @IsString({ message: 'Enter a password' })
  @MaxLength(1024)
  password!: string;

  @ApiProperty({ type: [RoleAssignmentDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'Give the account at least one role' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RoleAssignmentDto)
  roles!: RoleAssignmentDto[];
}

export class SetStaffRolesDto implements SetStaffRolesRequest {
  @ApiProperty({ type: [RoleAssignmentDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'Give the account at least one role (to stop someone signing in, deactivate the account)' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RoleAssignmentDto)
  roles!: RoleAssignmentDto[];
}

const STAFF_STATUSES: readonly StaffStatus[] = ['active', 'deactivated'];

export class StaffListQueryDto extends PageQueryDto implements StaffListQuery {
  @ApiPropertyOptional({ description: 'Username or part of a name' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(60)
  search?: string;

  @ApiPropertyOptional({ enum: STAFF_STATUSES, default: 'active' })
  @IsOptional()
  @IsIn(STAFF_STATUSES, { message: 'Status must be active or deactivated' })
  status?: StaffStatus;
}

export class StaffIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsId('Staff account id must be a UUID')
  userId!: string;
}
