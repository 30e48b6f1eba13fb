import type { Kysely } from 'kysely';
import type { DB } from '../../src/core/db/schema.js';
import { newId } from '../../src/core/ids.js';
import { RegionService } from '../../src/core/regions/regions.service.js';
import { addDays, nowIso, shanghaiDate } from '../../src/core/time.js';
import type { EvidenceTable, ProducersTable, ProductsTable } from '../../src/modules/catalog/catalog.tables.js';
import { productColumns, newTraceCode } from '../../src/modules/catalog/products/products.service.js';
import { searchIndexFor } from '../../src/modules/catalog/products/standing.service.js';
import { poolStanding } from '../../src/modules/catalog/rules/evidence-rules.js';
import { qualityScore } from '../../src/modules/catalog/rules/quality-score.js';
import { searchBody } from '../../src/modules/catalog/search/text.js';

/**
 * A deterministic catalogue of N products (and their producers, batches and evidence) for the
 * search benchmark: real Sichuan county and township names, plausible product words, prices and
 * seasons. Rows are written in multi-row inserts with derived columns computed by the same pure
 * functions the service uses, so the data is what the app would have produced.
 */
export const BASES: [string, string, number[]][] = [
  ['腊肉', 'cured.bacon', [11, 12, 1, 2]], ['香肠', 'cured.bacon', [11, 12, 1, 2]], ['麻辣鸡', 'cured.cooked', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
  ['牛肉干', 'cured.cooked', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]], ['灯影牛肉丝', 'cured.cooked', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]], ['柚子', 'fruit.citrus', [9, 10, 11, 12]],
  ['护国柚', 'fruit.citrus', [9, 10, 11]], ['真龙柚', 'fruit.citrus', [10, 11, 12]], ['柑橘', 'fruit.citrus', [11, 12, 1]], ['脐橙', 'fruit.citrus', [12, 1, 2]],
  ['荔枝', 'fruit.lychee', [6, 7]], ['桂圆', 'fruit.lychee', [8, 9]], ['猕猴桃', 'fruit.kiwi', [9, 10, 11]], ['红心猕猴桃', 'fruit.kiwi', [9, 10]],
  ['樱桃', 'fruit.other', [4, 5]], ['枇杷', 'fruit.other', [4, 5]], ['李子', 'fruit.other', [6, 7, 8]], ['梨', 'fruit.other', [7, 8, 9]],
  ['特早茶', 'tea.green', [2, 3, 4]], ['明前绿茶', 'tea.green', [3, 4]], ['富硒茶', 'tea.green', [3, 4, 5]], ['红茶', 'tea.black', [4, 5, 6]], ['藏茶', 'tea.dark', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
  ['大米', 'grain.rice', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]], ['桃花米', 'grain.rice', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]], ['菜籽油', 'grain.oil', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
  ['挂面', 'grain.noodle', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]], ['红薯粉条', 'grain.noodle', [10, 11, 12, 1, 2]], ['香菇', 'dried.mushroom', [3, 4, 10, 11]],
  ['木耳', 'dried.mushroom', [5, 6, 7, 8, 9]], ['竹笋干', 'dried.bamboo', [4, 5, 6]], ['核桃', 'dried.nuts', [9, 10, 11]], ['蜂蜜', 'dried.nuts', [6, 7, 8, 9]],
  ['花椒', 'condiment.pepper', [7, 8, 9]], ['青花椒', 'condiment.pepper', [6, 7, 8]], ['辣椒', 'condiment.pepper', [8, 9, 10]], ['豆瓣酱', 'condiment.sauce', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
  ['火锅底料', 'condiment.sauce', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]], ['醪糟', 'drink.fruitwine', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]], ['土鸡蛋', 'meat.poultry', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
  ['黑山羊肉', 'meat.beef', [10, 11, 12, 1]], ['土猪肉', 'meat.pork', [11, 12, 1]], ['泡菜', 'veg.pickled', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]], ['竹编果篮', 'craft.weaving', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
];
const GRADES = ['特级', '一级', '精品', '家庭装', '礼盒装', ''];
const SPECS = ['250g', '500g', '1kg', '2.5kg', '5斤', '10斤', '3瓶', '6罐'];
// Selling points are assembled from many short phrases, as real listings vary: a phrase shared by
// a quarter of the catalogue would make every search on it a scan of the whole pool.
const POINT_HEADS = ['高山', '河谷', '梯田', '林下', '山泉', '老树', '古法', '手工', '柴火', '晒场', '富硒土壤', '生态', '林间', '江畔', '云雾', '向阳坡'];
const POINT_TAILS = ['种植', '散养', '慢熏', '晾晒', '采摘', '发酵', '炒制', '窖藏', '精选', '分拣', '直发', '包装', '冷藏', '烘焙', '腌制', '石磨'];
const POINT_SENSES = ['甜度高', '香气足', '肉质紧实', '口感软糯', '汁水充盈', '回甘明显', '麻香浓郁', '色泽红亮', '颗粒饱满', '酸甜适口', '入口即化', '耐储存', '皮薄', '无渣', '清香', '醇厚'];
const POINT_PROMISES = ['坏果包赔', '顺丰冷链', '48小时发货', '村集体品控', '一件代发', '可开发票', '支持溯源', '产地直供'];
const TAGS = ['泸州好品', '达州好品', '地理标志', '绿色食品', '有机', '乡村振兴', '巴山网上集市'];

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Townships of Sichuan (code, short place name, full name), read from the region data. */
function places(regions: RegionService) {
  const out: { code: string; short: string; full: string }[] = [];
  for (const city of regions.children('51')) {
    for (const county of regions.children(city.code)) {
      for (const town of regions.children(county.code).slice(0, 4)) {
        out.push({ code: town.code, short: county.name.replace(/(自治县|县|区|市)$/, ''), full: regions.fullName(town.code) });
      }
    }
  }
  return out;
}

async function insertChunked<T extends keyof DB & string>(db: Kysely<DB>, table: T, rows: readonly Record<string, unknown>[], chunk = 300) {
  for (let i = 0; i < rows.length; i += chunk) await db.insertInto(table).values(rows.slice(i, i + chunk) as never).execute();
}

export async function generateCatalog(db: Kysely<DB>, unitId: string, count: number, seed = 20261127): Promise<{ producerIds: { id: string; name: string }[] }> {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const regions = new RegionService();
  const where = places(regions);
  const today = shanghaiDate();
  const now = nowIso();
  const producerCount = Math.max(1, Math.round(count / 20));
  const producers: ProducersTable[] = [];
  for (let i = 0; i < producerCount; i++) {
    const place = pick(where);
    producers.push({
      id: newId(), unit_id: unitId, owner_user_id: null, name: `${place.short}${pick(['绿源', '山里', '乡味', '农家', '红岩', '清泉', '金穗'])}${pick(['合作社', '农业公司', '家庭农场', '强村公司'])}${i}`,
      type: pick(['farmer', 'coop', 'collective', 'enterprise']), region_code: place.code, address: null, contact_name: '联系人', contact_phone: '13900000000',
      credit_code: null, sc_licence_no: null, food_business_licence_no: null, bank_name: null, bank_account: null, intro: null, status: 'approved', status_note: null,
      documents_checked: 1, submitted_at: now, reviewed_at: now, reviewed_by: null, created_at: now, updated_at: now,
    });
  }
  await insertChunked(db, 'producers', producers as never, 200);
  const index = searchIndexFor(db);
  const BATCH = 1000;
  for (let start = 0; start < count; start += BATCH) {
    const products: ProductsTable[] = [];
    const tags: { product_id: string; tag: string }[] = [];
    const batches: Record<string, unknown>[] = [];
    const evidence: EvidenceTable[] = [];
    const docs: { productId: string; body: string }[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const producer = producers[Math.floor(random() * producers.length)]!;
      const [base, categoryId, months] = pick(BASES);
      const place = where.find((w) => w.code === producer.region_code)!;
      const supply = 1000 + Math.floor(random() * 20000);
      const productTags = random() < 0.5 ? [pick(TAGS)] : [];
      const name = `${place.short}${base} ${pick(GRADES)} ${pick(SPECS)}`.replace(/\s+/g, ' ').trim();
      const id = newId();
      const verified = random() < 0.9;
      const expired = random() < 0.05;
      const batchId = newId();
      const produced = addDays(today, -Math.floor(random() * 60));
      const validUntil = expired ? addDays(today, -1) : addDays(today, 30 + Math.floor(random() * 300));
      const standing = poolStanding({ verified, edible: !categoryId.startsWith('craft'), today, batches: [{ id: batchId, evidence: [{ kind: 'compliance_certificate', result: 'pass', issuedOn: produced, validUntil }] }] });
      const quality = qualityScore({
        today, edible: true,
        evidence: { hasValidComplianceCertificate: standing.inPool || (!expired), hasValidInspectionReport: false, hasValidCertification: false, newestValidIssuedOn: expired ? null : produced },
        verification: { verified, methods: verified ? ['document_check'] : [], producerSiteVisited: random() < 0.3 },
      });
      const sellingPoints = `${pick(POINT_HEADS)}${pick(POINT_TAILS)}，${pick(POINT_SENSES)}，${pick(POINT_PROMISES)}`;
      const body = searchBody([name, sellingPoints, producer.name, place.full, base, productTags.join(' ')]);
      products.push({
        id, producer_id: producer.id, unit_id: unitId,
        ...productColumns({
          name, categoryId, originRegionCode: place.code, specWeight: pick(SPECS), grade: null, packaging: null, shelfLifeDays: 30 + Math.floor(random() * 300),
          storage: pick(['ambient', 'ambient', 'chilled', 'frozen']), freeShipping: random() < 0.6, shippingExcludes: null, coldChain: random() < 0.2, sellingPoints,
          supplyPriceFen: supply, retailPriceFen: Math.round(supply * (1.3 + random())), commissionBp: 1000 + Math.floor(random() * 25) * 100,
          capacityPerDay: 50 + Math.floor(random() * 1000), capacitySeason: 1000 + Math.floor(random() * 100000), seasonMonths: months, tags: productTags, imageIds: [],
        }),
        status: verified ? 'verified' : 'submitted', status_note: null, verification_methods_json: verified ? '["document_check"]' : '[]',
        in_pool: standing.inPool ? 1 : 0, pool_valid_until: standing.validUntil, evidence_mask: standing.evidenceMask, quality_score: quality.score, quality_json: JSON.stringify(quality),
        search_text: body, verified_at: verified ? new Date(Date.now() - Math.floor(random() * 200) * 86_400_000).toISOString() : null, verified_by: null, created_by: null, created_at: now, updated_at: now,
      });
      for (const tag of productTags) tags.push({ product_id: id, tag });
      batches.push({ id: batchId, product_id: id, code: `B${i}`, trace_code: newTraceCode(), produced_on: produced, quantity: 1000, quantity_unit: '件', note: null, created_by: null, created_at: now });
      evidence.push({ id: newId(), batch_id: batchId, product_id: id, kind: 'compliance_certificate', title: '承诺达标合格证', issuer: producer.name, number: null, issued_on: produced, valid_until: validUntil, items: null, result: 'pass', file_id: null, created_by: null, created_at: now });
      docs.push({ productId: id, body });
    }
    await db.transaction().execute(async (trx) => {
      await insertChunked(trx, 'products', products as never, 200);
      await insertChunked(trx, 'product_tags', tags);
      await insertChunked(trx, 'batches', batches);
      await insertChunked(trx, 'evidence', evidence as never);
      await index.upsert(trx, docs);
    });
  }
  regions.close();
  return { producerIds: producers.map((p) => ({ id: p.id, name: p.name })) };
}
