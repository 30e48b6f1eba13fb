import type { z } from 'zod';
import { producerInputSchema } from '../producers/producers.schema.js';
import { productInputSchema } from '../products/products.schema.js';
import { PRODUCER_TYPE_LABELS, type ProducerType } from '../rules/producer-application.machine.js';
import { parseChoice, parseDay, parseInteger, parseList, parseMonths, parsePercentToBp, parseYesNo, parseYuanToFen, type Parsed } from './cell-parsers.js';

/**
 * The import templates: one column per input field, a Chinese header (* = required), a note and
 * an example for the 填写说明 sheet, and how its text becomes the field's value. Validation of the
 * assembled row is the API's own schema, so a row that imports is a row the API would accept.
 */
export interface ImportColumn {
  header: string;
  field: string;
  note: string;
  example: string;
  parse?: (text: string) => Parsed<unknown>;
  /** Leave the field out when the cell is empty (optional fields). */
  optional?: boolean;
}

export interface RowProblem {
  row: number;
  column: string;
  message: string;
}

const TYPE_CHOICES: Record<string, ProducerType> = {
  ...Object.fromEntries(Object.entries(PRODUCER_TYPE_LABELS).map(([k, v]) => [v, k as ProducerType])),
  ...Object.fromEntries(Object.keys(PRODUCER_TYPE_LABELS).map((k) => [k, k as ProducerType])),
  农户: 'farmer',
  合作社: 'coop',
  村集体: 'collective',
  强村公司: 'collective',
  企业: 'enterprise',
  代办人: 'agent',
};
const STORAGE_CHOICES: Record<string, 'ambient' | 'chilled' | 'frozen'> = { 常温: 'ambient', 冷藏: 'chilled', 冷冻: 'frozen', ambient: 'ambient', chilled: 'chilled', frozen: 'frozen' };

const nullable = (text: string) => (text.trim() ? text.trim() : null);

export const PRODUCER_COLUMNS: ImportColumn[] = [
  { header: '名称*', field: 'name', note: '生产主体全称', example: '泸州市纳溪区特早茶专业合作社' },
  { header: '类型*', field: 'type', note: '农户、农民专业合作社、村集体/强村公司、食品企业、代办人', example: '农民专业合作社', parse: (t) => parseChoice(t, TYPE_CHOICES, '类型') },
  { header: '行政区划代码*', field: 'regionCode', note: '所在村（12 位）或乡镇（9 位）的统计用区划代码', example: '510503101202' },
  { header: '详细地址', field: 'address', note: '', example: '护国镇沙田村3组', optional: true },
  { header: '联系人*', field: 'contactName', note: '', example: '刘芳' },
  { header: '联系电话*', field: 'contactPhone', note: '手机号或带区号座机', example: '13912345678' },
  { header: '统一社会信用代码', field: 'creditCode', note: '合作社、村集体、企业必填；18 位，含校验位', example: '', optional: true, parse: (t) => ({ ok: true, value: nullable(t)?.toUpperCase() ?? null }) },
  { header: '食品生产许可证编号', field: 'scLicenceNo', note: 'SC 加 14 位数字', example: '', optional: true, parse: (t) => ({ ok: true, value: nullable(t) }) },
  { header: '食品经营许可证编号', field: 'foodBusinessLicenceNo', note: 'JY 加 14 位数字', example: '', optional: true, parse: (t) => ({ ok: true, value: nullable(t) }) },
  { header: '开户银行', field: 'bankName', note: '', example: '泸州银行纳溪支行', optional: true },
  { header: '银行账号', field: 'bankAccount', note: '8–30 位数字', example: '', optional: true, parse: (t) => ({ ok: true, value: nullable(t.replace(/\s/g, '')) }) },
  { header: '简介', field: 'intro', note: '', example: '', optional: true },
];

export const PRODUCT_COLUMNS: ImportColumn[] = [
  { header: '生产主体*', field: 'producer', note: '已登记的生产主体名称或统一社会信用代码', example: '泸州市纳溪区特早茶专业合作社' },
  { header: '商品名称*', field: 'name', note: '', example: '纳溪特早茶 明前特级 250g' },
  { header: '类目*', field: 'categoryId', note: '最末一级类目名称，如 绿茶、柑橘柚类、腊肉香肠', example: '绿茶' },
  { header: '产地代码*', field: 'originRegionCode', note: '产地的区县（6 位）、乡镇（9 位）或村（12 位）代码', example: '510503' },
  { header: '规格*', field: 'specWeight', note: '', example: '250g/罐' },
  { header: '等级', field: 'grade', note: '', example: '特级', optional: true },
  { header: '包装', field: 'packaging', note: '', example: '礼盒', optional: true },
  { header: '保质期（天）*', field: 'shelfLifeDays', note: '整数', example: '540', parse: (t) => parseInteger(t) },
  { header: '储存方式*', field: 'storage', note: '常温、冷藏或冷冻', example: '常温', parse: (t) => parseChoice(t, STORAGE_CHOICES, '储存方式') },
  { header: '包邮*', field: 'freeShipping', note: '是或否', example: '是', parse: parseYesNo },
  { header: '不包邮地区', field: 'shippingExcludes', note: '', example: '新疆、西藏', optional: true },
  { header: '冷链', field: 'coldChain', note: '是或否，默认否', example: '否', parse: parseYesNo },
  { header: '卖点*', field: 'sellingPoints', note: '', example: '早春嫩芽，栗香浓郁' },
  { header: '供货价（元）*', field: 'supplyPriceFen', note: '最多两位小数', example: '98.00', parse: parseYuanToFen },
  { header: '建议零售价（元）*', field: 'retailPriceFen', note: '不低于供货价', example: '168.00', parse: parseYuanToFen },
  { header: '佣金比例（%）*', field: 'commissionBp', note: '如 20 表示 20%', example: '20', parse: parsePercentToBp },
  { header: '日产能', field: 'capacityPerDay', note: '件/天，整数', example: '300', parse: (t) => parseInteger(t, 0) },
  { header: '当季总产能', field: 'capacitySeason', note: '件，整数', example: '20000', parse: (t) => parseInteger(t, 0) },
  { header: '供应月份*', field: 'seasonMonths', note: '如 2-4、9,10 或 全年；11-2 表示跨年', example: '2-4', parse: parseMonths },
  { header: '预售开始', field: 'preorderFrom', note: '日期，如 2026-03-01', example: '', optional: true, parse: parseDay },
  { header: '预售结束', field: 'preorderTo', note: '日期', example: '', optional: true, parse: parseDay },
  { header: '标签', field: 'tags', note: '用顿号或逗号分隔：地理标志、绿色食品、有机、泸州好品…', example: '泸州好品、地理标志', parse: (t) => ({ ok: true, value: parseList(t) }) },
];

export const templateNotes = (columns: readonly ImportColumn[]) => ({
  title: '填写说明',
  lines: [['列', '说明（带 * 的列必填）；示例'], ...columns.map((c) => [c.header, `${c.note}${c.example ? `　示例：${c.example}` : ''}`])],
});

/**
 * One sheet row → the raw input object and the problems found reading its cells. Missing
 * required columns are reported by the schema check that follows.
 */
export function readRow(columns: readonly ImportColumn[], rowNumber: number, cells: Map<string, string>) {
  const input: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  /** Fields already reported: the schema check that follows must not report them again. */
  const reported = new Set<string>();
  for (const c of columns) {
    const text = cells.get(c.header.replace(/\s+/g, '')) ?? cells.get(c.header.replace('*', '')) ?? '';
    if (!text.trim()) {
      if (c.parse && !c.optional && !c.header.endsWith('*')) {
        const r = c.parse('');
        if (r.ok) input[c.field] = r.value;
      }
      continue;
    }
    if (!c.parse) {
      input[c.field] = text.trim();
      continue;
    }
    const r = c.parse(text);
    if (r.ok) input[c.field] = r.value;
    else {
      problems.push({ row: rowNumber, column: c.header.replace('*', ''), message: r.message });
      reported.add(c.field);
    }
  }
  return { input, problems, reported };
}

/** Schema issues as row problems, named by the column the field came from. */
export function schemaProblems(columns: readonly ImportColumn[], rowNumber: number, error: z.ZodError, skipFields: ReadonlySet<string>): RowProblem[] {
  const headerOf = new Map(columns.map((c) => [c.field, c.header.replace('*', '')]));
  const out: RowProblem[] = [];
  const seen = new Set(skipFields);
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    // One problem per column: the first says what is wrong; a second adds noise.
    if (seen.has(field)) continue;
    seen.add(field);
    const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
    out.push({ row: rowNumber, column: headerOf.get(field) ?? field, message: missing ? '必填' : issue.message });
  }
  return out;
}

export const producerRowSchema = producerInputSchema;
export const productRowSchema = productInputSchema;
