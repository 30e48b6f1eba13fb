import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

/** Bad input gets a 4xx with a clear Chinese message and changes nothing (SPEC §4). */
let t: TestApp;
let admin: Client;
let rootId: string;

beforeAll(async () => {
  t = await createTestApp({ LIVEBASE_BODY_LIMIT_BYTES: '4096' });
  admin = await t.login('admin');
  rootId = (await admin.get('/api/admin/units')).json().items[0].id;
});
afterAll(async () => t.close());

async function snapshot() {
  const n = async (table: 'units' | 'users' | 'audit_log' | 'user_roles') =>
    Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return [await n('units'), await n('users'), await n('audit_log'), await n('user_roles')];
}

const chinese = /[\u4e00-\u9fff]/;

describe('bad input', () => {
  it('malformed JSON → 400 MALFORMED_JSON', async () => {
    const before = await snapshot();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/units',
      headers: { cookie: admin.cookie, 'content-type': 'application/json' },
      payload: '{"parentId": "x", "name": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('MALFORMED_JSON');
    expect(res.json().error.message).toMatch(chinese);
    expect(await snapshot()).toEqual(before);
  });

  it('wrong types and missing fields → 400 VALIDATION_FAILED naming the field', async () => {
    const before = await snapshot();
    const wrongType = await admin.post('/api/admin/units', { parentId: rootId, name: 42, type: 'enterprise' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.code).toBe('VALIDATION_FAILED');
    expect(wrongType.json().error.message).toContain('name');
    expect(wrongType.json().error.message).toMatch(chinese);

    const badEnum = await admin.post('/api/admin/units', { parentId: rootId, name: '某单位', type: 'spaceship' });
    expect(badEnum.statusCode).toBe(400);
    const badPhone = await admin.post('/api/admin/users', { username: 'bad_phone', displayName: '甲', phone: '12345', password: 'password-1', roles: [{ role: 'streamer', unitId: rootId }] });
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json().error.message).toContain('手机号');
    const badRole = await admin.post('/api/admin/users', { username: 'bad_role', displayName: '甲', password: 'password-1', roles: [{ role: 'emperor', unitId: rootId }] });
    expect(badRole.statusCode).toBe(400);
    const noRoles = await admin.post('/api/admin/users', { username: 'no_roles', displayName: '甲', password: 'password-1', roles: [] });
    expect(noRoles.statusCode).toBe(400);
    expect(noRoles.json().error.message).toContain('至少分配一个角色');
    const badQuery = await admin.get('/api/admin/users?pageSize=100000');
    expect(badQuery.statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('oversize body → 413', async () => {
    const before = await snapshot();
    const res = await admin.post('/api/admin/units', { parentId: rootId, name: '大'.repeat(5000), type: 'enterprise' });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('BODY_TOO_LARGE');
    expect(await snapshot()).toEqual(before);
  });

  it('a form post (not JSON) → 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/units',
      headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=x',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('unknown API route → 404 ROUTE_NOT_FOUND in JSON', async () => {
    const res = await admin.get('/api/no/such/thing');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toEqual({ code: 'ROUTE_NOT_FOUND', message: '接口不存在' });
    const en = await admin.request('GET', '/api/nope', undefined, { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('No such endpoint');
  });

  it('a domain rule broken → 409 and nothing written (unit under itself)', async () => {
    const parent = (await admin.post('/api/admin/units', { parentId: rootId, name: '移动测试上级', type: 'city' })).json();
    const child = (await admin.post('/api/admin/units', { parentId: parent.id, name: '移动测试下级', type: 'county' })).json();
    const before = await snapshot();
    const res = await admin.post(`/api/admin/units/${parent.id}/move`, { parentId: child.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('UNIT_MOVE_CYCLE');
    expect(await snapshot()).toEqual(before);
  });

  it('a duplicate username → 409 USERNAME_TAKEN and no second user', async () => {
    const before = await snapshot();
    const res = await admin.post('/api/admin/users', { username: 'streamer', displayName: '重复', password: 'password-1', roles: [{ role: 'streamer', unitId: rootId }] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('USERNAME_TAKEN');
    expect(await snapshot()).toEqual(before);
  });

  it('a bad region code or date → 400/404 with a message', async () => {
    expect((await admin.get('/api/regions?parent=abc')).statusCode).toBe(400);
    expect((await admin.get('/api/regions/999999')).statusCode).toBe(404);
    const badDate = await admin.get('/api/calendar/check?date=2026-02-30');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.message).toContain('2026-02-30');
  });
});
