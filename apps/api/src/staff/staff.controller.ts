import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { StaffAccount } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { CreateStaffAccountDto } from './dto/create-staff-account.dto';
import { StaffService } from './staff.service';

@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Access(PERMISSIONS.manageStaff, Scope.national)
  @Get()
  list(): Promise<StaffAccount[]> {
    return this.staff.list();
  }

  @Access(PERMISSIONS.manageStaff, Scope.national)
  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateStaffAccountDto): Promise<StaffAccount> {
    return this.staff.create(actor, dto);
  }
}
