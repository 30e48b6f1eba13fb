import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** PIPL (SPEC §1): phones are masked for everyone but their owner; reading one is audited. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('sensitive fields', () => {
  it('shows the owner their own phone unmasked', async () => {
    const c = await t.login('streamer');
    expect((await c.get('/api/me')).json().phone).toBe('13800028007');
  });

  it('masks other users’ phones in the admin list and detail', async () => {
    const admin = await t.login('admin');
    const list = (await admin.get('/api/admin/users?q=streamer')).json();
    const streamer = list.items.find((u: { username: string }) => u.username === 'streamer');
    expect(streamer.phone).toBe('138****8007');
    expect((await admin.get(`/api/admin/users/${streamer.id}`)).json().phone).toBe('138****8007');
    const self = list.items.length ? (await admin.get('/api/admin/users?q=admin')).json().items.find((u: { username: string }) => u.username === 'admin') : null;
    expect(self.phone).toBe('13800028001');
  });

  it('reveals a phone to an admin on request and writes the read to the audit log', async () => {
    const admin = await t.login('admin');
    const streamer = (await admin.get('/api/admin/users?q=streamer')).json().items[0];
    const before = await t.db.selectFrom('audit_log').select('id').where('action', '=', 'user.read_sensitive').execute();
    const res = await admin.get(`/api/admin/users/${streamer.id}/sensitive`);
    expect(res.json()).toEqual({ id: streamer.id, phone: '13800028007' });
    const after = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.read_sensitive').execute();
    expect(after.length).toBe(before.length + 1);
    const entry = after[after.length - 1];
    expect(entry.entity_id).toBe(streamer.id);
    expect(entry.after_json).toContain('phone');
    expect(entry.after_json).not.toContain('13800028007');
  });

  it('does not audit an admin reading their own phone', async () => {
    const admin = await t.login('admin');
    const me = (await admin.get('/api/me')).json();
    const before = await t.db.selectFrom('audit_log').select('id').where('action', '=', 'user.read_sensitive').execute();
    await admin.get(`/api/admin/users/${me.id}/sensitive`);
    const after = await t.db.selectFrom('audit_log').select('id').where('action', '=', 'user.read_sensitive').execute();
    expect(after.length).toBe(before.length);
  });

  it('refuses the reveal to roles that do not manage users', async () => {
    const admin = await t.login('admin');
    const streamer = (await admin.get('/api/admin/users?q=streamer')).json().items[0];
    const staff = await t.login('base_staff');
    const res = await staff.get(`/api/admin/users/${streamer.id}/sensitive`);
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('13800028007');
  });

  it('keeps phones and passwords out of audit snapshots', async () => {
    const admin = await t.login('admin');
    const root = (await admin.get('/api/admin/units')).json().items[0];
    const created = await admin.post('/api/admin/users', {
      username: 'masked_check',
      displayName: '脱敏检查',
      phone: '13712345678',
      password: 'secret-password-1',
      roles: [{ role: 'producer', unitId: root.id }],
    });
    expect(created.statusCode).toBe(200);
    await admin.patch(`/api/admin/users/${created.json().id}`, { phone: '13787654321' });
    const rows = await t.db.selectFrom('audit_log').selectAll().where('entity_id', '=', created.json().id).execute();
    const text = rows.map((r) => `${r.before_json}${r.after_json}`).join('');
    expect(text).not.toContain('13712345678');
    expect(text).not.toContain('13787654321');
    expect(text).not.toContain('secret-password-1');
  });
});
