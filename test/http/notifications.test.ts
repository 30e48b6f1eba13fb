import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../../src/core/notifications/notifications.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function userId(username: string) {
  return (await t.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}

describe('notifications', () => {
  it('lists a user’s own notifications with an unread count, and marks them read', async () => {
    const producer = await userId('producer');
    await notify(t.db, producer, { kind: 'sample.requested', title: '新的申样请求', body: '主播申请样品', link: '/samples/1' });
    const c = await t.login('producer');
    expect((await c.get('/api/notifications/unread-count')).json().count).toBe(2); // welcome + this
    const list = (await c.get('/api/notifications?unreadOnly=true')).json();
    expect(list.unread).toBe(2);
    expect(list.items[0]).toMatchObject({ kind: 'sample.requested', title: '新的申样请求', link: '/samples/1', readAt: null });
    expect((await c.post(`/api/notifications/${list.items[0].id}/read`)).statusCode).toBe(200);
    expect((await c.get('/api/notifications/unread-count')).json().count).toBe(1);
    await c.post('/api/notifications/read-all');
    expect((await c.get('/api/notifications/unread-count')).json().count).toBe(0);
    expect((await c.get('/api/notifications')).json().total).toBe(2);
  });

  it('never shows or marks another user’s notification', async () => {
    const streamer = await userId('streamer');
    await notify(t.db, streamer, { kind: 'test', title: '主播的通知', body: '仅主播可见' });
    const theirs = await t.db.selectFrom('notifications').select('id').where('user_id', '=', streamer).where('kind', '=', 'test').executeTakeFirstOrThrow();
    const other = await t.login('reviewer');
    expect((await other.get('/api/notifications')).body).not.toContain('主播的通知');
    const res = await other.post(`/api/notifications/${theirs.id}/read`);
    expect(res.statusCode).toBe(404);
    const row = await t.db.selectFrom('notifications').select('read_at').where('id', '=', theirs.id).executeTakeFirstOrThrow();
    expect(row.read_at).toBeNull();
  });

  it('writes nothing when the surrounding transaction rolls back', async () => {
    const streamer = await userId('streamer');
    await expect(
      t.db.transaction().execute(async (trx) => {
        await notify(trx, streamer, { kind: 'rolled_back', title: '不应出现', body: '' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const rows = await t.db.selectFrom('notifications').select('id').where('kind', '=', 'rolled_back').execute();
    expect(rows).toHaveLength(0);
  });
});
