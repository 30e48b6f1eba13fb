import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('login and sessions', () => {
  it('logs in, reports the user, and logs out', async () => {
    const c = await t.login('admin');
    const me = await c.get('/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: 'admin', roles: [{ role: 'admin', unitName: '四川省' }] });
    expect(me.json().modules).toContain('admin.users');

    const out = await c.post('/api/auth/logout');
    expect(out.statusCode).toBe(200);
    const trail = await t.db.selectFrom('audit_log').innerJoin('users', 'users.id', 'audit_log.entity_id').select('action').where('users.username', '=', 'admin').execute();
    expect(trail.map((a) => a.action)).toEqual(expect.arrayContaining(['auth.login', 'auth.logout']));
    const after = await c.get('/api/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('sets an HttpOnly, SameSite session cookie', async () => {
    const res = await t.anonymous().post('/api/auth/login', { username: 'streamer', password: 'livebase-demo' });
    const cookie = res.cookies.find((c) => c.name === 'livebase_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.path).toBe('/');
  });

  it('refuses a wrong password with a Chinese message and an unknown user the same way', async () => {
    const wrong = await t.anonymous().post('/api/auth/login', { username: 'producer', password: 'nope-nope' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toEqual({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
    const unknown = await t.anonymous().post('/api/auth/login', { username: 'no_such_user', password: 'nope-nope' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('answers in English when asked', async () => {
    const res = await t.anonymous().request('POST', '/api/auth/login', { username: 'producer', password: 'x' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(res.json().error.message).toBe('Wrong username or password');
  });

  it('locks an account after five wrong passwords, even against the right one, until an admin unlocks it', async () => {
    const u = await makeUser(t.db, [{ role: 'streamer', unitName: '纳溪区互联网行业党委' }]);
    for (let i = 0; i < 4; i++) {
      const r = await t.anonymous().post('/api/auth/login', { username: u.username, password: 'wrong-password' });
      expect(r.statusCode).toBe(401);
    }
    const fifth = await t.anonymous().post('/api/auth/login', { username: u.username, password: 'wrong-password' });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('ACCOUNT_LOCKED');
    const right = await t.anonymous().post('/api/auth/login', { username: u.username, password: u.password });
    expect(right.statusCode).toBe(423);

    const admin = await t.login('admin');
    const listed = await admin.get(`/api/admin/users/${u.id}`);
    expect(listed.json().lockedUntil).not.toBeNull();
    const unlock = await admin.post(`/api/admin/users/${u.id}/unlock`);
    expect(unlock.statusCode).toBe(200);
    expect(unlock.json().lockedUntil).toBeNull();
    const again = await t.anonymous().post('/api/auth/login', { username: u.username, password: u.password });
    expect(again.statusCode).toBe(200);
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', u.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['auth.login_failed', 'user.locked', 'user.unlock', 'auth.login']));
  });

  it('rate-limits many failed logins from one address, then even right passwords wait', async () => {
    const local = await createTestApp();
    try {
      let last = 0;
      for (let i = 0; i < 21; i++) {
        last = (await local.anonymous().post('/api/auth/login', { username: 'nobody_here', password: 'x' })).statusCode;
      }
      expect(last).toBe(429);
      const right = await local.anonymous().post('/api/auth/login', { username: 'admin', password: 'livebase-demo' });
      expect(right.statusCode).toBe(429);
    } finally {
      await local.close();
    }
  });

  it('ends a session after the idle timeout and after the absolute expiry', async () => {
    const idle = await t.login('reviewer');
    const idleId = (await t.db.selectFrom('sessions').select(['id', 'last_seen_at']).orderBy('created_at', 'desc').executeTakeFirstOrThrow()).id;
    await t.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 3 * 3600_000).toISOString() }).where('id', '=', idleId).execute();
    t.ctx.sessions.forgetAll();
    const r1 = await idle.get('/api/me');
    expect(r1.statusCode).toBe(401);
    expect(r1.json().error.code).toBe('SESSION_EXPIRED');
    expect(await t.db.selectFrom('sessions').select('id').where('id', '=', idleId).executeTakeFirst()).toBeUndefined();

    const old = await t.login('reviewer');
    const oldId = (await t.db.selectFrom('sessions').select('id').orderBy('created_at', 'desc').executeTakeFirstOrThrow()).id;
    await t.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', oldId).execute();
    t.ctx.sessions.forgetAll();
    expect((await old.get('/api/me')).json().error.code).toBe('SESSION_EXPIRED');
  });

  it('refuses a cross-site state-changing request but allows same-origin and non-browser clients', async () => {
    const c = await t.login('admin');
    const before = await t.db.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const root = (await c.get('/api/admin/units')).json().items[0];
    const body = { parentId: root.id, name: '跨站测试单位', type: 'enterprise' };
    const evil = await c.request('POST', '/api/admin/units', body, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().error.code).toBe('CSRF_REJECTED');
    const evilOriginOnly = await c.request('POST', '/api/admin/units', body, { origin: 'https://evil.example' });
    expect(evilOriginOnly.statusCode).toBe(403);
    const after = await t.db.selectFrom('units').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));

    const same = await c.request('POST', '/api/admin/units', body, { origin: 'http://localhost:80', host: 'localhost:80', 'sec-fetch-site': 'same-origin' });
    expect(same.statusCode).toBe(200);
    const script = await c.post('/api/admin/units', { ...body, name: '脚本创建的单位' });
    expect(script.statusCode).toBe(200);
  });

  it('refuses a disabled user and ends their sessions at once', async () => {
    const u = await makeUser(t.db, [{ role: 'producer', unitName: '古蔺县互联网行业党委' }]);
    const userClient = await t.login(u.username, u.password);
    expect((await userClient.get('/api/me')).statusCode).toBe(200);
    const admin = await t.login('admin');
    const res = await admin.post(`/api/admin/users/${u.id}/disable`);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('disabled');
    expect((await userClient.get('/api/me')).statusCode).toBe(401);
    const again = await t.anonymous().post('/api/auth/login', { username: u.username, password: u.password });
    expect(again.statusCode).toBe(403);
    expect(again.json().error.code).toBe('ACCOUNT_DISABLED');
    const history = await t.db.selectFrom('workflow_events').selectAll().where('entity_id', '=', u.id).execute();
    expect(history.map((h) => `${h.from_state}->${h.to_state}`)).toContain('active->disabled');
  });

  it('lets a user change their own password and language', async () => {
    const u = await makeUser(t.db, [{ role: 'streamer', unitName: '江阳区互联网行业党委' }]);
    const c = await t.login(u.username, u.password);
    const elsewhere = await t.login(u.username, u.password);
    const bad = await c.post('/api/me/password', { currentPassword: 'wrong-one', newPassword: 'brand-new-pass' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('WRONG_PASSWORD');
    const ok = await c.post('/api/me/password', { currentPassword: u.password, newPassword: 'brand-new-pass' });
    expect(ok.statusCode).toBe(200);
    expect((await c.get('/api/me')).json().mustChangePassword).toBe(false);
    expect((await elsewhere.get('/api/me')).statusCode).toBe(401);
    await t.login(u.username, 'brand-new-pass');
    const lang = await c.patch('/api/me', { locale: 'en' });
    expect(lang.json().locale).toBe('en');
  });
});
