import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '../access/roles.js';
import { DomainError } from '../errors.js';
import type { AuthContext } from '../auth/session.service.js';

/**
 * Every route declares who may call it and how its data scope is checked. The declaration lives
 * in the route's `config.access`; `enforceAccess` checks roles before the handler, and the
 * service checks the scope against the records it touches. `test/http/route-access.test.ts`
 * walks the route table and fails for any route that declares nothing.
 */
export type ScopeRule =
  /** no organisation data: health, login, the caller's own account */
  | 'none'
  /** only records the caller owns (their notifications, their profile) */
  | 'own'
  /** records of units at or below the units where the caller holds one of `roles` */
  | 'unit-subtree'
  /** reference data that is the same for everyone (regions, the holiday calendar) */
  | 'shared-reference';

export type RouteAccess =
  | { public: true; why: string }
  | { roles: readonly Role[] | 'authenticated'; scope: ScopeRule };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

export function hasAnyRole(auth: AuthContext, roles: readonly Role[]): boolean {
  return auth.roles.some((r) => roles.includes(r.role));
}

/** Enforces a route's declared roles before anything else runs (scope is checked in services). */
export function enforceAccess(req: FastifyRequest, access: RouteAccess | undefined): void {
  if (!access) {
    // A route without a declaration is a programming error; refuse rather than expose it.
    throw new DomainError('FORBIDDEN', '该接口未声明访问权限');
  }
  if ('public' in access) return;
  if (!req.auth) throw new DomainError('UNAUTHENTICATED');
  if (access.roles !== 'authenticated' && !hasAnyRole(req.auth, access.roles)) throw new DomainError('FORBIDDEN');
}

/** The signed-in user of a route that declared roles; the access hook has already checked it. */
export function authOf(req: FastifyRequest): AuthContext {
  if (!req.auth) throw new DomainError('UNAUTHENTICATED');
  return req.auth;
}

/**
 * Gives every route registered inside `app` (a plugin's own routes, such as the API docs or the
 * static web files) the given public access declaration, so third-party routes declare too.
 */
export function declarePublicRoutes(app: FastifyInstance, why: string): void {
  app.addHook('onRoute', (opts) => {
    opts.config = { ...(opts.config ?? {}), access: opts.config?.access ?? { public: true, why } };
  });
}
