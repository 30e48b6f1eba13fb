import type { Client } from './test-app.js';
import { creditCodeCheckCharacter } from '../../src/modules/catalog/rules/credit-code.js';

/** A tiny valid PNG (1×1), and other bytes for upload tests. */
export const PNG_1PX = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082', 'hex');
export const PDF_MINI = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
export const EXE_BYTES = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

let serial = 0;
/** A valid 统一社会信用代码 for a co-op in 纳溪区, different on every call. */
export function makeCreditCode(): string {
  serial += 1;
  const body = `93510503${String(process.pid % 100000).padStart(5, '0')}${String(serial).padStart(4, '0')}`.slice(0, 17);
  return body + creditCodeCheckCharacter(body);
}

export async function upload(client: Client, purpose: string, bytes: Buffer, contentType = 'application/octet-stream', name = 'file.bin') {
  return client.raw('POST', `/api/files?purpose=${purpose}&name=${encodeURIComponent(name)}`, bytes, contentType);
}

export const NAXI_VILLAGE = '510503101202'; // 护国镇沙田村, 纳溪区

export function productInput(over: Record<string, unknown> = {}) {
  return {
    name: '纳溪特早茶 明前特级 250g',
    categoryId: 'tea.green',
    originRegionCode: '510503',
    specWeight: '250g/罐',
    grade: '特级',
    packaging: '礼盒',
    shelfLifeDays: 540,
    storage: 'ambient',
    freeShipping: true,
    shippingExcludes: '新疆、西藏',
    coldChain: false,
    sellingPoints: '早春第一拨嫩芽，栗香浓郁，耐冲泡。',
    supplyPriceFen: 9800,
    retailPriceFen: 16800,
    commissionBp: 2000,
    capacityPerDay: 300,
    capacitySeason: 20000,
    seasonMonths: [2, 3, 4],
    tags: ['泸州好品', '地理标志'],
    imageIds: [],
    ...over,
  };
}
