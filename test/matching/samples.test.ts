import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRoles, insertUser, newUserRow } from '../../src/core/identity/users.repo.js';
import { sweepSamples } from '../../src/modules/matching/samples/samples.sweeps.js';
import { seedDemoCatalog } from '../../src/seed/seed-catalog.js';
import { PNG_1PX, upload } from '../support/catalog-fixtures.js';
import { createTestApp, DEMO_PASSWORD, type Client, type TestApp } from '../support/test-app.js';
import { hashPassword } from '../../src/core/auth/password.js';

const DAY = 86_400_000;
const later = (days: number) => new Date(Date.now() + days * DAY + 60_000).toISOString();
const ask = (productId: string, over: Record<string, unknown> = {}) => ({ productId, quantity: 1, shipTo: '四川省泸州市纳溪区 明二锅 13800028007', message: '想在下周的直播里卖', ...over });
const RATINGS = { quality: 5, taste: 4, packaging: 4, match: 5 };

/** Sample requests end to end through the API and the sweep, on both databases. */
describe('sample requests', () => {
  let t: TestApp;
  let streamer: Client;
  let producer: Client;
  let luzhou: Client;
  let pool: string[];
  let own: string;
  let n = 0;

  /** A fresh streamer in 纳溪 with no history (credit 80 without a convention → 5 open requests). */
  async function newStreamer(): Promise<{ client: Client; id: string }> {
    const unit = await t.db.selectFrom('units').select('id').where('name', '=', '纳溪区互联网行业党委').executeTakeFirstOrThrow();
    const row = newUserRow({ username: `zb_sample_${++n}`, displayName: `主播·样品${n}`, passwordHash: await hashPassword(DEMO_PASSWORD) });
    await insertUser(t.db, row);
    await insertRoles(t.db, row.id, [{ role: 'streamer', unitId: unit.id }], row.created_at);
    return { client: await t.login(row.username), id: row.id };
  }

  const step = (c: Client, id: string, body: Record<string, unknown>) => c.post(`/api/matching/samples/${id}/transition`, body);

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoCatalog(t.db, t.ctx.regions);
    [streamer, producer, luzhou] = await Promise.all([t.login('streamer'), t.login('producer'), t.login('luzhou_staff')]);
    const mine = (await producer.get('/api/catalog/products/manage?pageSize=100')).json().items as { id: string; inPool: boolean }[];
    own = mine.find((p) => p.inPool)!.id;
    // Products the 泸州 staff manage (and act on as the producer side), the demo producer's first.
    const managed = (await luzhou.get('/api/catalog/products/manage?pageSize=200')).json().items as { id: string; inPool: boolean }[];
    pool = [own, ...managed.filter((p) => p.inPool && p.id !== own).map((p) => p.id)];
    expect(pool.length).toBeGreaterThanOrEqual(6);
  });
  afterAll(() => t.close());

  it('goes request → approve → ship → receive → evaluate, and the evaluation reaches the quality score', async () => {
    const credit = (await streamer.get('/api/matching/credit')).json();
    expect(credit).toMatchObject({ score: 80, sampleQuota: 5, openSamples: 0, followThrough: { rate: null } });
    expect(credit.parts.find((p: { key: string }) => p.key === 'convention').points).toBe(-20);
    const created = await streamer.post('/api/matching/samples', ask(pool[0]!));
    expect(created.statusCode, created.body).toBe(200);
    const s = created.json();
    expect(s).toMatchObject({ status: 'requested', viewerIs: 'streamer', actions: ['cancel'], streamerRecord: null });
    expect(Date.parse(s.dueAt) - Date.parse(s.requestedAt)).toBe(3 * DAY);
    const bell = (await producer.get('/api/notifications')).json().items;
    expect(bell.some((x: { kind: string }) => x.kind === 'matching.sample.requested')).toBe(true);

    const seen = (await producer.get(`/api/matching/samples/${s.id}`)).json();
    expect(seen).toMatchObject({ viewerIs: 'producer', streamerRecord: { creditScore: 80, openRequests: 1, followThrough: { rate: null } } });
    expect(seen.actions.sort()).toEqual(['approve', 'cancel', 'decline']);
    expect((await producer.get('/api/matching/samples/incoming?status=requested')).json().items.map((i: { id: string }) => i.id)).toContain(s.id);

    expect((await step(producer, s.id, { event: 'approve' })).json().status).toBe('approved');
    const noTracking = await step(producer, s.id, { event: 'ship', carrier: '顺丰' });
    expect(noTracking.statusCode).toBe(409);
    expect(noTracking.json().error.message).toContain('运单号');
    expect((await step(producer, s.id, { event: 'ship', carrier: '顺丰', trackingNo: 'SF1234567890' })).json()).toMatchObject({ status: 'shipped', trackingNo: 'SF1234567890' });
    expect((await step(producer, s.id, { event: 'receive' })).statusCode).toBe(403);
    const received = (await step(streamer, s.id, { event: 'receive' })).json();
    expect(received).toMatchObject({ status: 'received', receivedAutomatically: false });
    expect(Date.parse(received.dueAt) - Date.parse(received.receivedAt)).toBe(14 * DAY);

    expect((await step(streamer, s.id, { event: 'evaluate', ratings: RATINGS })).statusCode).toBe(409);
    const photo = (await upload(streamer, 'sample_photo', PNG_1PX, 'image/png', 'sample.png')).json();
    const evaluated = await step(streamer, s.id, { event: 'evaluate', ratings: RATINGS, text: '肉质紧实，烟熏味正，包装结实', photoIds: [photo.id] });
    expect(evaluated.statusCode, evaluated.body).toBe(200);
    expect(evaluated.json()).toMatchObject({ status: 'evaluated', evaluation: { ratings: RATINGS }, actions: [] });
    expect(evaluated.json().evaluation.photos).toHaveLength(1);
    expect(evaluated.json().history.map((h: { event: string }) => h.event)).toEqual(['request', 'approve', 'ship', 'receive', 'evaluate']);
    const product = (await producer.get(`/api/catalog/products/${pool[0]}`)).json();
    expect(product.quality.parts.find((p: { key: string }) => p.key === 'samples').detail).toContain('1 份评价');
    expect((await producer.get(`/api/files/${photo.id}`)).statusCode).toBe(200);
    expect((await (await t.login('dazhou_staff')).get(`/api/files/${photo.id}`)).statusCode).toBe(404);
  });

  it('allows one open request per product, and as many open ones as the credit score grants', async () => {
    const { client } = await newStreamer();
    expect((await client.post('/api/matching/samples', ask(pool[1]!))).statusCode).toBe(200);
    const again = await client.post('/api/matching/samples', ask(pool[1]!));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('已有一份进行中');
    for (const id of pool.slice(2, 6)) expect((await client.post('/api/matching/samples', ask(id))).statusCode).toBe(200);
    const over = await client.post('/api/matching/samples', ask(pool[0]!));
    expect(over.statusCode).toBe(409);
    expect(over.json().error.message).toContain('最多同时申请 5 份');
  });

  it('races: two requests for the same product, and two for the last slot — exactly one wins each', async () => {
    const a = await newStreamer();
    const same = await Promise.all([a.client.post('/api/matching/samples', ask(pool[0]!)), a.client.post('/api/matching/samples', ask(pool[0]!))]);
    expect(same.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    // Fill to one below the quota of 5, then race for the last slot with two different products.
    for (const id of pool.slice(1, 4)) expect((await a.client.post('/api/matching/samples', ask(id))).statusCode).toBe(200);
    const last = await Promise.all([a.client.post('/api/matching/samples', ask(pool[4]!)), a.client.post('/api/matching/samples', ask(pool[5]!))]);
    expect(last.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await a.client.get('/api/matching/credit')).json().openSamples).toBe(5);
  });

  it('the sweep expires, receives and marks overdue on time, and a second run changes nothing', async () => {
    const b = await newStreamer();
    const expiring = (await b.client.post('/api/matching/samples', ask(pool[0]!))).json();
    const toReceive = (await b.client.post('/api/matching/samples', ask(pool[1]!))).json();
    await step(luzhou, toReceive.id, { event: 'approve' });
    await step(luzhou, toReceive.id, { event: 'ship', carrier: '邮政', trackingNo: 'EMS1' });
    const deps = { db: t.db, regions: t.ctx.regions };
    expect(await sweepSamples(deps, later(2))).toEqual({ expire: 0, receive: 0, overdue: 0 });
    // Requests left open by the tests above fall due at the same time: counts are at least ours.
    expect((await sweepSamples(deps, later(3))).expire).toBeGreaterThanOrEqual(1);
    expect(await sweepSamples(deps, later(3))).toEqual({ expire: 0, receive: 0, overdue: 0 });
    expect((await b.client.get(`/api/matching/samples/${expiring.id}`)).json().status).toBe('expired');
    expect((await sweepSamples(deps, later(10))).receive).toBe(1);
    const auto = (await b.client.get(`/api/matching/samples/${toReceive.id}`)).json();
    expect(auto).toMatchObject({ status: 'received', receivedAutomatically: true });
    expect(await sweepSamples(deps, later(10))).toEqual({ expire: 0, receive: 0, overdue: 0 });
    const dueAt = Date.parse(auto.dueAt);
    expect(await sweepSamples(deps, new Date(dueAt - 1000).toISOString())).toMatchObject({ overdue: 0 });
    expect(await sweepSamples(deps, new Date(dueAt).toISOString())).toMatchObject({ overdue: 1 });
    expect(await sweepSamples(deps, new Date(dueAt + DAY).toISOString())).toEqual({ expire: 0, receive: 0, overdue: 0 });
    const credit = (await b.client.get('/api/matching/credit')).json();
    expect(credit).toMatchObject({ score: 75, sampleQuota: 2, followThrough: { rate: 0, evaluated: 0, overdue: 1 } });
  });

  it('decline and cancel need reasons; other producers and other cities see nothing', async () => {
    const c = await newStreamer();
    const s = (await c.client.post('/api/matching/samples', ask(pool[0]!))).json();
    expect((await step(luzhou, s.id, { event: 'decline' })).statusCode).toBe(409);
    expect((await step(luzhou, s.id, { event: 'decline', reason: '本季样品已发完' })).json()).toMatchObject({ status: 'declined', declineReason: '本季样品已发完' });
    const s2 = (await c.client.post('/api/matching/samples', ask(pool[0]!))).json();
    expect((await step(c.client, s2.id, { event: 'cancel', reason: '直播改期' })).json().status).toBe('cancelled');
    const dazhou = await t.login('dazhou_staff');
    expect((await dazhou.get(`/api/matching/samples/${s2.id}`)).statusCode).toBe(404);
    expect((await streamer.get(`/api/matching/samples/${s2.id}`)).statusCode).toBe(404);
    expect((await dazhou.get('/api/matching/samples/incoming')).json().total).toBe(0);
  });

  it('follows the distribution plan and refuses bad input in Chinese', async () => {
    const d = await newStreamer();
    await luzhou.put(`/api/matching/products/${pool[5]}/plan`, { mode: 'targeted', streamerIds: [(await t.db.selectFrom('users').select('id').where('username', '=', 'streamer').executeTakeFirstOrThrow()).id] });
    const refused = await d.client.post('/api/matching/samples', ask(pool[5]!));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('定向');
    await luzhou.put(`/api/matching/products/${pool[5]}/plan`, { mode: 'open' });
    for (const body of [ask(pool[5]!, { shipTo: '泸州' }), ask(pool[5]!, { quantity: 0 }), ask('nope')]) {
      const res = await d.client.post('/api/matching/samples', body);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await d.client.get('/api/matching/credit')).json().openSamples).toBe(0);
  });

  it('the producer’s reliability reads the sample record', async () => {
    const producerId = (await producer.get(`/api/catalog/products/${own}`)).json().producerId as string;
    const res = await streamer.get(`/api/matching/producers/${producerId}/reliability`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.parts.map((p: { key: string }) => p.key)).toEqual(['decisions', 'shipping_time', 'shipped', 'cooperations', 'after_sale', 'incidents']);
    expect(r.parts[0].detail).toMatch(/3 天内处理 \d+ 份/);
    expect(r.parts[1].detail).toContain('平均');
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(100);
    expect((await streamer.get('/api/matching/producers/nope/reliability')).statusCode).toBe(404);
  });
});
