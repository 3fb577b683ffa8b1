import { Body, Controller, Get, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { StaffAccount } from '@peerpath/contracts';
import type { Request } from 'express';
import { Access, Scope } from '@peerpath/api/auth/access.decorator';
import type { Actor } from '@peerpath/api/auth/actor';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { CreateStaffAccountDto } from './dto/create-staff-account.dto';
import { StaffService } from './staff.service';

@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Access(['admin'], Scope.national)
  @Get()
  list(): Promise<StaffAccount[]> {
    return this.staff.list();
  }

  @Access(['admin'], Scope.national)
  @Post()
  create(@CurrentActor() actor: Actor, @Body() dto: CreateStaffAccountDto, @Req() req: Request): Promise<StaffAccount> {
    // pino-http gives every request an id; it goes into the audit event.
    return this.staff.create(actor, dto, String((req as Request & { id?: unknown }).id ?? ''));
  }
}
