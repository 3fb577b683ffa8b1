import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page, StaffAccount, StaffPasswordReset } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { CreateStaffAccountDto, SetStaffRolesDto, StaffIdParams, StaffListQueryDto } from './dto/create-staff-account.dto';
import { StaffService } from './staff.service';

@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Access(PERMISSIONS.manageStaff, Scope.national)
  @Get()
  list(@Query() query: StaffListQueryDto): Promise<Page<StaffAccount>> {
    return this.staff.list(query);
  }

  @Access(PERMISSIONS.manageStaff, Scope.national)
  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateStaffAccountDto): Promise<StaffAccount> {
    return this.staff.create(actor, dto);
  }

  @Access(PERMISSIONS.manageStaff, Scope.national)
  @Get(':userId')
  get(@Param() params: StaffIdParams): Promise<StaffAccount> {
    return this.staff.get(params.userId);
  }

  @Access(PERMISSIONS.manageStaff, Scope.national)
  @Put(':userId/roles')
  setRoles(@CurrentActor() actor: Actor, @Param() params: StaffIdParams, @Body() dto: SetStaffRolesDto): Promise<StaffAccount> {
    return this.staff.setRoles(actor, params.userId, dto.roles);
  }

  @Access(PERMISSIONS.manageStaff, Scope.national)
  @Post(':userId/unlock')
  @HttpCode(200)
  unlock(@CurrentActor() actor: Actor, @Param() params: StaffIdParams): Promise<StaffAccount> {
    return this.staff.unlock(actor, params.userId);
  }

  @Access(PERMISSIONS.manageStaff, Scope.national)
  @Post(':userId/deactivate')
  @HttpCode(200)
  deactivate(@CurrentActor() actor: Actor, @Param() params: StaffIdParams): Promise<StaffAccount> {
    return this.staff.deactivate(actor, params.userId);
  }

  /** A new temporary password, shown once; the person changes it at their next sign-in and their sessions end now. */
  @Access(PERMISSIONS.manageStaff, Scope.national)
  @Post(':userId/password')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  resetPassword(@CurrentActor() actor: Actor, @Param() params: StaffIdParams): Promise<StaffPasswordReset> {
    return this.staff.resetPassword(actor, params.userId);
  }
}
