import type { FastifyRequest } from 'fastify';
import type { Role } from '../../core/access/roles.js';
import type { Scope } from '../../core/access/scope.js';
import type { Actor } from '../../core/audit/audit.service.js';
import { authOf } from '../../core/http/access.js';
import { actorOf } from '../../core/http/request-actor.js';

/**
 * Who may do what with catalogue records:
 * - a producer manages the producers they applied for (owner) and those producers' products;
 * - base staff and admins manage records of units in their subtree;
 * - every signed-in user reads the selection pool (verified products with valid evidence) and
 *   the public parts of their producers: the pool is what the platform publishes to streamers.
 */
export const STAFF_ROLES: readonly Role[] = ['base_staff', 'admin'];
export const CATALOG_EDITOR_ROLES: readonly Role[] = ['producer', 'base_staff', 'admin'];

export interface CatalogViewer {
  userId: string;
  roles: Role[];
  staffScope: Scope;
  /** Units where the user holds the producer role (where their applications belong). */
  producerScope: Scope;
  actor: Omit<Actor, 'unitId'>;
}

export function viewerOf(req: FastifyRequest): CatalogViewer {
  const auth = authOf(req);
  return {
    userId: auth.user.id,
    roles: [...new Set(auth.roles.map((r) => r.role))],
    staffScope: auth.scope(STAFF_ROLES),
    producerScope: auth.scope(['producer']),
    actor: actorOf(req),
  };
}

export function actorFor(viewer: CatalogViewer, unitPath: string): Actor {
  return { ...viewer.actor, unitId: viewer.staffScope.coveringUnitId(unitPath) ?? viewer.producerScope.coveringUnitId(unitPath) };
}

export function isStaffFor(viewer: CatalogViewer, unitPath: string): boolean {
  return viewer.staffScope.covers(unitPath);
}

/** Owner or staff over the record's unit. */
export function canManage(viewer: CatalogViewer, record: { ownerUserId: string | null; unitPath: string }): boolean {
  return (record.ownerUserId !== null && record.ownerUserId === viewer.userId) || isStaffFor(viewer, record.unitPath);
}
