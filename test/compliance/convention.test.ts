import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSignedCurrent } from '../../src/modules/compliance/convention/convention.service.js';
import { DEMO_CONVENTION } from '../../src/modules/compliance/convention/demo-convention.js';
import { seedDemoConvention } from '../../src/seed/seed-convention.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

/** The streamer convention: publish, sign the version read, re-sign after a new version, coverage. */
describe('streamer convention', () => {
  let t: TestApp;
  let staff: Client;
  let streamer: Client;
  let streamerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    [staff, streamer] = await Promise.all([t.login('luzhou_staff'), t.login('streamer')]);
    streamerId = (await t.db.selectFrom('users').select('id').where('username', '=', 'streamer').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t.close());

  it('has nothing to sign before a convention is published', async () => {
    expect((await streamer.get('/api/compliance/convention')).statusCode).toBe(404);
    expect(await hasSignedCurrent(t.db, streamerId)).toBe(false);
  });

  it('the demo convention has 11 clauses, the three known ones verbatim, each with its source', async () => {
    expect(await seedDemoConvention(t.db)).toBe(true);
    expect(await seedDemoConvention(t.db)).toBe(false);
    const res = await streamer.get('/api/compliance/convention');
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c.version).toBe(1);
    expect(c.clauses).toHaveLength(11);
    const texts = c.clauses.map((k: { text: string }) => k.text);
    for (const verbatim of ['不得以任何形式诋毁攻击他人', '自觉反对流量至上、畸形审美', '严禁以任何形式偷税漏税']) expect(texts.some((x: string) => x.startsWith(verbatim))).toBe(true);
    expect(c.clauses.every((k: { source: string }) => k.source.length > 0)).toBe(true);
    expect(c.mySignature).toBeNull();
    expect(DEMO_CONVENTION.clauses.map((k) => k.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('a streamer signs the version they read; time and address are recorded', async () => {
    const wrong = await streamer.post('/api/compliance/convention/sign', { version: 2 });
    expect(wrong.statusCode).toBe(409);
    const signed = await streamer.post('/api/compliance/convention/sign', { version: 1 });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().version).toBe(1);
    const again = await streamer.post('/api/compliance/convention/sign', { version: 1 });
    expect(again.json().signedAt).toBe(signed.json().signedAt);
    expect(await hasSignedCurrent(t.db, streamerId)).toBe(true);
    const row = await t.db.selectFrom('convention_signatures').selectAll().where('user_id', '=', streamerId).executeTakeFirstOrThrow();
    expect(row.ip).toBeTruthy();
    expect((await streamer.get('/api/compliance/convention')).json().mySignature).not.toBeNull();
  });

  it('staff see who has signed in their scope; a new version asks everyone to sign again', async () => {
    const coverage = await staff.get('/api/compliance/convention/signatures');
    expect(coverage.statusCode, coverage.body).toBe(200);
    expect(coverage.json()).toMatchObject({ version: 1, signed: 1, total: 1 });
    const published = await staff.post('/api/compliance/convention', { title: '主播公约（修订）', clauses: DEMO_CONVENTION.clauses.map(({ text, source }) => ({ text, source })) });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().version).toBe(2);
    expect(await hasSignedCurrent(t.db, streamerId)).toBe(false);
    expect((await staff.get('/api/compliance/convention/signatures')).json()).toMatchObject({ version: 2, signed: 0, total: 1 });
    const notes = (await streamer.get('/api/notifications')).json().items.map((n: { kind: string }) => n.kind);
    expect(notes).toContain('compliance.convention.sign');
  });

  it('only streamers sign, only staff publish, and a bad convention writes nothing', async () => {
    const producer = await t.login('producer');
    expect((await producer.post('/api/compliance/convention/sign', { version: 2 })).statusCode).toBe(403);
    expect((await streamer.post('/api/compliance/convention', { title: '自拟公约', clauses: [{ text: '条款', source: '无' }] })).statusCode).toBe(403);
    const bad = await staff.post('/api/compliance/convention', { title: '空公约', clauses: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('公约至少一条');
    expect((await streamer.get('/api/compliance/convention')).json().version).toBe(2);
    // Dazhou staff do not see Luzhou's streamer.
    expect((await (await t.login('dazhou_staff')).get('/api/compliance/convention/signatures')).json().total).toBe(0);
  });
});
