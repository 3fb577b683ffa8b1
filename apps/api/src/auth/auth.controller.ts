import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { CurrentUser, SessionStatus } from '@peerpath/contracts';
import type { Request, Response } from 'express';
import { isKioskUser, PERMISSIONS, timeoutWarningSeconds } from '@peerpath/domain';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@peerpath/api/config/config';
import { rotateXsrfToken } from '@peerpath/api/platform/csrf';
import { holdSessionExpiry, SESSION_COOKIE, storedSessionEnd } from '@peerpath/api/platform/sessions';
import { Access, Public, Scope, UsableBeforePasswordChange } from './access.decorator';
import { toCurrentUser, type Actor } from './actor';
import { ActorsService } from './actors.service';
import { CurrentActor } from './current-actor.decorator';
import { SignInDto } from './dto/sign-in.dto';
import { SignInGuard } from './sign-in.guard';
import { DomainError } from '@peerpath/api/platform/domain-error';

const callback = (run: (done: (err?: unknown) => void) => void) =>
  new Promise<void>((resolve, reject) => run((err) => (err ? reject(err) : resolve())));

const notSignedIn = () => new DomainError(401, 'NOT_SIGNED_IN', 'Sign in to continue');

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly actors: ActorsService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
    if (!actor) throw notSignedIn();
    // A buddy signs in at a shared kiosk: their session ends after a few idle minutes, not an hour.
    // The idle time travels with the session (the cookie's original max age), so every later
    // request extends it by the same amount and the stored row expires on time.
    req.session.cookie.maxAge = (isKioskUser(actor.roles) ? this.config.kioskIdleSeconds : this.config.sessionIdleSeconds) * 1000;
    await callback((done) => req.session.save(done));
    // The XSRF token from before sign-in was bound to the visitor; this one is bound to the new session.
    rotateXsrfToken(req, req.sessionID);
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
    rotateXsrfToken(req, null);
  }

  @Access(PERMISSIONS.ownAccount, Scope.self)
  @UsableBeforePasswordChange()
  @Get('me')
  me(@CurrentActor() actor: Actor): CurrentUser {
    return toCurrentUser(actor);
  }

  /** How long the session has left. Asking does not extend it, so the warning can ask freely. */
  @Access(PERMISSIONS.ownAccount, Scope.self)
  @UsableBeforePasswordChange()
  @Get('session')
  sessionStatus(@Req() req: Request): Promise<SessionStatus> {
    holdSessionExpiry(req);
    return this.statusOf(req);
  }

  /** "Stay signed in": the session's end moves on by its idle time, now rather than after the answer. */
  @Access(PERMISSIONS.ownAccount, Scope.self)
  @UsableBeforePasswordChange()
  @Post('session')
  @HttpCode(200)
  async staySignedIn(@Req() req: Request): Promise<SessionStatus> {
    req.session.touch();
    await callback((done) => req.session.save(done));
    return this.statusOf(req);
  }

  private async statusOf(req: Request): Promise<SessionStatus> {
    const stored = await storedSessionEnd(this.dataSource, req.sessionID);
    if (!stored) throw notSignedIn();
    const idleSeconds = Math.round((req.session.cookie.originalMaxAge ?? this.config.sessionIdleSeconds * 1000) / 1000);
    return {
      expiresAt: stored.expiresAt.toISOString(),
      secondsLeft: Math.floor(stored.secondsLeft),
      idleSeconds,
      warningSeconds: timeoutWarningSeconds(idleSeconds),
    };
  }
}
