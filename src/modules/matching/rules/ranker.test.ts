import { describe, expect, it } from 'vitest';
import {
  audienceFit,
  categoryAffinity,
  explainForProduct,
  explainForStreamer,
  priceFit,
  rankForStreamer,
  scoreOf,
  seasonFit,
  topN,
  visibleTo,
  type ProductFeatures,
  type RankContext,
  type StreamerFeatures,
} from './ranker.js';
import { DEFAULT_WEIGHTS, weightsFrom } from './weights.js';

const parentOf = (id: string) => (id.includes('.') ? id.split('.')[0]! : null);
const NOVEMBER: RankContext = { weights: DEFAULT_WEIGHTS, month: 11, today: '2026-11-27' };
const bit = (...months: number[]) => months.reduce((m, x) => m | (1 << (x - 1)), 0);

function streamer(over: Partial<StreamerFeatures> = {}): StreamerFeatures {
  return {
    userId: 'u-naxi',
    affinity: categoryAffinity(['cured.bacon', 'fruit.citrus'], new Map(), parentOf),
    audienceRegions: ['5105', '50'],
    homeRegion: '510503',
    priceMinFen: 2000,
    priceMaxFen: 8000,
    typicalUnits: 500,
    followers: 2_000_000,
    sold: new Set(),
    ...over,
  };
}

function product(over: Partial<ProductFeatures> = {}): ProductFeatures {
  return {
    id: 'p-1',
    categoryId: 'fruit.citrus',
    parentCategoryId: 'fruit',
    originRegionCode: '510503101202',
    retailPriceFen: 4990,
    seasonMask: bit(10, 11, 12, 1),
    capacityPerDay: 800,
    qualityScore: 92,
    plan: { mode: 'open' },
    ...over,
  };
}

describe('matching ranker', () => {
  it('explains a perfect local, in-season match in the words the page shows', () => {
    const e = explainForStreamer(streamer(), product(), NOVEMBER);
    expect(e.reasons).toEqual(['应季', '本地好品', '与你的品类匹配', '产地在你的粉丝集中地区', '品质分 92', '产能足以支撑你的场均销量', '价格在你常卖的区间']);
    // The streamer's view sums to 100 at a perfect fit; quality 92 of 100 costs 1.6 points.
    expect(e.score).toBeCloseTo(100 - DEFAULT_WEIGHTS.quality * 0.08, 5);
    expect(e.parts.reduce((a, p) => a + p.points, 0)).toBeCloseTo(e.score, 1);
    expect(e.parts.map((p) => p.key)).not.toContain('reach');
  });

  it('is deterministic: same data, same scores and the same order, ties broken by id', () => {
    const items = Array.from({ length: 300 }, (_, i) => product({ id: `p-${String(i).padStart(3, '0')}`, qualityScore: 50 + (i % 7) * 5, retailPriceFen: 1000 + (i % 13) * 900 }));
    const rank = () => topN(items, (p) => scoreOf(streamer(), p, NOVEMBER), 25).map((x) => `${x.item.id}:${x.score}`);
    expect(rank()).toEqual(rank());
    const shuffled = [...items].reverse();
    expect(topN(shuffled, (p) => scoreOf(streamer(), p, NOVEMBER), 25).map((x) => `${x.item.id}:${x.score}`)).toEqual(rank());
    const tied = topN([product({ id: 'b' }), product({ id: 'a' }), product({ id: 'c' })], () => 1, 2);
    expect(tied.map((x) => x.item.id)).toEqual(['a', 'b']);
  });

  it('the fast pool ranking gives exactly the plain ranking: same items, same order, same scores', () => {
    const rand = (() => {
      let x = 42;
      return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    })();
    const cats = ['fruit.citrus', 'fruit.kiwi', 'cured.bacon', 'tea.green', 'craft.weaving'];
    const places = ['510503101202', '510503102201', '510502001001', '511722100200', '513322001001', '500101001001'];
    const pool = Array.from({ length: 2000 }, (_, i) =>
      product({
        id: `p${String(i).padStart(4, '0')}`,
        categoryId: cats[i % cats.length]!,
        parentCategoryId: cats[i % cats.length]!.split('.')[0]!,
        originRegionCode: places[Math.floor(rand() * places.length)]!,
        retailPriceFen: 500 + Math.floor(rand() * 20000),
        seasonMask: Math.floor(rand() * 4096),
        capacityPerDay: Math.floor(rand() * 2000),
        qualityScore: Math.floor(rand() * 101),
        plan: i % 50 === 0 ? { mode: 'targeted', streamerIds: new Set(['someone']) } : { mode: 'open' },
      }),
    );
    const withCounty = pool.map((p, i) => (i % 2 ? { ...p, county: p.originRegionCode.slice(0, 6) } : p));
    for (const s of [streamer(), streamer({ audienceRegions: ['51', '5117'], homeRegion: '5117', sold: new Set(['p0007']) }), streamer({ audienceRegions: ['510503101'] })]) {
      const plain = topN(withCounty, (p) => (visibleTo(s, p, NOVEMBER.today) ? scoreOf(s, p, NOVEMBER) : null), 30);
      expect(rankForStreamer(s, withCounty, NOVEMBER, 30).map((x) => [x.item.id, x.score])).toEqual(plain.map((x) => [x.item.id, x.score]));
    }
  });

  it('topN equals a full sort', () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: `x${i}`, v: (i * 7919) % 101 }));
    const expected = [...items].sort((a, b) => b.v - a.v || (a.id < b.id ? -1 : 1)).slice(0, 20);
    expect(topN(items, (x) => x.v, 20).map((x) => x.item.id)).toEqual(expected.map((x) => x.id));
    expect(topN(items, () => null, 5)).toEqual([]);
  });

  it('is monotone in the quality score', () => {
    let last = -1;
    for (let q = 0; q <= 100; q += 5) {
      const s = scoreOf(streamer(), product({ qualityScore: q }), NOVEMBER);
      expect(s).toBeGreaterThan(last);
      last = s;
    }
  });

  it('drops out-of-season products below in-season ones, with the next month counting partly', () => {
    const inSeason = scoreOf(streamer(), product(), NOVEMBER);
    const nextMonth = scoreOf(streamer(), product({ seasonMask: bit(12) }), NOVEMBER);
    const outOfSeason = scoreOf(streamer(), product({ seasonMask: bit(5, 6) }), NOVEMBER);
    expect(inSeason).toBeGreaterThan(nextMonth);
    expect(nextMonth).toBeGreaterThan(outOfSeason);
    expect(seasonFit(product({ seasonMask: bit(1) }), 12)).toBe(0.4); // December → January wraps
    expect(seasonFit(product({ seasonMask: 0xfff }), 7)).toBe(1);
    // The planned session's month decides, not today's.
    expect(scoreOf(streamer(), product({ seasonMask: bit(5, 6) }), { ...NOVEMBER, month: 5 })).toBeCloseTo(inSeason, 5);
    expect(explainForStreamer(streamer(), product({ seasonMask: 0xfff }), NOVEMBER).reasons).not.toContain('应季');
  });

  it('hides products under another streamer’s plan and those the streamer already sells', () => {
    const s = streamer();
    expect(visibleTo(s, product(), NOVEMBER.today)).toBe(true);
    expect(visibleTo(s, product({ plan: { mode: 'targeted', streamerIds: new Set(['other']) } }), NOVEMBER.today)).toBe(false);
    expect(visibleTo(s, product({ plan: { mode: 'targeted', streamerIds: new Set(['u-naxi']) } }), NOVEMBER.today)).toBe(true);
    expect(visibleTo(s, product({ plan: { mode: 'exclusive', streamerId: 'other', until: '2026-12-31' } }), NOVEMBER.today)).toBe(false);
    expect(visibleTo(s, product({ plan: { mode: 'exclusive', streamerId: 'u-naxi', until: '2026-12-31' } }), NOVEMBER.today)).toBe(true);
    // An exclusive window that has ended leaves the product open to all.
    expect(visibleTo(s, product({ plan: { mode: 'exclusive', streamerId: 'other', until: '2026-11-26' } }), NOVEMBER.today)).toBe(true);
    expect(visibleTo(streamer({ sold: new Set(['p-1']) }), product(), NOVEMBER.today)).toBe(false);
  });

  it('weighs category affinity from the profile and from past sessions', () => {
    const aff = categoryAffinity(['tea'], new Map([['cured.bacon', 3], ['fruit.lychee', 1]]), parentOf);
    expect(aff.get('tea')).toBe(0.9);
    expect(aff.get('cured.bacon')).toBeCloseTo(0.875);
    expect(aff.get('fruit.lychee')).toBeCloseTo(0.625);
    const s = streamer({ affinity: aff });
    expect(explainForStreamer(s, product({ categoryId: 'tea.green', parentCategoryId: 'tea' }), NOVEMBER).reasons).toContain('与你的品类匹配');
    // A listed leaf lends half to its siblings.
    const sibling = explainForStreamer(streamer(), product({ categoryId: 'fruit.kiwi' }), NOVEMBER);
    expect(sibling.parts.find((p) => p.key === 'category')!.fit).toBe(0.5);
    expect(sibling.reasons).toContain('与你的品类相近');
  });

  it('fits price, audience and capacity by the documented rules', () => {
    const s = streamer();
    expect(priceFit(s, product({ retailPriceFen: 16000 }))).toBeCloseTo(0.5);
    expect(priceFit(s, product({ retailPriceFen: 500 }))).toBe(0);
    expect(priceFit(s, product({ retailPriceFen: 0 }))).toBe(0);
    expect(audienceFit(streamer({ audienceRegions: ['51'] }), product())).toBe(0.6);
    expect(audienceFit(streamer({ audienceRegions: ['44'] }), product())).toBe(0);
    const small = explainForStreamer(s, product({ capacityPerDay: 100 }), NOVEMBER);
    expect(small.parts.find((p) => p.key === 'capacity')!.fit).toBe(0.2);
    expect(small.reasons).not.toContain('产能足以支撑你的场均销量');
  });

  it('ranks streamers for a product with their reach, and says why in the producer’s words', () => {
    const big = explainForProduct(streamer(), product(), NOVEMBER);
    const small = explainForProduct(streamer({ userId: 'u-small', followers: 3000 }), product(), NOVEMBER);
    expect(big.score).toBeGreaterThan(small.score);
    expect(big.reasons).toEqual(expect.arrayContaining(['主营同类商品', '本地主播', '粉丝集中在产地', '粉丝 200 万']));
    const busy = explainForProduct(streamer({ typicalUnits: 4000 }), product(), NOVEMBER);
    expect(busy.cautions).toEqual(['其场均销量约为日产能的 5 倍']);
    expect(busy.reasons).not.toContain('产能足以支撑其场均销量');
  });

  it('takes weights from configuration', () => {
    expect(weightsFrom(undefined)).toEqual(DEFAULT_WEIGHTS);
    const w = weightsFrom('{"quality": 50, "season": -1, "bogus": 3}');
    expect(w.quality).toBe(50);
    expect(w.season).toBe(DEFAULT_WEIGHTS.season);
    expect(Object.keys(w)).not.toContain('bogus');
  });
});
