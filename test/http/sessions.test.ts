import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionService } from '../../src/core/auth/session.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Session expiry and the per-node cache, on a controlled clock over the real database. */
let t: TestApp;
let userId: string;
beforeAll(async () => {
  t = await createTestApp();
  userId = (await t.db.selectFrom('users').select('id').where('username', '=', 'streamer').executeTakeFirstOrThrow()).id;
});
afterAll(async () => t.close());

function serviceAt(start: number) {
  const clock = { now: start };
  const service = new SessionService(t.db, { idleMinutes: 30, maxHours: 2 }, () => clock.now);
  return { clock, service };
}

describe('sessions', () => {
  it('serves a fresh cached session without the database, touches it once a minute at most', async () => {
    const start = Date.parse('2026-11-27T02:00:00Z');
    const { clock, service } = serviceAt(start);
    const { token } = await service.create(userId, '127.0.0.1', 'test');
    expect(service.peek(token)).toBeUndefined(); // not loaded yet
    const auth = await service.resolve(token);
    expect(auth).toMatchObject({ user: { username: 'streamer' } });
    expect(service.peek(token)).toBe(auth);

    clock.now += 61_000;
    expect(service.peek(token)).toBeUndefined(); // cache stale and a touch is due
    await service.resolve(token);
    const row = await t.db.selectFrom('sessions').select('last_seen_at').where('user_id', '=', userId).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect(row.last_seen_at).toBe(new Date(clock.now).toISOString());
  });

  it('expires after the idle timeout and deletes the row', async () => {
    const { clock, service } = serviceAt(Date.parse('2026-11-27T03:00:00Z'));
    const { token } = await service.create(userId, null, null);
    expect(await service.resolve(token)).not.toBe('expired');
    clock.now += 31 * 60_000;
    expect(service.peek(token)).toBeUndefined();
    expect(await service.resolve(token)).toBe('expired');
    expect(await service.resolve(token)).toBeNull();
  });

  it('expires at the absolute limit even when used all the time', async () => {
    const { clock, service } = serviceAt(Date.parse('2026-11-27T04:00:00Z'));
    const { token } = await service.create(userId, null, null);
    for (let minutes = 0; minutes < 120; minutes += 20) {
      expect(await service.resolve(token), `after ${minutes} min`).not.toBe('expired');
      clock.now += 20 * 60_000;
    }
    expect(await service.resolve(token)).toBe('expired');
  });

  it('forgets a revoked session at once on this node', async () => {
    const { service } = serviceAt(Date.now());
    const { token } = await service.create(userId, null, null);
    const auth = await service.resolve(token);
    if (!auth || auth === 'expired') throw new Error('no session');
    await service.revoke(auth.sessionId);
    expect(service.peek(token)).toBeUndefined();
    expect(await service.resolve(token)).toBeNull();
  });
});
