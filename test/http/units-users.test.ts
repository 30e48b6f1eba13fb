import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitByName } from '../support/factories.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => t.close());

describe('organisation units', () => {
  it('creates, renames, moves and deactivates a unit, auditing each step', async () => {
    const naxi = await unitByName(t.db, '纳溪区互联网行业党委');
    const gulin = await unitByName(t.db, '古蔺县互联网行业党委');
    const created = await admin.post('/api/admin/units', { parentId: naxi.id, name: '纳溪区直播电商企业A', type: 'enterprise', regionCode: '510503101' });
    expect(created.statusCode).toBe(200);
    const unit = created.json();
    expect(unit).toMatchObject({ parentId: naxi.id, active: true, regionCode: '510503101' });

    const sub = (await admin.post('/api/admin/units', { parentId: unit.id, name: '企业A党支部', type: 'joint_branch' })).json();

    const renamed = await admin.patch(`/api/admin/units/${unit.id}`, { name: '纳溪区直播电商企业甲' });
    expect(renamed.json().name).toBe('纳溪区直播电商企业甲');

    const moved = await admin.post(`/api/admin/units/${unit.id}/move`, { parentId: gulin.id });
    expect(moved.json().parentId).toBe(gulin.id);
    // The whole subtree moved: the child's path now runs through 古蔺.
    const subRow = await t.db.selectFrom('units').select('path').where('id', '=', sub.id).executeTakeFirstOrThrow();
    expect(subRow.path.startsWith(gulin.path)).toBe(true);

    const refused = await admin.post(`/api/admin/units/${unit.id}/deactivate`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('UNIT_HAS_ACTIVE_CHILDREN');
    expect((await admin.post(`/api/admin/units/${sub.id}/deactivate`)).json().active).toBe(false);
    expect((await admin.post(`/api/admin/units/${unit.id}/deactivate`)).json().active).toBe(false);
    const reactivateChild = await admin.post(`/api/admin/units/${sub.id}/activate`);
    expect(reactivateChild.statusCode).toBe(409);

    const audit = await t.db.selectFrom('audit_log').select(['action', 'before_json', 'after_json', 'actor_unit_id']).where('entity_id', '=', unit.id).orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['unit.create', 'unit.update', 'unit.move', 'unit.deactivate']);
    expect(audit[1].before_json).toContain('纳溪区直播电商企业A');
    expect(audit[1].after_json).toContain('纳溪区直播电商企业甲');
    expect(audit[0].actor_unit_id).toBe((await unitByName(t.db, '四川省')).id);
  });

  it('refuses a sibling with the same name, and moving or deactivating the root', async () => {
    const root = await unitByName(t.db, '四川省');
    const dup = await admin.post('/api/admin/units', { parentId: root.id, name: '成都市', type: 'city' });
    expect(dup.statusCode).toBe(409);
    expect((await admin.post(`/api/admin/units/${root.id}/deactivate`)).statusCode).toBe(409);
  });

  it('stops counting roles held in a deactivated unit', async () => {
    const unit = (await admin.post('/api/admin/units', { parentId: (await unitByName(t.db, '达川区')).id, name: '临时基地', type: 'base' })).json();
    const user = (await admin.post('/api/admin/users', { username: 'temp_staff', displayName: '临时运营', password: 'password-123', roles: [{ role: 'base_staff', unitId: unit.id }] })).json();
    const c = await t.login('temp_staff', 'password-123');
    expect((await c.get('/api/me')).json().roles).toHaveLength(1);
    await admin.post(`/api/admin/units/${unit.id}/deactivate`);
    expect((await c.get('/api/me')).json().roles).toHaveLength(0);
    expect(user.username).toBe('temp_staff');
  });
});

describe('users', () => {
  it('creates a user with roles per unit who must change the password, then edits and re-roles them', async () => {
    const jinniuBase = await unitByName(t.db, '金牛区电商直播产业基地');
    const naxi = await unitByName(t.db, '纳溪区互联网行业党委');
    const res = await admin.post('/api/admin/users', {
      username: 'new.streamer',
      displayName: '新主播',
      phone: '13611112222',
      password: 'first-password',
      roles: [
        { role: 'streamer', unitId: jinniuBase.id },
        { role: 'streamer', unitId: jinniuBase.id },
      ],
    });
    expect(res.statusCode).toBe(200);
    const user = res.json();
    expect(user.roles).toEqual([{ role: 'streamer', unitId: jinniuBase.id, unitName: '金牛区电商直播产业基地' }]);
    expect(user.phone).toBe('136****2222');

    const c = await t.login('new.streamer', 'first-password');
    expect((await c.get('/api/me')).json().mustChangePassword).toBe(true);

    const edited = await admin.patch(`/api/admin/users/${user.id}`, { displayName: '新主播·改' });
    expect(edited.json().displayName).toBe('新主播·改');

    const reroled = await admin.put(`/api/admin/users/${user.id}/roles`, {
      roles: [
        { role: 'streamer', unitId: naxi.id },
        { role: 'producer', unitId: naxi.id },
      ],
    });
    expect(reroled.json().roles.map((r: { role: string }) => r.role).sort()).toEqual(['producer', 'streamer']);
    // The signed-in user sees the new roles without logging in again.
    expect((await c.get('/api/me')).json().roles.map((r: { unitName: string }) => r.unitName)).toEqual(['纳溪区互联网行业党委', '纳溪区互联网行业党委']);
  });

  it('resets a password: old sessions end, the user is notified', async () => {
    const u = (await admin.post('/api/admin/users', { username: 'reset_me', displayName: '重置', password: 'old-password-1', roles: [{ role: 'producer', unitId: (await unitByName(t.db, '叙永县互联网行业党委')).id }] })).json();
    const c = await t.login('reset_me', 'old-password-1');
    const res = await admin.post(`/api/admin/users/${u.id}/reset-password`, { newPassword: 'new-password-2' });
    expect(res.statusCode).toBe(200);
    expect((await c.get('/api/me')).statusCode).toBe(401);
    expect((await t.anonymous().post('/api/auth/login', { username: 'reset_me', password: 'old-password-1' })).statusCode).toBe(401);
    const fresh = await t.login('reset_me', 'new-password-2');
    const notes = (await fresh.get('/api/notifications')).json();
    expect(notes.items[0]).toMatchObject({ kind: 'account.password_reset', link: '/profile' });
    const audit = await t.db.selectFrom('audit_log').select(['before_json', 'after_json']).where('action', '=', 'user.reset_password').execute();
    expect(JSON.stringify(audit)).not.toContain('new-password-2');
  });

  it('disables and re-enables through the status workflow, but never the admin themself', async () => {
    const me = (await admin.get('/api/me')).json();
    const self = await admin.post(`/api/admin/users/${me.id}/disable`);
    expect(self.statusCode).toBe(409);
    expect(self.json().error.message).toBe('不能停用自己的账号');
    const target = (await admin.get('/api/admin/users?q=reviewer')).json().items[0];
    expect((await admin.post(`/api/admin/users/${target.id}/disable`)).json().status).toBe('disabled');
    const twice = await admin.post(`/api/admin/users/${target.id}/disable`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('INVALID_TRANSITION');
    expect((await admin.post(`/api/admin/users/${target.id}/enable`)).json().status).toBe('active');
    const events = await t.db.selectFrom('workflow_events').select(['event', 'from_state', 'to_state']).where('entity_id', '=', target.id).orderBy('at').execute();
    expect(events.map((e) => e.event)).toEqual(['disable', 'enable']);
  });

  it('pages, searches and filters the list', async () => {
    const page1 = (await admin.get('/api/admin/users?pageSize=3&page=1')).json();
    const page2 = (await admin.get('/api/admin/users?pageSize=3&page=2')).json();
    expect(page1.items).toHaveLength(3);
    expect(page1.total).toBeGreaterThan(6);
    expect(page1.items.map((u: { id: string }) => u.id)).not.toContain(page2.items[0].id);
    const byRole = (await admin.get('/api/admin/users?role=dept_officer')).json();
    expect(byRole.items.map((u: { username: string }) => u.username)).toEqual(['dept_officer']);
    const byName = (await admin.get(`/api/admin/users?q=${encodeURIComponent('明二锅')}`)).json();
    expect(byName.items.map((u: { username: string }) => u.username)).toEqual(['streamer']);
    const underscore = (await admin.get('/api/admin/users?q=base_staff')).json();
    expect(underscore.items.map((u: { username: string }) => u.username)).toEqual(['base_staff']);
    const wildcard = (await admin.get(`/api/admin/users?q=${encodeURIComponent('%')}`)).json();
    expect(wildcard.total).toBe(0);
    const upper = (await admin.get('/api/admin/users?q=STREAMER')).json();
    expect(upper.items.map((u: { username: string }) => u.username)).toContain('streamer');
  });
});

describe('cached user list', () => {
  it('sees a write made through another path at once (version stamp), and gzips for browsers', async () => {
    const first = (await admin.get('/api/admin/users?pageSize=200')).json();
    await t.db.transaction().execute(async (trx) => {
      const { bumpVersion } = await import('../../src/core/cache/data-version.js');
      await trx.updateTable('users').set({ display_name: '直接改名' }).where('username', '=', 'instructor').execute();
      await bumpVersion(trx, 'identity');
    });
    const second = (await admin.get('/api/admin/users?pageSize=200')).json();
    expect(first.items.find((u: { username: string }) => u.username === 'instructor').displayName).not.toBe('直接改名');
    expect(second.items.find((u: { username: string }) => u.username === 'instructor').displayName).toBe('直接改名');

    const zipped = await admin.request('GET', '/api/admin/users?pageSize=200', undefined, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const { gunzipSync } = await import('node:zlib');
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString()).total).toBe(second.total);
  });
});
