import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CurrentUser } from '@peerpath/contracts';
import { PERMISSIONS } from '@peerpath/domain';
import type { Request } from 'express';
import { Access, Scope, UsableBeforePasswordChange } from '@peerpath/api/auth/access.decorator';
import { toCurrentUser, type Actor } from '@peerpath/api/auth/actor';
import { ActorsService } from '@peerpath/api/auth/actors.service';
import { CurrentActor } from '@peerpath/api/auth/current-actor.decorator';
import { DomainError } from '@peerpath/api/platform/domain-error';
import { ChangePasswordDto } from './dto/change-password.dto';
import { PasswordChangeService } from './password-change.service';

/** A signed-in person's own account. */
@ApiTags('account')
@Controller('account')
export class AccountController {
  constructor(
    private readonly actors: ActorsService,
    private readonly passwordChange: PasswordChangeService,
  ) {}

  /** Changing your own password; the way out of a temporary one. Your other sessions end. */
  @Access(PERMISSIONS.ownAccount, Scope.self)
  @UsableBeforePasswordChange()
  @Post('password')
  @HttpCode(200)
  async changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto, @Req() req: Request): Promise<CurrentUser> {
    await this.passwordChange.change(actor, dto, req.sessionID);
    const changed = await this.actors.findActive(actor.id);
    if (!changed) throw new DomainError(401, 'NOT_SIGNED_IN', 'Sign in to continue');
    return toCurrentUser(changed);
  }
}
