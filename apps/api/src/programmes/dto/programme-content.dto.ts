import { IsId, IsVersion, NoHiddenCharacters } from '@peerpath/api-validation';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CriterionContent, CriterionKind, ModuleContent, OutcomeContent, PublishRequest, SaveDraftRequest, SaveModuleRequest, StartDraftRequest } from '@peerpath/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

const CODE = /^\d{1,2}(\.\d{1,2}){1,2}$/;

export class CriterionContentDto implements CriterionContent {
  @ApiProperty({ example: '2.1.1' })
  @Matches(CODE, { message: 'Criterion code must look like 2.1.1' })
  code!: string;

  @ApiProperty({ enum: ['knowledge', 'competence'] })
  @IsIn(['knowledge', 'competence'], { message: 'Kind must be knowledge or competence' })
  kind!: CriterionKind;

  @ApiProperty()
  @IsString()
  // GOV.UK error messages: say what to do when it is blank, and the limit when it is too long.
  @Matches(/\S/, { message: 'Enter the criterion text' })
  @MaxLength(1000, { message: 'Criterion text must be 1000 characters or fewer' })
  @NoHiddenCharacters('Criterion text', 'text')
  text!: string;

  @ApiProperty()
  @IsBoolean()
  simulationAllowed!: boolean;

  @ApiPropertyOptional({ description: 'Re-assessed to renew a certificate (default false)' })
  @IsOptional()
  @IsBoolean()
  refresher?: boolean;
}

export class OutcomeContentDto implements OutcomeContent {
  @ApiProperty({ example: '2.1' })
  @Matches(CODE, { message: 'Outcome code must look like 2.1' })
  code!: string;

  @ApiProperty()
  @IsString()
  @Matches(/\S/, { message: 'Enter the outcome text' })
  @MaxLength(1000, { message: 'Outcome text must be 1000 characters or fewer' })
  @NoHiddenCharacters('Outcome text', 'text')
  text!: string;

  @ApiProperty({ type: [CriterionContentDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CriterionContentDto)
  criteria!: CriterionContentDto[];
}

export class ModuleContentDto implements ModuleContent {
  @ApiProperty({ example: 2 })
  @IsInt()
  @Min(1)
  @Max(99)
  number!: number;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  @NoHiddenCharacters('Module title')
  title!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(1000)
  @NoHiddenCharacters('Module summary', 'text')
  summary!: string;

  @ApiProperty({ type: [OutcomeContentDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => OutcomeContentDto)
  outcomes!: OutcomeContentDto[];
}

export class SaveDraftDto implements SaveDraftRequest {
  @ApiProperty({ description: 'The version number you loaded; a mismatch means someone else saved first' })
  @IsVersion()
  expectedVersion!: number;

  @ApiProperty({ type: [ModuleContentDto] })
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ModuleContentDto)
  modules!: ModuleContentDto[];
}

export class SaveModuleDto implements SaveModuleRequest {
  @ApiProperty({ description: 'The draft\'s version number you loaded; a mismatch means someone else saved first' })
  @IsVersion()
  expectedVersion!: number;

  @ApiProperty()
  @IsString()
  @MaxLength(200, { message: 'Module title must be 200 characters or fewer' })
  @NoHiddenCharacters('Module title')
  title!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(1000, { message: 'Module summary must be 1000 characters or fewer' })
  @NoHiddenCharacters('Module summary', 'text')
  summary!: string;

  @ApiProperty({ type: [OutcomeContentDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => OutcomeContentDto)
  outcomes!: OutcomeContentDto[];
}

export class PublishDto implements PublishRequest {
  @ApiProperty()
  @IsVersion()
  expectedVersion!: number;
}

export class StartDraftDto implements StartDraftRequest {
  @ApiProperty({ example: '2026.1' })
  @Matches(/^[\w.-]{1,40}$/, { message: 'Version label must be 1 to 40 letters, digits, dots or dashes' })
  label!: string;
}

export class VersionIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsId('Version id must be a UUID')
  versionId!: string;
}

export class ProgrammeIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsId('Programme id must be a UUID')
  programmeId!: string;
}

export class ModuleParams extends VersionIdParams {
  @ApiProperty({ example: 3, description: 'The module\'s number in the draft; one past the last adds a module' })
  @Type(() => Number)
  @IsInt({ message: 'Module number must be a whole number' })
  @Min(1, { message: 'Module number must be between 1 and 99' })
  @Max(99, { message: 'Module number must be between 1 and 99' })
  moduleNumber!: number;
}
