import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { CurrentUser } from '@peerpath/contracts';
import type { Request, Response } from 'express';
import { PERMISSIONS } from '@peerpath/domain';
import { SESSION_COOKIE } from '@peerpath/api/platform/sessions';
import { Access, Public, Scope, UsableBeforePasswordChange } from './access.decorator';
import { toCurrentUser, type Actor } from './actor';
import { ActorsService } from './actors.service';
import { CurrentActor } from './current-actor.decorator';
import { SignInDto } from './dto/sign-in.dto';
import { SignInGuard } from './sign-in.guard';
import { DomainError } from '@peerpath/api/platform/domain-error';

const callback = (run: (done: (err?: unknown) => void) => void) =>
  new Promise<void>((resolve, reject) => run((err) => (err ? reject(err) : resolve())));

/** How long a buddy's kiosk session lasts without a request. */
export const BUDDY_IDLE_MINUTES = 10;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly actors: ActorsService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(SignInGuard)
  @ApiOkResponse({ description: 'Signed in; the session cookie is set' })
  @ApiTooManyRequestsResponse({ description: 'Account locked, or too many failures from this address' })
  async login(@Body() _credentials: SignInDto, @Req() req: Request & { user: { id: string } }): Promise<CurrentUser> {
    // A new session id at sign-in, so a session fixed before sign-in is worthless after it.
    await callback((done) => req.session.regenerate(done));
    req.session.userId = req.user.id;
    const actor = await this.actors.findActive(req.user.id);
    if (!actor) throw new DomainError(401, 'NOT_SIGNED_IN', 'Sign in to continue');
    // A buddy signs in at a shared kiosk: their session ends after a few idle minutes, not an hour.
    if (actor.roles.every((r) => r.role === 'buddy')) req.session.cookie.maxAge = BUDDY_IDLE_MINUTES * 60 * 1000;
    await callback((done) => req.session.save(done));
    return toCurrentUser(actor);
  }

  @Access(PERMISSIONS.ownAccount, Scope.self)
  @UsableBeforePasswordChange()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    // Destroying the stored session revokes it for every process, not just this cookie.
    await callback((done) => req.session.destroy(done));
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Access(PERMISSIONS.ownAccount, Scope.self)
  @UsableBeforePasswordChange()
  @Get('me')
  me(@CurrentActor() actor: Actor): CurrentUser {
    return toCurrentUser(actor);
  }
}
