import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RoleUnit } from '../access/scope.js';
import { scopeFor, type Scope } from '../access/scope.js';
import type { Role } from '../access/roles.js';
import type { DB } from '../db/schema.js';
import { newToken } from '../ids.js';
import { addMinutesIso, nowIso } from '../time.js';
import * as repo from './session.repo.js';

/** Who is calling, loaded once per request from the session cookie. */
export interface AuthContext {
  sessionId: string;
  user: {
    id: string;
    username: string;
    displayName: string;
    phone: string | null;
    locale: 'zh-CN' | 'en';
    mustChangePassword: boolean;
  };
  roles: RoleUnit[];
  scope(roles: readonly Role[]): Scope;
}

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

interface CacheEntry {
  auth: AuthContext;
  /** Epoch milliseconds, so the per-request checks do no date parsing. */
  lastSeenMs: number;
  expiresMs: number;
  cachedAt: number;
}

/** The last_seen_at column is written at most this often per session, not on every request. */
const TOUCH_EVERY_MS = 60_000;
/**
 * Sessions are cached per node for a few seconds. Logout, disabling a user or changing roles
 * clears the entry on the node that did it; other nodes notice within this many milliseconds.
 */
const CACHE_TTL_MS = 5_000;
const CACHE_MAX = 10_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class SessionService {
  private cache = new Map<string, CacheEntry>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly policy: SessionPolicy,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Creates a session and returns the cookie token (only its hash is stored). */
  async create(userId: string, ip: string | null, userAgent: string | null): Promise<{ token: string; expiresAt: string }> {
    const token = newToken();
    const now = nowIso(this.clock);
    const expiresAt = addMinutesIso(now, this.policy.maxHours * 60);
    await repo.insertSession(this.db, { id: hashToken(token), userId, now, expiresAt, ip, userAgent: userAgent?.slice(0, 300) ?? null });
    return { token, expiresAt };
  }

  private isExpired(entry: CacheEntry, nowMs: number): boolean {
    return entry.expiresMs <= nowMs || entry.lastSeenMs + this.policy.idleMinutes * 60_000 <= nowMs;
  }

  /**
   * The caller from the cache when nothing else needs doing (no reload, no expiry, no touch due),
   * so most requests resolve without waiting; otherwise undefined and `resolve` does the rest.
   */
  peek(token: string): AuthContext | undefined {
    const entry = this.cache.get(token);
    if (!entry) return undefined;
    const nowMs = this.clock();
    if (nowMs - entry.cachedAt > CACHE_TTL_MS || nowMs - entry.lastSeenMs > TOUCH_EVERY_MS) return undefined;
    return this.isExpired(entry, nowMs) ? undefined : entry.auth;
  }

  /**
   * Resolves a cookie token to the caller. Returns `expired` for a session that timed out (idle
   * or absolute) so the client can say "please sign in again", null when there is none.
   */
  async resolve(token: string): Promise<AuthContext | 'expired' | null> {
    // The per-node cache is keyed by the token itself, so a cache hit costs no hashing; only the
    // database stores hashes.
    const nowMs = this.clock();
    let entry = this.cache.get(token);
    if (!entry || nowMs - entry.cachedAt > CACHE_TTL_MS) {
      const loaded = await this.load(hashToken(token), nowMs);
      if (!loaded) {
        this.cache.delete(token);
        return null;
      }
      if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(token, loaded);
      entry = loaded;
    }
    const id = entry.auth.sessionId;
    if (this.isExpired(entry, nowMs)) {
      this.cache.delete(token);
      await repo.deleteSession(this.db, id);
      return 'expired';
    }
    if (nowMs - entry.lastSeenMs > TOUCH_EVERY_MS) {
      await repo.touchSession(this.db, id, new Date(nowMs).toISOString());
      entry.lastSeenMs = nowMs;
    }
    return entry.auth;
  }

  private async load(id: string, nowMs: number): Promise<CacheEntry | null> {
    const row = await repo.findSessionWithUser(this.db, id);
    if (!row || row.status !== 'active') return null;
    const roles = (await repo.findRoleUnits(this.db, row.userId)) as RoleUnit[];
    const scopes = new Map<string, Scope>();
    const auth: AuthContext = {
      sessionId: id,
      user: {
        id: row.userId,
        username: row.username,
        displayName: row.displayName,
        phone: row.phone,
        locale: row.locale === 'en' ? 'en' : 'zh-CN',
        mustChangePassword: Boolean(row.mustChangePassword),
      },
      roles,
      // A route asks for the same roles on every request: build each scope once per session load.
      scope: (wanted) => {
        const key = wanted.join(',');
        let scope = scopes.get(key);
        if (!scope) scopes.set(key, (scope = scopeFor(roles, wanted)));
        return scope;
      },
    };
    return { auth, lastSeenMs: Date.parse(row.lastSeenAt), expiresMs: Date.parse(row.expiresAt), cachedAt: nowMs };
  }

  async revoke(sessionId: string): Promise<void> {
    for (const [key, entry] of this.cache) if (entry.auth.sessionId === sessionId) this.cache.delete(key);
    await repo.deleteSession(this.db, sessionId);
  }

  /** Ends every session of a user (disabled, password reset) on this node at once. */
  async revokeUser(userId: string, db: Kysely<DB> = this.db): Promise<void> {
    this.forgetUser(userId);
    await repo.deleteSessionsOfUser(db, userId);
  }

  /** Ends a user's other sessions (after they change their password), keeping this one. */
  async revokeOthers(userId: string, keepSessionId: string): Promise<void> {
    for (const [key, entry] of this.cache) if (entry.auth.user.id === userId && entry.auth.sessionId !== keepSessionId) this.cache.delete(key);
    await repo.deleteOtherSessionsOfUser(this.db, userId, keepSessionId);
  }

  /** Drops cached sessions of a user so their next request reloads roles and profile. */
  forgetUser(userId: string): void {
    for (const [key, entry] of this.cache) if (entry.auth.user.id === userId) this.cache.delete(key);
  }

  forgetAll(): void {
    this.cache.clear();
  }

  async sweepExpired(): Promise<number> {
    const now = nowIso(this.clock);
    return repo.deleteExpiredSessions(this.db, now, addMinutesIso(now, -this.policy.idleMinutes));
  }
}
