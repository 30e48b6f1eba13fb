import { z } from 'zod';
import { pageOf } from '../../../core/http/common.schema.js';
import { EVIDENCE_KINDS } from '../rules/evidence-rules.js';
import { STORAGE_KINDS, productSummarySchema } from '../products/products.schema.js';

export const SEARCH_SORTS = ['relevance', 'quality', 'price_asc', 'price_desc', 'newest'] as const;
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

/** GET /api/catalog/products: the selection pool (verified products with valid evidence). */
export const searchQuerySchema = z.object({
  q: z.string().trim().max(64).optional(),
  categoryId: z.string().max(40).optional(),
  /** Origin region code prefix: 51 (四川), 5105 (泸州), 510503 (纳溪区)… */
  regionCode: z.string().regex(/^\d{2,12}$/, '地区代码应为数字').optional(),
  priceMinFen: z.coerce.number().int().min(0).optional(),
  priceMaxFen: z.coerce.number().int().min(0).optional(),
  commissionMinBp: z.coerce.number().int().min(0).max(10000).optional(),
  /** In season in this month (1–12); `inSeason=true` means the current month in Asia/Shanghai. */
  month: z.coerce.number().int().min(1).max(12).optional(),
  inSeason: bool.optional(),
  storage: z.enum(STORAGE_KINDS).optional(),
  freeShipping: bool.optional(),
  qualityMin: z.coerce.number().int().min(0).max(100).optional(),
  /** Comma-separated; a product must carry every tag. */
  tags: z.string().max(200).optional(),
  evidenceKind: z.enum(EVIDENCE_KINDS).optional(),
  sort: z.enum(SEARCH_SORTS).default('relevance'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const searchResultSchema = pageOf(productSummarySchema).extend({
  /** The terms the query was read as (each an OR of synonyms), so the UI can show them. */
  terms: z.array(z.array(z.string())),
});

export const synonymGroupSchema = z.object({ id: z.string(), words: z.array(z.string()), updatedAt: z.string() });
export const synonymBodySchema = z.object({
  words: z.array(z.string().trim().min(1).max(20)).min(2, '同义词组至少包含 2 个词').max(20),
});

export const categorySchema = z.object({ id: z.string(), parentId: z.string().nullable(), name: z.string(), edible: z.boolean() });
