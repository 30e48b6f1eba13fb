import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRoles, insertUser, newUserRow } from '../../src/core/identity/users.repo.js';
import { hashPassword } from '../../src/core/auth/password.js';
import { seedDemoCatalog } from '../../src/seed/seed-catalog.js';
import { createTestApp, DEMO_PASSWORD, type Client, type TestApp } from '../support/test-app.js';

const profileBranch = { id: '' };
const profile = (over: Record<string, unknown> = {}) => ({
  partyBranchUnitId: profileBranch.id,
  studio: '明二锅的乡村厨房',
  categories: ['cured.bacon', 'fruit.citrus'],
  audienceRegions: ['5105', '50'],
  typicalUnits: 300,
  priceMinFen: 2000,
  priceMaxFen: 9000,
  partyMember: true,
  accounts: [
    { platform: 'douyin', handle: '乡村明二锅', followers: 2_060_000 },
    { platform: 'kuaishou', handle: '明二锅', followers: 184_000 },
  ],
  ...over,
});

type Item = { product: { id: string; name: string; inPool: boolean; producerName: string }; score: number; reasons: string[]; parts: { key: string; points: number }[] };

/** Profiles, distribution plans and the ranked lists through the API, on both databases. */
describe('matching: profiles, plans and recommendations', () => {
  let t: TestApp;
  let streamer: Client;
  let producer: Client;
  let luzhou: Client;
  let streamerId: string;
  let otherStreamerId: string;
  let naxiUnitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoCatalog(t.db, t.ctx.regions);
    [streamer, producer, luzhou] = await Promise.all([t.login('streamer'), t.login('producer'), t.login('luzhou_staff')]);
    streamerId = (await t.db.selectFrom('users').select('id').where('username', '=', 'streamer').executeTakeFirstOrThrow()).id;
    // A second streamer, in 合江, to target plans at.
    const hejiang = await t.db.selectFrom('units').select('id').where('name', '=', '合江县互联网行业党委').executeTakeFirstOrThrow();
    naxiUnitId = (await t.db.selectFrom('units').select('id').where('name', '=', '纳溪区互联网行业党委').executeTakeFirstOrThrow()).id;
    profileBranch.id = naxiUnitId;
    const row = newUserRow({ username: 'zb_test_hejiang', displayName: '主播·合江测试', passwordHash: 'x' });
    await insertUser(t.db, row);
    await insertRoles(t.db, row.id, [{ role: 'streamer', unitId: hejiang.id }], row.created_at);
    otherStreamerId = row.id;
  });
  afterAll(() => t.close());

  const recommend = async (query = '') => {
    const res = await streamer.get(`/api/matching/recommendations${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { month: number; profileComplete: boolean; items: Item[] };
  };

  it('ranks the pool before a profile exists, and says the profile is missing', async () => {
    expect((await streamer.get('/api/matching/profile')).json()).toMatchObject({ exists: false, displayName: '主播·明二锅', accounts: [] });
    const r = await recommend('?limit=10');
    expect(r.profileComplete).toBe(false);
    expect(r.items).toHaveLength(10);
    expect(r.items.every((i) => i.product.inPool)).toBe(true);
  });

  it('a saved profile turns the list toward the streamer, with reasons and score parts', async () => {
    const saved = await streamer.put('/api/matching/profile', profile());
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ exists: true, followers: 2_244_000, party: { declared: true, confirmedByName: null } });
    const r = await recommend('?limit=20&month=11');
    expect(r.profileComplete).toBe(true);
    expect(r.month).toBe(11);
    const top = r.items[0]!;
    expect(top.reasons).toEqual(expect.arrayContaining(['本地好品']));
    expect(top.parts.reduce((a, p) => a + p.points, 0)).toBeCloseTo(top.score, 0);
    for (let i = 1; i < r.items.length; i++) expect(r.items[i - 1]!.score).toBeGreaterThanOrEqual(r.items[i]!.score);
    // Reproducible: the same data gives the same ranking.
    expect((await recommend('?limit=20&month=11')).items.map((i) => i.product.id)).toEqual(r.items.map((i) => i.product.id));
    // Another month reorders by season.
    expect((await recommend('?limit=20&month=5')).items.map((i) => i.product.id)).not.toEqual(r.items.map((i) => i.product.id));
  });

  it('a targeted plan for someone else hides the product; an exclusive one for this streamer shows it', async () => {
    const mine = (await producer.get('/api/catalog/products/manage?pageSize=50')).json().items as { id: string; inPool: boolean }[];
    const pooled = mine.filter((p) => p.inPool);
    expect(pooled.length).toBeGreaterThan(0);
    const all = (await recommend('?limit=100&month=11')).items.map((i) => i.product.id);
    const target = pooled.find((p) => all.includes(p.id))!;
    expect(target).toBeDefined();
    const otherStreamer = otherStreamerId;
    const targeted = await producer.put(`/api/matching/products/${target.id}/plan`, { mode: 'targeted', streamerIds: [otherStreamer] });
    expect(targeted.statusCode, targeted.body).toBe(200);
    expect(targeted.json()).toMatchObject({ mode: 'targeted', streamers: [{ userId: otherStreamer }] });
    expect((await recommend('?limit=100&month=11')).items.map((i) => i.product.id)).not.toContain(target.id);
    const exclusive = await producer.put(`/api/matching/products/${target.id}/plan`, { mode: 'exclusive', exclusiveStreamerId: streamerId, exclusiveUntil: '2099-01-01' });
    expect(exclusive.statusCode).toBe(400);
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const ok = await producer.put(`/api/matching/products/${target.id}/plan`, { mode: 'exclusive', exclusiveStreamerId: streamerId, exclusiveUntil: until });
    expect(ok.json()).toMatchObject({ mode: 'exclusive', exclusive: { streamer: { userId: streamerId }, until } });
    expect((await recommend('?limit=100&month=11')).items.map((i) => i.product.id)).toContain(target.id);
    const reopened = await producer.put(`/api/matching/products/${target.id}/plan`, { mode: 'open' });
    expect(reopened.json()).toMatchObject({ mode: 'open', streamers: [], exclusive: null });
  });

  it('base staff pick products for a streamer in their units', async () => {
    const res = await luzhou.get(`/api/matching/streamers/${streamerId}/recommendations?limit=5&month=11`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: Item) => i.product.id)).toEqual((await recommend('?limit=5&month=11')).items.map((i) => i.product.id));
    expect((await (await t.login('dazhou_staff')).get(`/api/matching/streamers/${streamerId}/recommendations`)).statusCode).toBe(404);
    expect((await producer.get(`/api/matching/streamers/${streamerId}/recommendations`)).statusCode).toBe(403);
  });

  it('refuses bad plans and plans on others’ products', async () => {
    const id = ((await producer.get('/api/catalog/products/manage?pageSize=1')).json().items[0] as { id: string }).id;
    const cases = [
      { mode: 'targeted', streamerIds: [] },
      { mode: 'targeted', streamerIds: ['nobody'] },
      { mode: 'exclusive', exclusiveStreamerId: otherStreamerId, exclusiveUntil: '2020-01-01' },
      { mode: 'exclusive', exclusiveUntil: '2030-01-01' },
      { mode: 'sometimes' },
    ];
    for (const body of cases) {
      const res = await producer.put(`/api/matching/products/${id}/plan`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await streamer.put(`/api/matching/products/${id}/plan`, { mode: 'open' })).statusCode).toBe(403);
    const dazhou = await t.login('dazhou_staff');
    expect((await dazhou.get(`/api/matching/products/${id}/plan`)).statusCode).toBe(404);
    expect((await luzhou.get(`/api/matching/products/${id}/plan`)).statusCode).toBe(200);
  });

  it('ranks streamers for a product for its producer and the staff over it', async () => {
    const id = ((await producer.get('/api/catalog/products/manage?pageSize=1')).json().items[0] as { id: string }).id;
    const res = await producer.get(`/api/matching/products/${id}/streamers?limit=5`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { streamer: { userId: string; displayName: string; followers: number }; reasons: string[]; parts: { key: string }[] }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((i) => i.streamer.userId === streamerId)).toBe(true);
    expect(items[0]!.parts.map((p) => p.key)).toContain('reach');
    expect((await luzhou.get(`/api/matching/products/${id}/streamers`)).statusCode).toBe(200);
    expect((await streamer.get(`/api/matching/products/${id}/streamers`)).statusCode).toBe(403);
    expect((await (await t.login('dazhou_staff')).get(`/api/matching/products/${id}/streamers`)).statusCode).toBe(404);
  });

  it('the secretary of the declared party organisation confirms the membership; others cannot', async () => {
    const branches = (await streamer.get('/api/matching/party-branches')).json().items as { id: string; name: string }[];
    expect(branches.map((b) => b.name)).toEqual(expect.arrayContaining(['纳溪区互联网行业党委', '金牛区电商直播产业基地联合党支部']));
    const secretaryRow = newUserRow({ username: 'naxi_secretary', displayName: '纳溪行业党委书记', passwordHash: await hashPassword(DEMO_PASSWORD) });
    await insertUser(t.db, secretaryRow);
    await insertRoles(t.db, secretaryRow.id, [{ role: 'org_secretary', unitId: naxiUnitId }], secretaryRow.created_at);
    const secretary = await t.login('naxi_secretary');
    const pending = (await secretary.get('/api/matching/party-members?status=pending')).json().items;
    expect(pending).toEqual([expect.objectContaining({ userId: streamerId, unitName: '纳溪区互联网行业党委', branchName: '纳溪区互联网行业党委', confirmedAt: null })]);
    const jinniu = await t.login('org_secretary');
    expect((await jinniu.post(`/api/matching/streamers/${streamerId}/party-confirmation`, { confirmed: true })).statusCode).toBe(404);
    expect((await producer.post(`/api/matching/streamers/${streamerId}/party-confirmation`, { confirmed: true })).statusCode).toBe(403);
    const confirmed = await secretary.post(`/api/matching/streamers/${streamerId}/party-confirmation`, { confirmed: true });
    expect(confirmed.json().party).toMatchObject({ declared: true, branchName: '纳溪区互联网行业党委', confirmedByName: '纳溪行业党委书记' });
    expect((await secretary.get('/api/matching/party-members?status=confirmed')).json().items).toHaveLength(1);
    // Saving the profile unchanged keeps the confirmation; moving to another organisation asks again.
    expect((await streamer.put('/api/matching/profile', profile())).json().party.confirmedByName).toBe('纳溪行业党委书记');
    const other = branches.find((b) => b.name === '金牛区电商直播产业基地联合党支部')!;
    expect((await streamer.put('/api/matching/profile', profile({ partyBranchUnitId: other.id }))).json().party).toMatchObject({ branchName: other.name, confirmedByName: null });
    await streamer.put('/api/matching/profile', profile());
    expect((await streamer.put('/api/matching/profile', profile({ partyBranchUnitId: 'nope' }))).statusCode).toBe(400);
  });

  it('refuses a bad profile in Chinese and keeps the saved one', async () => {
    const cases = [profile({ partyBranchUnitId: null }), profile({ priceMinFen: 5000, priceMaxFen: 100 }), profile({ categories: ['nope'] }), profile({ accounts: [] }), profile({ categories: [] }), profile({ audienceRegions: ['sichuan'] })];
    for (const body of cases) {
      const res = await streamer.put('/api/matching/profile', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await streamer.get('/api/matching/profile')).json().categories).toEqual(['cured.bacon', 'fruit.citrus']);
    expect((await producer.get('/api/matching/profile')).statusCode).toBe(403);
    expect((await producer.get(`/api/matching/streamers/${streamerId}`)).json().displayName).toBe('主播·明二锅');
  });
});
