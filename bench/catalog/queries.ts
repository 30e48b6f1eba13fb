import type { SearchQuery } from '../../src/modules/catalog/search/search.schema.js';

type Q = Partial<SearchQuery>;

/**
 * The benchmark's fixed 50 pool searches: what streamers type (2-character words, place +
 * product, synonyms) with the filters of the search page, across every sort.
 */
export const BENCH_QUERIES: Q[] = [
  { q: '腊肉' }, { q: '柚子' }, { q: '荔枝' }, { q: '茶' }, { q: '纳溪特早茶' },
  { q: '灯影牛肉丝' }, { q: '宣汉桃花米' }, { q: '猕猴桃' }, { q: '奇异果' }, { q: '龙眼' },
  { q: '四川腊肉' }, { q: '护国柚子' }, { q: '合江荔枝', sort: 'price_asc' }, { q: '花椒', regionCode: '5118' }, { q: '核桃', qualityMin: 60 },
  { q: '腊肉', regionCode: '5105' }, { q: '柚子', inSeason: true }, { q: '茶', categoryId: 'tea' }, { q: '蜂蜜', freeShipping: true }, { q: '牛肉干', storage: 'ambient' },
  { q: '大米', priceMinFen: 3000, priceMaxFen: 8000 }, { q: '香肠', commissionMinBp: 2000 }, { q: '火锅底料', sort: 'quality' }, { q: '土鸡蛋', sort: 'newest' }, { q: '樱桃', month: 5 },
  { q: '醪糟 糯米' }, { q: '泸州好品' }, { q: '地理标志 茶' }, { q: '高山', categoryId: 'fruit' }, { q: '柴火慢熏' },
  { q: '红心猕猴桃', sort: 'price_desc' }, { q: '青花椒', tags: '地理标志' }, { q: '竹编' }, { q: '富硒' }, { q: '达州', categoryId: 'cured' },
  { categoryId: 'fruit.citrus' }, { regionCode: '5117', sort: 'quality' }, { inSeason: true, sort: 'newest' }, { qualityMin: 70, freeShipping: true }, { tags: '达州好品' },
  { priceMaxFen: 2000, sort: 'price_asc' }, { storage: 'frozen' }, { commissionMinBp: 3000 }, { evidenceKind: 'compliance_certificate', categoryId: 'tea' }, { categoryId: 'meat', regionCode: '51' },
  { q: '坏果包赔', page: 3 }, { q: '产地直供', page: 2 }, { q: '礼盒' }, { q: '500g', sort: 'quality' }, {},
];
