import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { RoleName } from '@peerpath/contracts';

export const PUBLIC_KEY = 'peerpath:public';
export const ACCESS_KEY = 'peerpath:access';
export const BEFORE_PASSWORD_CHANGE_KEY = 'peerpath:before-password-change';

/**
 * How a route's scope is checked:
 * - national: the role must be held with national scope;
 * - prison: the prison named by a route param (or query or body field) must be within the role's scope;
 * - filtered: any scope will do, and the service narrows its query to the caller's scope;
 * - self: the route only ever answers about the caller.
 */
export type ScopeRule =
  | { kind: 'national' }
  | { kind: 'prison'; from: 'params' | 'query' | 'body'; key: string }
  | { kind: 'filtered' }
  | { kind: 'self' };

export const Scope = {
  national: { kind: 'national' } as ScopeRule,
  filtered: { kind: 'filtered' } as ScopeRule,
  self: { kind: 'self' } as ScopeRule,
  prisonParam: (key = 'prisonCode'): ScopeRule => ({ kind: 'prison', from: 'params', key }),
  prisonQuery: (key = 'prison'): ScopeRule => ({ kind: 'prison', from: 'query', key }),
  prisonBody: (key = 'prisonCode'): ScopeRule => ({ kind: 'prison', from: 'body', key }),
};

export interface AccessRule {
  roles: readonly RoleName[];
  scope: ScopeRule;
}

/** The rare route anyone may call without signing in. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The few routes someone on a temporary password may still call (who am I, change it, sign out):
 * every other route answers 403 PASSWORD_CHANGE_REQUIRED until the password is changed.
 */
export const UsableBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE_KEY, true);

/** Who may call this route, and over what scope. Every non-public route declares one. */
export const Access = (roles: readonly RoleName[], scope: ScopeRule) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { roles, scope } satisfies AccessRule),
    ApiCookieAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
    ApiForbiddenResponse({ description: `Needs role ${roles.join(' or ')} with ${scope.kind} scope` }),
  );
