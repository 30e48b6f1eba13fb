import type { FastifyRequest } from 'fastify';
import type { Role } from '../access/roles.js';
import type { Actor } from '../audit/audit.service.js';
import type { ActingAs } from '../identity/units.service.js';
import { authOf } from './access.js';

/** The caller as the audit log records them (their unit is filled in per record). */
export function actorOf(req: FastifyRequest): Omit<Actor, 'unitId'> {
  return { userId: req.auth?.user.id ?? null, ip: req.ip ?? null };
}

/** The caller acting through the units where they hold one of `roles`. */
export function actingAs(req: FastifyRequest, roles: readonly Role[]): ActingAs {
  return { scope: authOf(req).scope(roles), actor: actorOf(req) };
}
