import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/core/auth/password.js';
import { insertRoles, insertUser, newUserRow } from '../../src/core/identity/users.repo.js';
import { sweepSamples } from '../../src/modules/matching/samples/samples.sweeps.js';
import { remindOverdueReports } from '../../src/modules/matching/sessions/sessions.service.js';
import { readWorkbook } from '../../src/modules/catalog/excel/workbook.js';
import { seedDemoCatalog } from '../../src/seed/seed-catalog.js';
import { seedDemoConvention } from '../../src/seed/seed-convention.js';
import { createTestApp, DEMO_PASSWORD, type Client, type TestApp } from '../support/test-app.js';

const DAY = 86_400_000;
const at = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * 3_600_000).toISOString();
const dateOf = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

/** Live sessions: the checked script gating scheduling, staff override, price marks, clashes, reports. */
describe('live sessions', () => {
  let t: TestApp;
  let streamer: Client;
  let other: Client;
  let producer: Client;
  let luzhou: Client;
  let product: { id: string; supplyPriceFen: number; retailPriceFen: number };
  let coop: string;
  let otherCoop: string;

  async function cooperate(client: Client, streamerId: string): Promise<string> {
    const body = { productId: product.id, streamerId, windowFrom: dateOf(at(0)), windowTo: dateOf(at(30)), supplyPriceFen: product.supplyPriceFen, commissionBp: 2000, quantityCap: 1000, shippingMode: 'producer_ships', afterSaleTerms: '坏果包赔' };
    const proposed = await producer.post('/api/matching/cooperations', body);
    expect(proposed.statusCode, proposed.body).toBe(200);
    const accepted = await client.post(`/api/matching/cooperations/${proposed.json().id}/transition`, { event: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    return proposed.json().id;
  }

  const session = (cooperationId: string, over: Record<string, unknown> = {}) => ({
    platform: 'douyin',
    title: '纳溪好物专场',
    startsAt: at(2),
    endsAt: at(2, 3),
    script: '家人们晚上好，今天给大家带来纳溪的特早茶，明前采摘，回甘很好。',
    products: [{ cooperationId, livePriceFen: product.retailPriceFen, stock: 200 }],
    ...over,
  });
  const step = (c: Client, id: string, event: string, reason?: string) => c.post(`/api/matching/sessions/${id}/transition`, { event, reason });

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoCatalog(t.db, t.ctx.regions);
    await seedDemoConvention(t.db);
    const unit = await t.db.selectFrom('units').select('id').where('name', '=', '纳溪区互联网行业党委').executeTakeFirstOrThrow();
    const row = newUserRow({ username: 'zb_session_other', displayName: '主播·另一位', passwordHash: await hashPassword(DEMO_PASSWORD) });
    await insertUser(t.db, row);
    await insertRoles(t.db, row.id, [{ role: 'streamer', unitId: unit.id }], row.created_at);
    [streamer, other, producer, luzhou] = await Promise.all([t.login('streamer'), t.login('zb_session_other'), t.login('producer'), t.login('luzhou_staff')]);
    for (const c of [streamer, other]) await c.post('/api/compliance/convention/sign', { version: 1 });
    const mine = (await producer.get('/api/catalog/products/manage?pageSize=100')).json().items as { id: string; inPool: boolean; supplyPriceFen: number; retailPriceFen: number }[];
    product = mine.find((p) => p.inPool)!;
    const streamerId = (await t.db.selectFrom('users').select('id').where('username', '=', 'streamer').executeTakeFirstOrThrow()).id;
    coop = await cooperate(streamer, streamerId);
    otherCoop = await cooperate(other, row.id);
  });
  afterAll(() => t.close());

  it('a script with must-fix findings blocks scheduling until it is fixed', async () => {
    const created = await streamer.post('/api/matching/sessions', session(coop, { script: '这是全网最低价的特早茶，喝了能治疗失眠！' }));
    expect(created.statusCode, created.body).toBe(200);
    const s = created.json();
    expect(s.status).toBe('draft');
    expect(s.scriptCheck.mustFix).toBeGreaterThanOrEqual(2);
    expect(s.scriptCheck.findings[0]).toMatchObject({ severity: 'must_fix' });
    expect(s.blockedActions).toEqual(expect.arrayContaining([expect.objectContaining({ event: 'schedule', reason: 'script_must_fix' })]));
    const refused = await step(streamer, s.id, 'schedule');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('必须修改');
    const fixed = await streamer.put(`/api/matching/sessions/${s.id}`, session(coop));
    expect(fixed.json().scriptMustFix).toBe(0);
    expect((await step(streamer, s.id, 'schedule')).json().status).toBe('scheduled');
  });

  it('base staff over the streamer may let a script through with a reason; editing the script withdraws it', async () => {
    const s = (await streamer.post('/api/matching/sessions', session(coop, { script: '第一名的茶！', startsAt: at(5), endsAt: at(5, 2) }))).json();
    expect(s.scriptMustFix).toBeGreaterThan(0);
    expect((await streamer.post(`/api/matching/sessions/${s.id}/override`, { reason: '请求放行' })).statusCode).toBe(403);
    expect((await (await t.login('base_staff')).post(`/api/matching/sessions/${s.id}/override`, { reason: '获奖证书已核实' })).statusCode).toBe(404);
    const asStaff = (await luzhou.get(`/api/matching/sessions/${s.id}`)).json();
    expect(asStaff).toMatchObject({ viewerIs: 'staff', canOverride: true });
    const ok = await luzhou.post(`/api/matching/sessions/${s.id}/override`, { reason: '“第一名”为 2025 年泸州茶博会评比名次，证书已核实' });
    expect(ok.json().override).toMatchObject({ byName: '泸州市基地运营·何静' });
    const edited = await streamer.put(`/api/matching/sessions/${s.id}`, session(coop, { script: '第一名的茶，全网最低价！', startsAt: at(5), endsAt: at(5, 2) }));
    expect(edited.json().override).toBeNull();
    expect((await step(streamer, s.id, 'schedule')).statusCode).toBe(409);
    expect((await step(luzhou, s.id, 'cancel', '话术未改')).json()).toMatchObject({ status: 'cancelled', cancelReason: '话术未改' });
  });

  it('marks prices on the board and flags clashing sessions to the producer and both streamers', async () => {
    const low = (await other.post('/api/matching/sessions', session(otherCoop, { products: [{ cooperationId: otherCoop, livePriceFen: product.supplyPriceFen - 1, stock: 50 }] }))).json();
    expect(low.products[0].marks).toEqual(['below_supply', 'far_below_retail']);
    expect((await step(other, low.id, 'schedule')).statusCode).toBe(200);
    const board = (await producer.get(`/api/matching/products/${product.id}/price-board`)).json();
    const row = board.sessions.find((x: { sessionId: string }) => x.sessionId === low.id);
    expect(row.marks).toEqual(['below_supply', 'far_below_retail']);
    expect(row.clashesWith.length).toBe(1);
    // Published sessions only: a streamer's drafts stay their own.
    expect(board.sessions.every((x: { status: string }) => ['scheduled', 'live', 'ended', 'reported'].includes(x.status))).toBe(true);
    for (const c of [producer, streamer, other]) {
      const kinds = (await c.get('/api/notifications')).json().items.map((n: { kind: string }) => n.kind);
      expect(kinds).toContain('matching.session.clash');
    }
    expect((await streamer.get(`/api/matching/products/${product.id}/price-board`)).statusCode).toBe(200);
    expect((await (await t.login('dazhou_staff')).get(`/api/matching/products/${product.id}/price-board`)).statusCode).toBe(404);
    expect((await step(other, low.id, 'revise')).json().status).toBe('draft');
    expect((await step(other, low.id, 'cancel', '改期')).json().status).toBe('cancelled');
  });

  it('goes live, ends, reports within 3 days; the report feeds quality and an overdue one costs credit', async () => {
    const s = (await streamer.post('/api/matching/sessions', session(coop, { startsAt: at(0, 1), endsAt: at(0, 3) }))).json();
    await step(streamer, s.id, 'schedule');
    expect((await step(streamer, s.id, 'go_live')).json().status).toBe('live');
    const ended = (await step(streamer, s.id, 'end')).json();
    expect(Date.parse(ended.reportDueAt) - Date.now()).toBeGreaterThan(3 * DAY - 60_000);
    expect((await streamer.post(`/api/matching/sessions/${s.id}/report`, { products: [{ productId: product.id, unitsSold: 5, gmvFen: 100, unitsRefunded: 6, complaints: 0 }] })).statusCode).toBe(400);
    const reported = await streamer.post(`/api/matching/sessions/${s.id}/report`, { products: [{ productId: product.id, unitsSold: 300, gmvFen: 300 * product.retailPriceFen, unitsRefunded: 9, complaints: 1 }] });
    expect(reported.statusCode, reported.body).toBe(200);
    expect(reported.json()).toMatchObject({ status: 'reported', products: [{ report: { unitsSold: 300 } }] });
    const quality = (await producer.get(`/api/catalog/products/${product.id}`)).json().quality;
    expect(quality.parts.find((p: { key: string }) => p.key === 'after_sale').detail).toContain('退款率 3%');

    const late = (await streamer.post('/api/matching/sessions', session(coop, { startsAt: at(0, 1), endsAt: at(0, 2) }))).json();
    await step(streamer, late.id, 'schedule');
    await step(streamer, late.id, 'go_live');
    await step(streamer, late.id, 'end');
    expect(await remindOverdueReports(t.db, at(2, 23))).toBe(0);
    expect(await remindOverdueReports(t.db, at(3, 1))).toBe(1);
    expect(await remindOverdueReports(t.db, at(4))).toBe(0);
    const before = (await streamer.get('/api/matching/credit')).json();
    await t.db.updateTable('live_sessions').set({ report_due_at: at(-1) }).where('id', '=', late.id).execute();
    const after = (await streamer.get('/api/matching/credit')).json();
    expect(after.score).toBe(before.score - 5);
    expect(after.parts.find((p: { key: string }) => p.key === 'reports').detail).toContain('未交 1 份');
    expect((await luzhou.get('/api/matching/sessions?status=ended')).json().items.find((i: { id: string }) => i.id === late.id)).toMatchObject({ reportOverdue: true });
  });

  it('a received sample with a session scheduled for it is not overdue', async () => {
    const sample = (await other.post('/api/matching/samples', { productId: product.id, shipTo: '四川省泸州市纳溪区 另一位 13800000000' })).json();
    for (const body of [{ event: 'approve' }, { event: 'ship', carrier: '顺丰', trackingNo: 'SF1' }]) await producer.post(`/api/matching/samples/${sample.id}/transition`, body);
    await other.post(`/api/matching/samples/${sample.id}/transition`, { event: 'receive' });
    const s = (await other.post('/api/matching/sessions', session(otherCoop, { startsAt: at(20), endsAt: at(20, 2) }))).json();
    expect((await step(other, s.id, 'schedule')).json().status).toBe('scheduled');
    const deps = { db: t.db, regions: t.ctx.regions };
    expect((await sweepSamples(deps, at(15))).overdue).toBe(0);
    expect((await other.get(`/api/matching/samples/${sample.id}`)).json().status).toBe('received');
    await step(other, s.id, 'cancel', '改期');
    expect((await sweepSamples(deps, at(15))).overdue).toBe(1);
    expect((await other.get(`/api/matching/samples/${sample.id}`)).json().status).toBe('overdue');
  });

  it('refuses what a session may not have, in Chinese', async () => {
    const flag = (await streamer.post('/api/matching/sessions', session(coop, { partyDemo: true, startsAt: at(9), endsAt: at(9, 1) }))).json();
    expect(flag.blockedActions).toEqual(expect.arrayContaining([expect.objectContaining({ reason: 'party_unconfirmed' })]));
    const none = (await streamer.post('/api/matching/sessions', session(coop, { products: [] }))).json();
    expect((await step(streamer, none.id, 'schedule')).json().error.message).toContain('至少添加一个商品');
    const bad = [session(coop, { endsAt: at(1), startsAt: at(2) }), session(otherCoop), session(coop, { platform: 'weibo' }), session(coop, { startsAt: 'tomorrow' })];
    for (const body of bad) {
      const res = await streamer.post('/api/matching/sessions', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await other.get(`/api/matching/sessions/${none.id}`)).statusCode).toBe(404);
    expect((await producer.get(`/api/matching/sessions/${none.id}`)).statusCode).toBe(403);
  });

  it('base staff export sessions, cooperations and samples of their units to Excel', async () => {
    for (const [path, header] of [['/api/matching/sessions/export.xlsx', '战报逾期'], ['/api/matching/cooperations/export.xlsx', '供货价（元）'], ['/api/matching/samples/export.xlsx', '当前时限（北京时间）']] as const) {
      const res = await luzhou.get(path);
      expect(res.statusCode, path).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const { headers, rows } = await readWorkbook(res.rawPayload);
      expect(headers).toContain(header);
      expect(rows.length).toBeGreaterThan(0);
      expect((await streamer.get(path)).statusCode).toBe(403);
    }
    const dazhou = await readWorkbook((await (await t.login('dazhou_staff')).get('/api/matching/sessions/export.xlsx')).rawPayload);
    expect(dazhou.rows).toHaveLength(0);
  });
});
