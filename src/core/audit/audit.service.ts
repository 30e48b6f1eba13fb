import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';
import { nowIso } from '../time.js';
import * as repo from './audit.repo.js';

/** Who did something: the user, the unit through which they acted, and from where. */
export interface Actor {
  userId: string | null;
  unitId: string | null;
  ip: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, unitId: null, ip: null };

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Fields never written to the audit log, even in before/after snapshots. */
const SECRET_KEYS = new Set(['password', 'password_hash', 'passwordHash', 'newPassword', 'currentPassword', 'token']);

function snapshot(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (key, v) => (SECRET_KEYS.has(key) ? '[redacted]' : v));
}

/** Records one write; call it inside the write's own transaction so both commit or neither. */
export async function recordAudit(trx: Kysely<DB>, actor: Actor, event: AuditEvent): Promise<void> {
  await repo.insertAudit(trx, {
    id: newId(),
    at: nowIso(),
    actor_id: actor.userId,
    actor_unit_id: actor.unitId,
    action: event.action,
    entity_type: event.entityType,
    entity_id: event.entityId,
    before_json: snapshot(event.before),
    after_json: snapshot(event.after),
    ip: actor.ip,
  });
}

/**
 * PIPL: a read of a sensitive field by anyone but its owner is logged, with the field names
 * only (never the values).
 */
export async function recordSensitiveRead(
  db: Kysely<DB>,
  actor: Actor,
  target: { entityType: string; entityId: string; ownerId: string | null; fields: string[] },
): Promise<void> {
  if (actor.userId && actor.userId === target.ownerId) return;
  await recordAudit(db, actor, {
    action: `${target.entityType}.read_sensitive`,
    entityType: target.entityType,
    entityId: target.entityId,
    after: { fields: target.fields },
  });
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function searchAuditLog(db: Kysely<DB>, filter: repo.AuditFilter, page: number, pageSize: number) {
  const { items, total } = await repo.searchAudit(db, filter, pageSize, (page - 1) * pageSize);
  return {
    total,
    items: items.map(({ beforeJson, afterJson, ...rest }) => ({ ...rest, before: parseJson(beforeJson), after: parseJson(afterJson) })),
  };
}
