import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, unitByName } from '../support/factories.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

/** SPEC §1: a user sees their units and everything below, never sideways. */
let t: TestApp;
let luzhouAdmin: Client;
let dazhouUserId: string;
let naxiUserId: string;

beforeAll(async () => {
  t = await createTestApp();
  const a = await makeUser(t.db, [{ role: 'admin', unitName: '泸州市互联网行业党委' }]);
  luzhouAdmin = await t.login(a.username, a.password);
  dazhouUserId = (await makeUser(t.db, [{ role: 'streamer', unitName: '达川区' }])).id;
  naxiUserId = (await makeUser(t.db, [{ role: 'streamer', unitName: '纳溪区互联网行业党委' }])).id;
});
afterAll(async () => t.close());

async function counts() {
  const n = async (table: 'units' | 'users' | 'user_roles') =>
    Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { units: await n('units'), users: await n('users'), roles: await n('user_roles') };
}

describe('data scope of a city admin', () => {
  it('lists only the units of their subtree', async () => {
    const res = await luzhouAdmin.get('/api/admin/units');
    const names = res.json().items.map((u: { name: string }) => u.name);
    expect(names).toContain('纳溪区互联网行业党委');
    expect(names).toContain('泸州市网络人才之家');
    expect(names).not.toContain('达州市');
    expect(names).not.toContain('四川省');
    expect(names).not.toContain('金牛区电商直播产业基地');
  });

  it('lists only users of their subtree, and filters by a unit below', async () => {
    const res = await luzhouAdmin.get('/api/admin/users?pageSize=200');
    const ids = res.json().items.map((u: { id: string }) => u.id);
    expect(ids).toContain(naxiUserId);
    expect(ids).not.toContain(dazhouUserId);
    const naxi = await unitByName(t.db, '纳溪区互联网行业党委');
    const filtered = await luzhouAdmin.get(`/api/admin/users?unitId=${naxi.id}&descendants=false`);
    expect(filtered.json().items.every((u: { roles: { unitId: string }[] }) => u.roles.some((r) => r.unitId === naxi.id))).toBe(true);
  });

  it('gets 404, never the data, for a user, unit or filter of another city', async () => {
    const user = await luzhouAdmin.get(`/api/admin/users/${dazhouUserId}`);
    expect(user.statusCode).toBe(404);
    expect(user.body).not.toContain('达川区');
    const dazhou = await unitByName(t.db, '达州市');
    const filter = await luzhouAdmin.get(`/api/admin/users?unitId=${dazhou.id}`);
    expect(filter.statusCode).toBe(404);
    const sensitive = await luzhouAdmin.get(`/api/admin/users/${dazhouUserId}/sensitive`);
    expect(sensitive.statusCode).toBe(404);
    expect(sensitive.body).not.toContain('1391234');
  });

  it('cannot write into another city, and nothing changes', async () => {
    const before = await counts();
    const dazhou = await unitByName(t.db, '达州市');
    const naxi = await unitByName(t.db, '纳溪区互联网行业党委');
    const attempts = [
      await luzhouAdmin.post('/api/admin/units', { parentId: dazhou.id, name: '越权单位', type: 'enterprise' }),
      await luzhouAdmin.patch(`/api/admin/units/${dazhou.id}`, { name: '改名' }),
      await luzhouAdmin.post(`/api/admin/units/${naxi.id}/move`, { parentId: dazhou.id }),
      await luzhouAdmin.post(`/api/admin/units/${dazhou.id}/deactivate`),
      await luzhouAdmin.post(`/api/admin/users/${dazhouUserId}/disable`),
      await luzhouAdmin.post(`/api/admin/users/${dazhouUserId}/reset-password`, { newPassword: 'takeover-123' }),
      await luzhouAdmin.put(`/api/admin/users/${naxiUserId}/roles`, { roles: [{ role: 'admin', unitId: dazhou.id }] }),
      await luzhouAdmin.post('/api/admin/users', { username: 'sideways_user', displayName: '越权', password: 'password-1', roles: [{ role: 'streamer', unitId: dazhou.id }] }),
    ];
    for (const res of attempts) expect([403, 404]).toContain(res.statusCode);
    expect(await counts()).toEqual(before);
    const name = (await unitByName(t.db, '达州市')).name;
    expect(name).toBe('达州市');
  });

  it('keeps roles outside the scope when a city admin sets roles', async () => {
    const both = await makeUser(t.db, [
      { role: 'streamer', unitName: '合江县互联网行业党委' },
      { role: 'streamer', unitName: '宣汉县' },
    ]);
    const view = await luzhouAdmin.get(`/api/admin/users/${both.id}`);
    expect(view.json().roles.map((r: { unitName: string }) => r.unitName)).toEqual(['合江县互联网行业党委']);
    const gulin = await unitByName(t.db, '古蔺县互联网行业党委');
    const res = await luzhouAdmin.put(`/api/admin/users/${both.id}/roles`, { roles: [{ role: 'producer', unitId: gulin.id }] });
    expect(res.statusCode).toBe(200);
    const rows = await t.db.selectFrom('user_roles').innerJoin('units', 'units.id', 'user_roles.unit_id').select(['role', 'units.name']).where('user_id', '=', both.id).execute();
    expect(rows.map((r) => `${r.role}@${r.name}`).sort()).toEqual(['producer@古蔺县互联网行业党委', 'streamer@宣汉县']);
  });

  it('refuses non-admin roles on admin routes with 403', async () => {
    for (const role of ['base_staff', 'org_secretary', 'instructor', 'dept_officer', 'reviewer', 'streamer', 'producer']) {
      const c = await t.login(role);
      const res = await c.get('/api/admin/users');
      expect(res.statusCode, role).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('shows the audit log of its own scope only', async () => {
    const naxi = await unitByName(t.db, '纳溪区互联网行业党委');
    await luzhouAdmin.patch(`/api/admin/units/${naxi.id}`, { regionCode: '510503' });
    const mine = await luzhouAdmin.get('/api/admin/audit?pageSize=200');
    expect(mine.statusCode).toBe(200);
    const actions = mine.json().items.map((a: { action: string }) => a.action);
    expect(actions).toContain('unit.update');
    expect(actions).not.toContain('system.seed_demo');
    const root = await t.login('admin');
    const all = await root.get('/api/admin/audit?pageSize=200&action=system.seed_demo');
    expect(all.json().total).toBe(1);
  });
});
