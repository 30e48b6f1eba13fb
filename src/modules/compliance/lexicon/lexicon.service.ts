import type { Kysely } from 'kysely';
import { recordAudit, type Actor } from '../../../core/audit/audit.service.js';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { nowIso } from '../../../core/time.js';
import { buildChecker, type Checker } from '../checker/checker.js';
import { normalizeTerm } from '../checker/normalize.js';
import type { LexiconEntriesTable } from '../compliance.tables.js';
import * as conventionRepo from '../convention/convention.repo.js';
import { lexiconRowOf, toLexiconEntry } from './lexicon-rows.js';
import * as repo from './lexicon.repo.js';
import type { LexiconEntryInput } from './lexicon.schema.js';
import { STARTER_LEXICON } from './starter-lexicon.js';

/**
 * The lexicon staff edit (issue 4). Every saved change is a new numbered version with the entry
 * before and after; the checker is compiled once per version and per database, and each check
 * asks the database for the version in force, so every app node follows an edit at once.
 */
export interface VersionedChecker {
  version: number;
  checker: Checker;
}

const compiled = new WeakMap<object, VersionedChecker>();

export async function currentChecker(db: Kysely<DB>): Promise<VersionedChecker> {
  const version = await repo.latestVersion(db);
  const cached = compiled.get(db);
  if (cached?.version === version) return cached;
  // Version 0 only before migration 0004 installed the starter lexicon.
  const entries = version === 0 ? STARTER_LEXICON : (await repo.enabledEntries(db)).map(toLexiconEntry);
  const built = { version, checker: buildChecker(entries) };
  if (!cached || cached.version < version) compiled.set(db, built);
  return built;
}

type Entry = ReturnType<typeof toLexiconEntry>;

const invalid = (field: string, message: string) => new DomainError('VALIDATION_FAILED', message, [{ field, message }]);

const FIELD_LABELS: Record<keyof Entry, string> = {
  term: '词条',
  category: '类别',
  severity: '严重程度',
  clause: '公约条款',
  basis: '法律依据',
  why: '原因说明',
  suggestion: '改写建议',
  allowIn: '例外词',
  negationWindow: '否定词窗口',
  enabled: '启用状态',
};

/** The fields an edit changed, in the editor's order. */
export function changedFields(before: Entry, after: Entry): (keyof Entry)[] {
  return (Object.keys(FIELD_LABELS) as (keyof Entry)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

function toItem(row: repo.LexiconRow) {
  return { id: row.id, ...toLexiconEntry(row), updatedAt: row.updated_at, updatedByName: row.updated_by_name };
}

export async function listEntries(db: Kysely<DB>, f: repo.EntryFilter) {
  const [version, page] = await Promise.all([repo.latestVersion(db), repo.pageOfEntries(db, f)]);
  return { version, total: page.total, items: page.items.map(toItem) };
}

/** Refuses what would make a useless or misleading entry, with a message naming the field. */
async function validate(db: Kysely<DB>, input: LexiconEntryInput, selfId: string | null): Promise<string> {
  const key = normalizeTerm(input.term);
  if (!key) throw invalid('term', '词条只含标点或空白，无法匹配');
  const other = await repo.findByKey(db, key);
  if (other && other.id !== selfId) throw new DomainError('CONFLICT', `词库中已有「${other.term}」（与「${input.term}」按同一写法匹配）`);
  for (const word of input.allowIn ?? []) {
    if (!normalizeTerm(word).includes(key)) throw invalid('allowIn', `例外词「${word}」不包含词条「${input.term}」`);
  }
  const convention = await conventionRepo.latestConvention(db);
  if (convention) {
    const clauses = await conventionRepo.clausesOf(db, convention.id);
    if (!clauses.some((c) => c.number === input.clause)) {
      throw invalid('clause', `现行公约（第 ${convention.version} 版）只有第 1–${clauses.length} 条，没有第 ${input.clause} 条`);
    }
  }
  return key;
}

async function nextVersion(trx: Kysely<DB>, actor: Actor, change: { action: 'create' | 'update' | 'enable' | 'disable'; entryId: string; term: string; summary: string; before: Entry | null; after: Entry }) {
  const version = (await repo.latestVersion(trx)) + 1;
  await repo.insertVersion(trx, {
    version,
    action: change.action,
    entry_id: change.entryId,
    term: change.term,
    summary: change.summary,
    before_json: change.before ? JSON.stringify(change.before) : null,
    after_json: JSON.stringify(change.after),
    actor_id: actor.userId,
    at: nowIso(),
  });
  await recordAudit(trx, actor, { action: `compliance.lexicon.${change.action}`, entityType: 'lexicon_entry', entityId: change.entryId, before: change.before ?? undefined, after: { ...change.after, version } });
  return version;
}

export async function createEntry(db: Kysely<DB>, actor: Actor, input: LexiconEntryInput) {
  const { version, id } = await db.transaction().execute(async (trx) => {
    await validate(trx, input, null);
    const row = lexiconRowOf(input, { userId: actor.userId, at: nowIso() });
    await repo.insertEntries(trx, [row]);
    const after = toLexiconEntry(row);
    return { id: row.id, version: await nextVersion(trx, actor, { action: 'create', entryId: row.id, term: row.term, summary: `新增「${row.term}」`, before: null, after }) };
  });
  return { version, item: toItem((await repo.findEntry(db, id))!) };
}

export async function updateEntry(db: Kysely<DB>, actor: Actor, id: string, input: LexiconEntryInput) {
  const version = await db.transaction().execute(async (trx) => {
    const existing = await repo.findEntry(trx, id);
    if (!existing) throw new DomainError('NOT_FOUND', '词条不存在');
    await validate(trx, input, id);
    const row: LexiconEntriesTable = lexiconRowOf(input, { id, userId: actor.userId, at: nowIso() });
    const before = toLexiconEntry(existing);
    const after = toLexiconEntry(row);
    const changed = changedFields(before, after);
    if (changed.length === 0) return repo.latestVersion(trx);
    const action = changed.length === 1 && changed[0] === 'enabled' ? (after.enabled ? 'enable' : 'disable') : 'update';
    const summary = action === 'update' ? `修改「${row.term}」：${changed.map((k) => FIELD_LABELS[k]).join('、')}` : `${after.enabled ? '启用' : '停用'}「${row.term}」`;
    await repo.updateEntry(trx, id, row);
    return nextVersion(trx, actor, { action, entryId: id, term: row.term, summary, before, after });
  });
  return { version, item: toItem((await repo.findEntry(db, id))!) };
}

export async function listChanges(db: Kysely<DB>, f: { entryId?: string; page: number; pageSize: number }) {
  const page = await repo.pageOfChanges(db, f);
  return {
    total: page.total,
    items: page.items.map((r) => ({
      version: r.version,
      action: r.action as 'seed' | 'create' | 'update' | 'enable' | 'disable',
      entryId: r.entry_id,
      term: r.term,
      summary: r.summary,
      before: r.before_json ? (JSON.parse(r.before_json) as Entry) : null,
      after: r.after_json ? (JSON.parse(r.after_json) as Entry) : null,
      actorName: r.actor_name,
      at: r.at,
    })),
  };
}

/**
 * "Try it": checks a text against the lexicon in force with the unsaved draft applied (replacing
 * the saved entry it edits), so staff see what an edit catches and what it lets through.
 */
export async function tryDraft(db: Kysely<DB>, text: string, draft: (LexiconEntryInput & { id?: string }) | undefined) {
  const { version, checker } = await currentChecker(db);
  if (!draft) return { version, checker };
  const rows = await repo.enabledEntries(db);
  const draftKey = normalizeTerm(draft.term);
  const entries = rows.filter((r) => r.id !== draft.id && r.term_key !== draftKey).map(toLexiconEntry);
  entries.push({ ...draft, allowIn: draft.allowIn ?? [], negationWindow: draft.negationWindow ?? 0, enabled: draft.enabled !== false });
  return { version, checker: buildChecker(entries) };
}
