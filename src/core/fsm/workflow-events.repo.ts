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
