import type { RegionService } from '../../../core/regions/regions.service.js';
import type { ProducerRow } from '../producers/producers.repo.js';
import { regionNameOf } from '../products/product-view.js';
import type { ProductRow } from '../products/products.repo.js';
import { STORAGE_LABELS } from '../products/products.schema.js';
import { PRODUCER_TYPE_LABELS, type ProducerType } from '../rules/producer-application.machine.js';
import { describeMonths, maskToMonths } from '../rules/season.js';
import { PRODUCER_COLUMNS, PRODUCT_COLUMNS, templateNotes } from './sheets.js';
import { writeWorkbook, type SheetColumn } from './workbook.js';

/** Exports use the import template's columns first, so an export can be edited and re-imported. */
export const EXPORT_ROW_LIMIT = 50_000;

const PRODUCER_STATUS_LABELS: Record<string, string> = { draft: '草稿', submitted: '待审核', approved: '已通过', rejected: '已驳回' };
const PRODUCT_STATUS_LABELS: Record<string, string> = { draft: '草稿', submitted: '待核验', verified: '已核验', rejected: '已驳回', suspended: '已暂停' };
const yuan = (fen: number) => (fen / 100).toFixed(2);
const yesNo = (v: number) => (v ? '是' : '否');

export function producersWorkbook(rows: readonly ProducerRow[], regions: RegionService): Promise<Buffer> {
  const columns: SheetColumn<ProducerRow>[] = [
    { header: '名称*', value: (r) => r.name, width: 36 },
    { header: '类型*', value: (r) => PRODUCER_TYPE_LABELS[r.type as ProducerType] ?? r.type },
    { header: '行政区划代码*', value: (r) => r.region_code, width: 16 },
    { header: '详细地址', value: (r) => r.address, width: 24 },
    { header: '联系人*', value: (r) => r.contact_name },
    // Exports go to staff who manage these records; the bank account stays out of spreadsheets.
    { header: '联系电话*', value: (r) => r.contact_phone, width: 14 },
    { header: '统一社会信用代码', value: (r) => r.credit_code, width: 22 },
    { header: '食品生产许可证编号', value: (r) => r.sc_licence_no, width: 20 },
    { header: '食品经营许可证编号', value: (r) => r.food_business_licence_no, width: 20 },
    { header: '所在地区', value: (r) => regionNameOf(regions, r.region_code), width: 36 },
    { header: '所属单位', value: (r) => r.unit_name, width: 24 },
    { header: '状态', value: (r) => PRODUCER_STATUS_LABELS[r.status] ?? r.status },
    { header: '审核意见', value: (r) => r.status_note, width: 24 },
    { header: '更新时间', value: (r) => r.updated_at.slice(0, 19).replace('T', ' '), width: 20 },
  ];
  return writeWorkbook('生产主体', columns, rows);
}

export function productsWorkbook(rows: readonly ProductRow[], regions: RegionService): Promise<Buffer> {
  const columns: SheetColumn<ProductRow>[] = [
    { header: '生产主体*', value: (r) => r.producer_name, width: 30 },
    { header: '商品名称*', value: (r) => r.name, width: 30 },
    { header: '类目*', value: (r) => r.category_name },
    { header: '产地代码*', value: (r) => r.origin_region_code, width: 14 },
    { header: '规格*', value: (r) => r.spec_weight, width: 16 },
    { header: '等级', value: (r) => r.grade },
    { header: '包装', value: (r) => r.packaging },
    { header: '保质期（天）*', value: (r) => r.shelf_life_days },
    { header: '储存方式*', value: (r) => STORAGE_LABELS[r.storage as keyof typeof STORAGE_LABELS] ?? r.storage },
    { header: '包邮*', value: (r) => yesNo(r.free_shipping) },
    { header: '不包邮地区', value: (r) => r.shipping_excludes },
    { header: '冷链', value: (r) => yesNo(r.cold_chain) },
    { header: '卖点*', value: (r) => r.selling_points, width: 40 },
    { header: '供货价（元）*', value: (r) => yuan(r.supply_price_fen) },
    { header: '建议零售价（元）*', value: (r) => yuan(r.retail_price_fen) },
    { header: '佣金比例（%）*', value: (r) => r.commission_bp / 100 },
    { header: '日产能', value: (r) => r.capacity_per_day },
    { header: '当季总产能', value: (r) => r.capacity_season },
    { header: '供应月份*', value: (r) => describeMonths(maskToMonths(r.season_mask)).replace(/月/g, '').replace(/–/g, '-') },
    { header: '预售开始', value: (r) => r.preorder_from },
    { header: '预售结束', value: (r) => r.preorder_to },
    { header: '标签', value: (r) => (JSON.parse(r.tags_json) as string[]).join('、'), width: 20 },
    { header: '产地', value: (r) => regionNameOf(regions, r.origin_region_code), width: 36 },
    { header: '状态', value: (r) => PRODUCT_STATUS_LABELS[r.status] ?? r.status },
    { header: '在选品池', value: (r) => yesNo(r.in_pool) },
    { header: '凭证有效至', value: (r) => r.pool_valid_until },
    { header: '品质分', value: (r) => r.quality_score },
    { header: '更新时间', value: (r) => r.updated_at.slice(0, 19).replace('T', ' '), width: 20 },
  ];
  return writeWorkbook('商品', columns, rows);
}

export function templateWorkbook(kind: 'producers' | 'products'): Promise<Buffer> {
  const columns = kind === 'producers' ? PRODUCER_COLUMNS : PRODUCT_COLUMNS;
  return writeWorkbook(kind === 'producers' ? '生产主体' : '商品', columns.map((c) => ({ header: c.header, value: () => null, width: Math.max(12, c.header.length * 2 + 4) })), [], templateNotes(columns));
}
