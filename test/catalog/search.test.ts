import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductsTable } from '../../src/modules/catalog/catalog.tables.js';
import { planQuery, buildSynonymIndex } from '../../src/modules/catalog/search/query-plan.js';
import { segment } from '../../src/modules/catalog/search/segmenter.js';
import { normalizeText } from '../../src/modules/catalog/search/text.js';
import { monthBit } from '../../src/modules/catalog/rules/season.js';
import { DEMO_SYNONYMS } from '../../src/seed/demo-catalog-data.js';
import { seedDemoCatalog } from '../../src/seed/seed-catalog.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

type PoolRow = Pick<
  ProductsTable,
  'id' | 'name' | 'search_text' | 'category_id' | 'origin_region_code' | 'retail_price_fen' | 'commission_bp' | 'season_mask' | 'storage' | 'free_shipping' | 'quality_score' | 'tags_json' | 'evidence_mask'
>;

/**
 * Search over the demo catalogue, checked against a reference written in plain JavaScript: every
 * term (with its synonyms) must occur in the product's search text, every filter must hold, and
 * the order is relevance (terms in the name), then quality, then id. The same file runs on SQLite
 * and on PostgreSQL (TEST_DATABASE_URL), so both databases are held to the same answers.
 */
describe('selection pool search', () => {
  let t: TestApp;
  let streamer: Client;
  let pool: PoolRow[];
  const synonyms = buildSynonymIndex(DEMO_SYNONYMS);

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoCatalog(t.db, t.ctx.regions);
    streamer = await t.login('streamer');
    pool = await t.db.selectFrom('products').selectAll().where('in_pool', '=', 1).execute();
  });
  afterAll(() => t.close());

  async function search(params: Record<string, string | number | boolean>) {
    const qs = new URLSearchParams(Object.entries({ pageSize: 100, ...params }).map(([k, v]) => [k, String(v)]));
    const res = await streamer.get(`/api/catalog/products?${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: { id: string; name: string; qualityScore: number; retailPriceFen: number }[]; total: number; terms: string[][] };
  }

  function reference(q: string, keep: (r: PoolRow) => boolean = () => true) {
    const terms = planQuery(q, segment, synonyms).map((x) => x.alternatives);
    const hits = pool.filter((r) => keep(r) && terms.every((alts) => alts.some((a) => r.search_text.includes(a))));
    const inName = (r: PoolRow) => terms.filter((alts) => alts.some((a) => normalizeText(r.name).includes(a))).length;
    return hits.sort((a, b) => inName(b) - inName(a) || b.quality_score - a.quality_score || (a.id < b.id ? -1 : 1)).map((r) => r.id);
  }

  it('has a pool to search', () => {
    expect(pool.length).toBeGreaterThan(150);
  });

  it.each(['腊肉', '柚子', '茶', '荔枝', '纳溪特早茶', '灯影牛肉', '四川腊肉', '护国柚子', '龙眼', '合江', '花椒', '宣汉桃花米', '牛肉干', '泸州好品'])(
    'finds exactly what the reference finds for %s, in the same order',
    async (q) => {
      const expected = reference(q);
      const got = await search({ q });
      expect(got.total).toBe(expected.length);
      expect(got.items.map((i) => i.id)).toEqual(expected.slice(0, 100));
    },
  );

  it('2-character queries and synonyms reach inside longer names', async () => {
    const pomelo = await search({ q: '柚子' });
    const names = pomelo.items.map((i) => i.name).join(' ');
    expect(names).toContain('护国柚');
    expect(names).toContain('真龙柚');
    expect(pomelo.terms).toEqual([['柚子', '柚']]);
    const longan = await search({ q: '龙眼' });
    expect(longan.items.some((i) => i.name.includes('桂圆'))).toBe(true);
    const bacon = await search({ q: '腊肉' });
    expect(bacon.total).toBeGreaterThan(0);
    expect(bacon.items.every((i) => pool.find((p) => p.id === i.id)!.search_text.includes('腊肉'))).toBe(true);
  });

  it('applies every filter as the reference does', async () => {
    const cases: [Record<string, string | number | boolean>, (r: PoolRow) => boolean][] = [
      [{ categoryId: 'fruit' }, (r) => r.category_id.startsWith('fruit.')],
      [{ regionCode: '5117' }, (r) => r.origin_region_code.startsWith('5117')],
      [{ priceMinFen: 3000, priceMaxFen: 8000 }, (r) => r.retail_price_fen >= 3000 && r.retail_price_fen <= 8000],
      [{ commissionMinBp: 2000 }, (r) => r.commission_bp >= 2000],
      [{ month: 7 }, (r) => (r.season_mask & monthBit(7)) !== 0],
      [{ storage: 'chilled' }, (r) => r.storage === 'chilled'],
      [{ freeShipping: true }, (r) => r.free_shipping === 1],
      [{ qualityMin: 70 }, (r) => r.quality_score >= 70],
      [{ tags: '地理标志,泸州好品' }, (r) => ['地理标志', '泸州好品'].every((tag) => (JSON.parse(r.tags_json) as string[]).includes(tag))],
      [{ evidenceKind: 'inspection_report' }, (r) => (r.evidence_mask & 2) !== 0],
    ];
    for (const [params, keep] of cases) {
      const expected = reference('', keep);
      const got = await search({ ...params, sort: 'quality' });
      expect(got.total, JSON.stringify(params)).toBe(expected.length);
      expect(got.items.map((i) => i.id), JSON.stringify(params)).toEqual(expected.slice(0, 100));
    }
    const combined = await search({ q: '茶', regionCode: '5105', qualityMin: 60 });
    expect(combined.total).toBe(reference('茶', (r) => r.origin_region_code.startsWith('5105') && r.quality_score >= 60).length);
  });

  it('sorts by price, quality and newest, and pages without overlap', async () => {
    const asc = await search({ sort: 'price_asc' });
    const prices = asc.items.map((i) => i.retailPriceFen);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const desc = await search({ sort: 'price_desc' });
    expect(desc.items[0]!.retailPriceFen).toBe(Math.max(...pool.map((p) => p.retail_price_fen)));
    const quality = await search({ sort: 'quality' });
    const scores = quality.items.map((i) => i.qualityScore);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const newest = await search({ sort: 'newest', pageSize: 5 });
    expect(newest.items).toHaveLength(5);
    const page1 = await search({ sort: 'quality', pageSize: 20, page: 1 });
    const page2 = await search({ sort: 'quality', pageSize: 20, page: 2 });
    expect(page1.total).toBe(pool.length);
    expect(page2.items.map((i) => i.id)).toEqual(reference('').slice(20, 40));
    expect(page1.items.map((i) => i.id).filter((id) => page2.items.some((i) => i.id === id))).toEqual([]);
    const beyond = await search({ page: 50, pageSize: 100 });
    expect(beyond).toMatchObject({ items: [], total: pool.length });
  });

  it('a query of nothing but punctuation finds nothing, and bad filters get a Chinese 400', async () => {
    expect(await search({ q: '！？' })).toMatchObject({ items: [], total: 0 });
    const bad = await streamer.get('/api/catalog/products?regionCode=abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('地区代码');
  });

  it('base staff edit synonyms and search follows at once', async () => {
    const staff = await t.login('luzhou_staff');
    expect((await search({ q: '明前' })).total).toBe(reference('明前').length);
    const before = (await search({ q: '春茶' })).total;
    const created = await staff.post('/api/catalog/synonyms', { words: ['春茶', '明前'] });
    expect(created.statusCode, created.body).toBe(200);
    const after = await search({ q: '春茶' });
    expect(after.total).toBeGreaterThan(before);
    expect(after.terms).toEqual([['春茶', '明前']]);
    expect((await staff.request('DELETE', `/api/catalog/synonyms/${created.json().id}`)).statusCode).toBe(200);
    expect((await search({ q: '春茶' })).total).toBe(before);
    expect((await streamer.post('/api/catalog/synonyms', { words: ['a', 'b'] })).statusCode).toBe(403);
  });
});
