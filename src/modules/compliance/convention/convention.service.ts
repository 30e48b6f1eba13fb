import type { Kysely } from 'kysely';
import { recordAudit, type Actor } from '../../../core/audit/audit.service.js';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { notify } from '../../../core/notifications/notifications.service.js';
import { nowIso } from '../../../core/time.js';
import * as repo from './convention.repo.js';

/**
 * The streamer convention: base staff publish numbered versions; streamers sign the current one
 * (time, version and address recorded); a new version asks every streamer to sign again.
 */
export async function currentConvention(db: Kysely<DB>, userId: string | null) {
  const c = await repo.latestConvention(db);
  if (!c) throw new DomainError('NOT_FOUND', '尚未发布主播公约');
  const [clauses, signature] = await Promise.all([repo.clausesOf(db, c.id), userId ? repo.signatureOf(db, c.id, userId) : undefined]);
  return {
    id: c.id,
    version: c.version,
    title: c.title,
    note: c.note,
    publishedAt: c.published_at,
    clauses: clauses.map((k) => ({ number: k.number, text: k.text, source: k.source })),
    mySignature: signature ? { signedAt: signature.signed_at } : null,
  };
}

/** The service other modules call (cooperation, live sessions): has this streamer signed the current version? */
export async function hasSignedCurrent(db: Kysely<DB>, userId: string): Promise<boolean> {
  const c = await repo.latestConvention(db);
  return Boolean(c && (await repo.signatureOf(db, c.id, userId)));
}

export async function publishConvention(db: Kysely<DB>, actor: Actor, input: { title: string; note?: string | null; clauses: { text: string; source: string }[] }) {
  return db.transaction().execute(async (trx) => {
    const latest = await repo.latestConvention(trx);
    const id = newId();
    const version = (latest?.version ?? 0) + 1;
    await repo.insertConvention(
      trx,
      { id, version, title: input.title, note: input.note ?? null, published_by: actor.userId, published_at: nowIso() },
      input.clauses.map((k, i) => ({ convention_id: id, number: i + 1, text: k.text, source: k.source })),
    );
    await recordAudit(trx, actor, { action: 'compliance.convention.publish', entityType: 'convention', entityId: id, after: { version, title: input.title, clauses: input.clauses.length } });
    const streamers = await repo.streamersWithSignature(trx, id, null);
    await notify(trx, streamers.map((s) => s.user_id), {
      kind: 'compliance.convention.sign',
      title: `请签署主播公约（第 ${version} 版）`,
      body: `《${input.title}》已发布第 ${version} 版，请阅读并签署。`,
      link: '/compliance/convention',
    });
    return { id, version };
  });
}

export async function signConvention(db: Kysely<DB>, actor: Actor & { userId: string }, version: number) {
  return db.transaction().execute(async (trx) => {
    const c = await repo.latestConvention(trx);
    if (!c) throw new DomainError('NOT_FOUND', '尚未发布主播公约');
    // Signing names the version read, so a streamer never signs text they have not seen.
    if (c.version !== version) throw new DomainError('CONFLICT', `公约已更新为第 ${c.version} 版，请阅读后再签署`);
    const existing = await repo.signatureOf(trx, c.id, actor.userId);
    if (existing) return { version: c.version, signedAt: existing.signed_at };
    const signedAt = nowIso();
    await repo.insertSignature(trx, { id: newId(), convention_id: c.id, user_id: actor.userId, signed_at: signedAt, ip: actor.ip });
    await recordAudit(trx, actor, { action: 'compliance.convention.sign', entityType: 'convention', entityId: c.id, after: { version: c.version } });
    return { version: c.version, signedAt };
  });
}

/** Who in the staff's scope has signed the current version, and who has not. */
export async function signatureCoverage(db: Kysely<DB>, unitPaths: readonly string[]) {
  const c = await repo.latestConvention(db);
  if (!c) throw new DomainError('NOT_FOUND', '尚未发布主播公约');
  const rows = await repo.streamersWithSignature(db, c.id, unitPaths);
  return {
    version: c.version,
    signed: rows.filter((r) => r.signed_at).length,
    total: rows.length,
    items: rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, unitName: r.unit_name, signedAt: r.signed_at })),
  };
}
