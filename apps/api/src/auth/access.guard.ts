import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { canActAtPrison, holdsNationalRole, holdsRole, type ScopedRole } from '@peerpath/domain';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { DomainError } from '@peerpath/api/platform/domain-error';
import { prepared, runPrepared } from '@peerpath/api/platform/prepared';
import { ACCESS_KEY, BEFORE_PASSWORD_CHANGE_KEY, PUBLIC_KEY, type AccessRule } from './access.decorator';
import type { Actor } from './actor';
import { ActorsService } from './actors.service';

const PRISON_CODE = /^[A-Z]{3}$/;

/** The prison a prison-scoped route names, with its cluster: asked on every such request, so prepared. */
const PRISON_SCOPE = prepared('prison_scope', `SELECT p.code, c.code AS "clusterCode" FROM prisons p JOIN clusters c ON c.id = p.cluster_id WHERE p.code = $1`);

const notSignedIn = () => new DomainError(HttpStatus.UNAUTHORIZED, 'NOT_SIGNED_IN', 'Sign in to continue');
const roleRefused = () => new DomainError(HttpStatus.FORBIDDEN, 'ROLE_NOT_PERMITTED', 'Your role does not allow this');
const passwordChangeRequired = () =>
  new DomainError(HttpStatus.FORBIDDEN, 'PASSWORD_CHANGE_REQUIRED', 'Change your temporary password to continue');
const scopeRefused = () => new DomainError(HttpStatus.FORBIDDEN, 'OUT_OF_SCOPE', 'This is outside the prisons you have access to');

/**
 * Deny by default: every route is closed unless it is @Public() or declares
 * @Access(roles, scope), and the caller holds one of those roles over that scope.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorsService,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, targets);
    // A route that forgot to declare access is refused, not opened (and the route-coverage spec fails).
    if (!rule) throw new DomainError(HttpStatus.FORBIDDEN, 'ACCESS_NOT_DECLARED', 'This route is closed');

    const req = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const userId = req.session?.userId;
    if (!userId) throw notSignedIn();
    const actor = await this.actors.findActive(userId);
    if (!actor) {
      // The account was disabled or removed since sign-in: end the session.
      await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
      throw notSignedIn();
    }
    req.actor = actor;
    if (actor.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE_KEY, targets)) throw passwordChangeRequired();

    const held = actor.roles as ScopedRole[];
    if (!holdsRole(held, rule.roles)) throw roleRefused();

    switch (rule.scope.kind) {
      case 'national':
        if (!holdsNationalRole(held, rule.roles)) throw scopeRefused();
        return true;
      case 'prison': {
        const source = req[rule.scope.from] as Record<string, unknown> | undefined;
        const raw = source?.[rule.scope.key];
        // A missing or non-string code is left to validation, which answers 400 with the field named.
        if (typeof raw !== 'string') return true;
        // Normalised exactly as validation will normalise it (IsPrisonCode), so " hli" cannot slip past
        // this check and then be accepted as HLI.
        const code = raw.trim().toUpperCase();
        if (!PRISON_CODE.test(code)) return true;
        const prison = await this.findPrison(code);
        // An unknown prison and a prison out of scope look the same: neither reveals what exists.
        if (!prison || !canActAtPrison(held, rule.roles, prison)) throw scopeRefused();
        return true;
      }
      case 'filtered':
      case 'self':
        return true;
    }
  }

  private async findPrison(code: string): Promise<{ code: string; clusterCode: string } | undefined> {
    const rows = await runPrepared<{ code: string; clusterCode: string }>(this.dataSource, PRISON_SCOPE, [code]);
    return rows[0];
  }
}
