import type { CatalogViewer } from '../access.js';
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { nowIso } from '../../../core/time.js';
import type { FilesTable } from '../catalog.tables.js';
import type { FileRef } from '../producers/producers.schema.js';
import * as repo from './files.repo.js';
import { checkUpload, type FilePurpose } from './sniff.js';
import { storageKeyFor, type FileStorage } from './storage.js';

export function toFileRef(f: FilesTable): FileRef {
  return { id: f.id, mime: f.mime, sizeBytes: f.size_bytes, originalName: f.original_name, url: `/api/files/${f.id}` };
}

/**
 * Stores an upload after checking what it really is. The bytes are written before the row, so a
 * row never points at a missing file; a crash in between leaves an orphan file, not a broken row.
 */
export async function uploadFile(
  db: Kysely<DB>,
  storage: FileStorage,
  input: { purpose: FilePurpose; bytes: Buffer; originalName: string | null; userId: string },
): Promise<FileRef> {
  const check = checkUpload(input.purpose, input.bytes);
  if (!check.ok) throw new DomainError(check.code, check.message);
  const id = newId();
  const key = storageKeyFor(id);
  await storage.put(key, input.bytes);
  const row: FilesTable = {
    id,
    storage_key: key,
    purpose: input.purpose,
    mime: check.mime,
    size_bytes: input.bytes.length,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    original_name: input.originalName?.slice(0, 200) || null,
    uploaded_by: input.userId,
    entity_type: null,
    entity_id: null,
    created_at: nowIso(),
  };
  await repo.insertFile(db, row);
  return toFileRef(row);
}

/**
 * Attaches uploaded files to a record: each must exist, have the right purpose, and be either
 * the caller's own unattached upload or already attached to this very record. Files the record
 * no longer lists are detached.
 */
export async function attachFiles(
  trx: Kysely<DB>,
  input: { ids: readonly string[]; purposes: readonly FilePurpose[]; entityType: string; entityId: string; userId: string; detachOthers: boolean },
): Promise<FilesTable[]> {
  const ids = [...new Set(input.ids)];
  const rows = await repo.findFiles(trx, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of ids) {
    const f = byId.get(id);
    const mine = f && f.entity_id === null && f.uploaded_by === input.userId;
    const already = f && f.entity_type === input.entityType && f.entity_id === input.entityId;
    if (!f || !(mine || already)) throw new DomainError('FILE_NOT_FOUND', `文件 ${id} 不存在或不属于您`);
    if (!input.purposes.includes(f.purpose as FilePurpose)) throw new DomainError('FILE_TYPE_REJECTED', `文件 ${f.original_name ?? id} 的用途不符`);
  }
  if (input.detachOthers) await repo.detachFilesExcept(trx, input.entityType, input.entityId, ids);
  await repo.attachFiles(trx, ids, input.entityType, input.entityId);
  return ids.map((id) => byId.get(id)!);
}

export async function filesOf(db: Kysely<DB>, entityType: string, entityIds: readonly string[]): Promise<FilesTable[]> {
  return repo.filesOf(db, entityType, entityIds);
}

export const findFile = repo.findFile;
export const findFiles = repo.findFiles;

/**
 * Who may read a file attached to a record of another module (e.g. a violation's evidence): the
 * module registers a rule for its entity type when its routes are registered.
 */
export type FileReadRule = (db: Kysely<DB>, viewer: CatalogViewer, entityId: string) => Promise<boolean>;
const fileReadRules = new Map<string, FileReadRule>();

export function registerFileReadRule(entityType: string, rule: FileReadRule): void {
  fileReadRules.set(entityType, rule);
}

export function fileReadRuleFor(entityType: string): FileReadRule | undefined {
  return fileReadRules.get(entityType);
}
