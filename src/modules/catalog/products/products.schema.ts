import { z } from 'zod';
import { pageQuerySchema } from '../../../core/http/common.schema.js';
import { fileRefSchema, historyEntrySchema } from '../producers/producers.schema.js';
import { EVIDENCE_KINDS } from '../rules/evidence-rules.js';
import { PRODUCT_STATUSES } from '../rules/product-verification.machine.js';
import { VERIFICATION_METHODS } from '../rules/quality-score.js';

export const STORAGE_KINDS = ['ambient', 'chilled', 'frozen'] as const;
export const STORAGE_LABELS: Record<(typeof STORAGE_KINDS)[number], string> = { ambient: '常温', chilled: '冷藏', frozen: '冷冻' };
/** Suggested tags; any short tag is accepted. */
export const SUGGESTED_TAGS = ['地理标志', '绿色食品', '有机', '乡村振兴', '泸州好品', '达州好品', '巴山网上集市', '金牛好品', '甘孜好物', '脱贫地区产品', '非遗'] as const;

export const productStatusSchema = z.enum(PRODUCT_STATUSES);
export const storageSchema = z.enum(STORAGE_KINDS);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const fen = z.number().int('金额以分为单位，应为整数').min(0).max(100_000_000_00);

export const productInputSchema = z
  .object({
    name: z.string().trim().min(2, '商品名称至少 2 个字').max(60),
    categoryId: z.string(),
    originRegionCode: z.string().trim().regex(/^\d{6}(\d{3}(\d{3})?)?$/, '产地行政区划代码应为 6、9 或 12 位数字'),
    specWeight: z.string().trim().min(1, '请填写规格').max(40),
    grade: z.string().trim().max(20).nullable().optional(),
    packaging: z.string().trim().max(40).nullable().optional(),
    shelfLifeDays: z.number().int().min(1, '保质期至少 1 天').max(3650),
    storage: storageSchema,
    freeShipping: z.boolean(),
    shippingExcludes: z.string().trim().max(100).nullable().optional(),
    coldChain: z.boolean(),
    sellingPoints: z.string().trim().min(1, '请填写卖点').max(1000),
    supplyPriceFen: fen,
    retailPriceFen: fen,
    /** Commission offered to streamers, basis points (2000 = 20 %). */
    commissionBp: z.number().int().min(0).max(9000, '佣金比例不能超过 90%'),
    capacityPerDay: z.number().int().min(0).max(10_000_000),
    capacitySeason: z.number().int().min(0).max(1_000_000_000),
    seasonMonths: z.array(z.number().int().min(1).max(12)).min(1, '请至少选择一个供应月份').max(12),
    preorderFrom: day.nullable().optional(),
    preorderTo: day.nullable().optional(),
    tags: z.array(z.string().trim().min(1).max(12)).max(12).default([]),
    imageIds: z.array(z.string()).max(9).default([]),
  })
  .refine((p) => p.retailPriceFen >= p.supplyPriceFen, { message: '建议零售价不能低于供货价', path: ['retailPriceFen'] })
  .refine((p) => !p.preorderFrom || !p.preorderTo || p.preorderFrom <= p.preorderTo, { message: '预售结束日期不能早于开始日期', path: ['preorderTo'] });
export type ProductInput = z.infer<typeof productInputSchema>;

export const createProductBodySchema = productInputSchema.safeExtend({ producerId: z.string() });
export const updateProductBodySchema = productInputSchema;

export const qualityPartSchema = z.object({ key: z.string(), label: z.string(), points: z.number(), max: z.number(), detail: z.string() });
export const qualitySchema = z.object({ score: z.number().int(), parts: z.array(qualityPartSchema) });

export const productSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  producerId: z.string(),
  producerName: z.string(),
  originRegionCode: z.string(),
  originName: z.string(),
  specWeight: z.string(),
  storage: storageSchema,
  freeShipping: z.boolean(),
  coldChain: z.boolean(),
  sellingPoints: z.string(),
  supplyPriceFen: z.number().int(),
  retailPriceFen: z.number().int(),
  commissionBp: z.number().int(),
  seasonMonths: z.array(z.number().int()),
  tags: z.array(z.string()),
  /** First image, for list thumbnails. */
  imageUrl: z.string().nullable(),
  status: productStatusSchema,
  inPool: z.boolean(),
  poolValidUntil: z.string().nullable(),
  qualityScore: z.number().int(),
  verifiedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ProductSummary = z.infer<typeof productSummarySchema>;

export const evidenceSchema = z.object({
  id: z.string(),
  batchId: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  title: z.string(),
  issuer: z.string(),
  number: z.string().nullable(),
  issuedOn: z.string(),
  validUntil: z.string().nullable(),
  items: z.string().nullable(),
  result: z.enum(['pass', 'fail']),
  /** Valid today. */
  valid: z.boolean(),
  file: fileRefSchema.nullable(),
  createdAt: z.string(),
});
export const batchSchema = z.object({
  id: z.string(),
  productId: z.string(),
  code: z.string(),
  traceCode: z.string(),
  producedOn: z.string(),
  quantity: z.number().int(),
  quantityUnit: z.string(),
  note: z.string().nullable(),
  /** Evidence valid today per the pool rule; `invalidReason` says why not. */
  valid: z.boolean(),
  validUntil: z.string().nullable(),
  invalidReason: z.string().nullable(),
  evidence: z.array(evidenceSchema),
  createdAt: z.string(),
});

export const productSchema = productSummarySchema.extend({
  unitId: z.string(),
  grade: z.string().nullable(),
  packaging: z.string().nullable(),
  shelfLifeDays: z.number().int(),
  shippingExcludes: z.string().nullable(),
  capacityPerDay: z.number().int(),
  capacitySeason: z.number().int(),
  preorderFrom: z.string().nullable(),
  preorderTo: z.string().nullable(),
  images: z.array(fileRefSchema),
  statusNote: z.string().nullable(),
  verificationMethods: z.array(z.enum(VERIFICATION_METHODS)),
  quality: qualitySchema,
  batches: z.array(batchSchema),
  history: z.array(historyEntrySchema),
  /** Whether the viewer may edit the product and its batches. */
  canEdit: z.boolean(),
  /** Events the viewer may fire now: submit, withdraw, verify, reject, suspend, reinstate. */
  actions: z.array(z.string()),
  /** Events the viewer could fire once a condition is met, with what is missing (in Chinese). */
  blockedActions: z.array(z.object({ event: z.string(), reason: z.string(), message: z.string() })),
  createdAt: z.string(),
});
export type Product = z.infer<typeof productSchema>;

export const productTransitionBodySchema = z.object({
  event: z.enum(['submit', 'withdraw', 'verify', 'reject', 'suspend', 'reinstate']),
  reason: z.string().trim().max(500).optional(),
  /** Verification methods used (verify). */
  methods: z.array(z.enum(VERIFICATION_METHODS)).max(3).optional(),
});

export const batchBodySchema = z.object({
  code: z.string().trim().min(1, '请填写批次号').max(40),
  producedOn: day,
  quantity: z.number().int().min(1).max(1_000_000_000),
  quantityUnit: z.string().trim().min(1).max(10).default('件'),
  note: z.string().trim().max(500).nullable().optional(),
});
export const evidenceBodySchema = z
  .object({
    kind: z.enum(EVIDENCE_KINDS),
    title: z.string().trim().min(1).max(60),
    issuer: z.string().trim().min(1, '请填写出具单位/检测机构').max(80),
    number: z.string().trim().max(60).nullable().optional(),
    issuedOn: day,
    validUntil: day.nullable().optional(),
    items: z.string().trim().max(1000).nullable().optional(),
    result: z.enum(['pass', 'fail']).default('pass'),
    fileId: z.string().nullable().optional(),
  })
  .refine((e) => !e.validUntil || e.validUntil >= e.issuedOn, { message: '有效期不能早于出具日期', path: ['validUntil'] });

export const manageProductsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  status: productStatusSchema.optional(),
  producerId: z.string().optional(),
  inPool: z.enum(['true', 'false']).optional(),
});
