import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { newId } from '../ids.js';
import { nowIso } from '../time.js';

export interface TransitionRecord {
  machine: string;
  entityId: string;
  from: string | null;
  to: string;
  event: string;
  actorId: string | null;
  note?: string | null;
}

/** Writes one history row per transition, inside the caller's transaction. */
export async function recordTransition(trx: Kysely<DB>, rec: TransitionRecord): Promise<void> {
  await trx
    .insertInto('workflow_events')
    .values({
      id: newId(),
      machine: rec.machine,
      entity_id: rec.entityId,
      from_state: rec.from,
      to_state: rec.to,
      event: rec.event,
      actor_id: rec.actorId,
      note: rec.note ?? null,
      at: nowIso(),
    })
    .execute();
}

/** Many history rows at once (bulk imports), inside the caller's transaction. */
export async function recordTransitions(trx: Kysely<DB>, recs: readonly TransitionRecord[]): Promise<void> {
  const at = nowIso();
  for (let i = 0; i < recs.length; i += 500) {
    await trx
      .insertInto('workflow_events')
      .values(recs.slice(i, i + 500).map((rec) => ({ id: newId(), machine: rec.machine, entity_id: rec.entityId, from_state: rec.from, to_state: rec.to, event: rec.event, actor_id: rec.actorId, note: rec.note ?? null, at })))
      .execute();
  }
}

/** The history of one record, oldest first, with the acting user's display name. */
export async function historyOf(db: Kysely<DB>, machine: string, entityId: string) {
  return db
    .selectFrom('workflow_events')
    .leftJoin('users', 'users.id', 'workflow_events.actor_id')
    .select(['workflow_events.event', 'workflow_events.from_state', 'workflow_events.to_state', 'workflow_events.note', 'workflow_events.at', 'users.display_name as actor_name'])
    .where('machine', '=', machine)
    .where('entity_id', '=', entityId)
    .orderBy('workflow_events.at')
    .orderBy('workflow_events.id')
    .execute();
}
