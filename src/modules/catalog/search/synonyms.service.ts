import type { Kysely } from 'kysely';
import { recordAudit, type Actor } from '../../../core/audit/audit.service.js';
import { bumpVersion, readVersion } from '../../../core/cache/data-version.js';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { nowIso } from '../../../core/time.js';
import type { SearchSynonymsTable } from '../catalog.tables.js';
import { buildSynonymIndex, type SynonymIndex } from './query-plan.js';
import * as repo from './synonyms.repo.js';
import { wordRuns } from './text.js';

/** Base staff edit the synonym table; every node rebuilds its index when the version stamp moves. */
export const SYNONYMS_DOMAIN = 'catalog.synonyms';

const toGroup = (r: SearchSynonymsTable) => ({ id: r.id, words: JSON.parse(r.words_json) as string[], updatedAt: r.updated_at });

const cached = new WeakMap<Kysely<DB>, { version: string; index: SynonymIndex }>();

export async function synonymIndex(db: Kysely<DB>): Promise<SynonymIndex> {
  const version = await readVersion(db, SYNONYMS_DOMAIN);
  const hit = cached.get(db);
  if (hit && hit.version === version) return hit.index;
  const index = buildSynonymIndex((await repo.listSynonymRows(db)).map((r) => toGroup(r).words));
  cached.set(db, { version, index });
  return index;
}

export async function listSynonyms(db: Kysely<DB>) {
  return (await repo.listSynonymRows(db)).map(toGroup);
}

function cleanWords(words: readonly string[]): string[] {
  const cleaned = [...new Set(words.map((w) => wordRuns(w).join('')).filter(Boolean))];
  if (cleaned.length < 2) throw new DomainError('VALIDATION_FAILED', '同义词组至少包含 2 个不同的词（只计文字和数字）');
  return cleaned;
}

export async function saveSynonymGroup(db: Kysely<DB>, actor: Actor, id: string | null, words: readonly string[]) {
  const cleaned = cleanWords(words);
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const row: SearchSynonymsTable = { id: id ?? newId(), words_json: JSON.stringify(cleaned), updated_by: actor.userId, updated_at: now };
    if (id) {
      const before = await repo.findSynonymRow(trx, id);
      if (!before) throw new DomainError('NOT_FOUND');
      await repo.updateSynonymRow(trx, id, { words_json: row.words_json, updated_by: row.updated_by, updated_at: now });
      await recordAudit(trx, actor, { action: 'catalog.synonyms.update', entityType: 'search_synonyms', entityId: id, before: toGroup(before).words, after: cleaned });
    } else {
      await repo.insertSynonymRow(trx, row);
      await recordAudit(trx, actor, { action: 'catalog.synonyms.create', entityType: 'search_synonyms', entityId: row.id, after: cleaned });
    }
    await bumpVersion(trx, SYNONYMS_DOMAIN);
    return toGroup(row);
  });
}

export async function deleteSynonymGroup(db: Kysely<DB>, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await repo.findSynonymRow(trx, id);
    if (!before) throw new DomainError('NOT_FOUND');
    await repo.deleteSynonymRow(trx, id);
    await recordAudit(trx, actor, { action: 'catalog.synonyms.delete', entityType: 'search_synonyms', entityId: id, before: toGroup(before).words });
    await bumpVersion(trx, SYNONYMS_DOMAIN);
  });
}
