import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepCooperations } from '../../src/modules/matching/cooperations/cooperations.service.js';
import { seedDemoCatalog } from '../../src/seed/seed-catalog.js';
import { seedDemoConvention } from '../../src/seed/seed-convention.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Cooperations through the API: terms, the convention and supply-price guards, both sides, the window sweep. */
describe('cooperations', () => {
  let t: TestApp;
  let streamer: Client;
  let producer: Client;
  let product: { id: string; supplyPriceFen: number; name: string };
  let streamerId: string;

  const terms = (over: Record<string, unknown> = {}) => ({
    productId: product.id,
    windowFrom: plusDays(today(), 1),
    windowTo: plusDays(today(), 10),
    supplyPriceFen: product.supplyPriceFen,
    commissionBp: 2000,
    quantityCap: 500,
    shippingMode: 'producer_ships',
    afterSaleTerms: '坏果包赔，48 小时内处理',
    ...over,
  });
  const step = (c: Client, id: string, event: string, reason?: string) => c.post(`/api/matching/cooperations/${id}/transition`, { event, reason });

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoCatalog(t.db, t.ctx.regions);
    [streamer, producer] = await Promise.all([t.login('streamer'), t.login('producer')]);
    const mine = (await producer.get('/api/catalog/products/manage?pageSize=100')).json().items as { id: string; inPool: boolean; supplyPriceFen: number; name: string }[];
    product = mine.find((p) => p.inPool)!;
    streamerId = (await t.db.selectFrom('users').select('id').where('username', '=', 'streamer').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t.close());

  it('needs the streamer to have signed the convention, and a supply price not below the producer’s', async () => {
    const unsigned = await streamer.post('/api/matching/cooperations', terms());
    expect(unsigned.statusCode).toBe(409);
    expect(unsigned.json().error.message).toContain('公约');
    await seedDemoConvention(t.db);
    await streamer.post('/api/compliance/convention/sign', { version: 1 });
    const cheap = await streamer.post('/api/matching/cooperations', terms({ supplyPriceFen: product.supplyPriceFen - 1 }));
    expect(cheap.statusCode).toBe(409);
    expect(cheap.json().error.message).toContain('供货价不能低于');
    expect((await t.db.selectFrom('cooperations').select('id').execute()).length).toBe(0);
  });

  it('the streamer proposes, the producer accepts; the window sweep starts and completes it once', async () => {
    const res = await streamer.post('/api/matching/cooperations', terms({ split: { collectiveBp: 3000, membersBp: 5000, streamerBp: 2000 } }));
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c).toMatchObject({ status: 'proposed', proposedBySide: 'streamer', viewerIs: 'streamer', split: { membersBp: 5000 } });
    expect(c.actions).toEqual(['terminate']);
    expect(c.blockedActions).toEqual([expect.objectContaining({ event: 'accept', reason: 'own_proposal' })]);
    const seen = (await producer.get(`/api/matching/cooperations/${c.id}`)).json();
    expect(seen.actions.sort()).toEqual(['accept', 'terminate']);
    expect((await step(producer, c.id, 'accept')).json().status).toBe('accepted');
    // 为你选品 leaves out what the streamer already sells.
    const picks = (await streamer.get('/api/matching/recommendations?limit=100')).json().items.map((i: { product: { id: string } }) => i.product.id);
    expect(picks).not.toContain(product.id);

    expect(await sweepCooperations(t.db, today())).toEqual({ activate: 0, complete: 0 });
    expect(await sweepCooperations(t.db, plusDays(today(), 1))).toEqual({ activate: 1, complete: 0 });
    expect(await sweepCooperations(t.db, plusDays(today(), 1))).toEqual({ activate: 0, complete: 0 });
    expect(await sweepCooperations(t.db, plusDays(today(), 10))).toEqual({ activate: 0, complete: 0 });
    expect(await sweepCooperations(t.db, plusDays(today(), 11))).toEqual({ activate: 0, complete: 1 });
    const done = (await streamer.get(`/api/matching/cooperations/${c.id}`)).json();
    expect(done.history.map((h: { event: string }) => h.event)).toEqual(['propose', 'accept', 'activate', 'complete']);
    expect(done).toMatchObject({ status: 'completed', actions: [] });
  });

  it('the producer proposes to a streamer; acceptance re-checks the supply price the producer has since raised', async () => {
    const res = await producer.post('/api/matching/cooperations', terms({ streamerId }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ proposedBySide: 'producer', viewerIs: 'producer', streamer: { userId: streamerId } });
    await t.db.updateTable('products').set({ supply_price_fen: product.supplyPriceFen + 100 }).where('id', '=', product.id).execute();
    const refused = await step(streamer, res.json().id, 'accept');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('供货价不能低于');
    await t.db.updateTable('products').set({ supply_price_fen: product.supplyPriceFen }).where('id', '=', product.id).execute();
    expect((await step(streamer, res.json().id, 'terminate')).statusCode).toBe(409);
    expect((await step(streamer, res.json().id, 'terminate', '档期冲突')).json()).toMatchObject({ status: 'terminated', terminateReason: '档期冲突' });
  });

  it('keeps others out and refuses bad terms in Chinese', async () => {
    const c = (await streamer.post('/api/matching/cooperations', terms())).json();
    expect((await (await t.login('dazhou_staff')).get(`/api/matching/cooperations/${c.id}`)).statusCode).toBe(404);
    expect((await (await t.login('luzhou_staff')).get(`/api/matching/cooperations/${c.id}`)).statusCode).toBe(200);
    const bad = [terms({ windowTo: plusDays(today(), -5), windowFrom: plusDays(today(), -9) }), terms({ windowFrom: plusDays(today(), 5), windowTo: plusDays(today(), 1) }), terms({ split: { collectiveBp: 5000, membersBp: 5000, streamerBp: 1000 } }), terms({ afterSaleTerms: '' }), terms({ productId: 'nope' })];
    for (const body of bad) {
      const res = await streamer.post('/api/matching/cooperations', body);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const unnamed = await producer.post('/api/matching/cooperations', terms());
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error.details).toEqual([{ field: 'streamerId', message: '请选择合作主播' }]);
    const list = (await producer.get('/api/matching/cooperations')).json();
    expect(list.items.every((i: { product: { id: string } }) => i.product.id === product.id)).toBe(true);
    expect((await streamer.get('/api/matching/cooperations?status=proposed')).json().total).toBeGreaterThanOrEqual(1);
  });
});
