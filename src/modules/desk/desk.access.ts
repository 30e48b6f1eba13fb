import type { FastifyRequest } from 'fastify';
import type { Role } from '../../core/access/roles.js';
import type { Scope } from '../../core/access/scope.js';
import type { Actor } from '../../core/audit/audit.service.js';
import { authOf } from '../../core/http/access.js';
import { actorOf } from '../../core/http/request-actor.js';
import { STAFF_ROLES } from '../catalog/access.js';

/**
 * Who sees which tickets (SPEC §1, §2.4): a requester their own; a department officer the tickets
 * routed to the departments at or below the units where they hold dept_officer (a 税务局 officer
 * sees the 税务局's tickets, never another district's); base staff and admins the tickets of
 * requesters in their units, which they oversee and re-route when a department returns one.
 */
export interface DeskViewer {
  userId: string;
  roles: Role[];
  officerScope: Scope;
  staffScope: Scope;
  /** Units where the user files requests (streamer or producer): a ticket belongs to the first. */
  requesterScope: Scope;
  actor: Omit<Actor, 'unitId'>;
}

export function deskViewerOf(req: FastifyRequest): DeskViewer {
  const auth = authOf(req);
  return {
    userId: auth.user.id,
    roles: [...new Set(auth.roles.map((r) => r.role))],
    officerScope: auth.scope(['dept_officer']),
    staffScope: auth.scope(STAFF_ROLES),
    requesterScope: auth.scope(['streamer', 'producer']),
    actor: actorOf(req),
  };
}

/** The audit actor's unit: the scope root through which the viewer acts on the ticket. */
export function deskActor(viewer: DeskViewer, paths: { unitPath: string; departmentPath: string | null }): Actor {
  const unitId = (paths.departmentPath && viewer.officerScope.coveringUnitId(paths.departmentPath)) ?? viewer.staffScope.coveringUnitId(paths.unitPath);
  return { ...viewer.actor, unitId };
}
