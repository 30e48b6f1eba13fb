import { z } from 'zod';
import { productSummarySchema } from '../../catalog/products/products.schema.js';

export const PART_KEYS = ['category', 'audience', 'price', 'season', 'capacity', 'quality', 'local', 'reach'] as const;
export const PART_LABELS: Record<(typeof PART_KEYS)[number], string> = {
  category: '品类匹配',
  audience: '粉丝地区',
  price: '价位匹配',
  season: '应季',
  capacity: '产能匹配',
  quality: '品质分',
  local: '本地好品',
  reach: '粉丝量',
};

export const matchQuerySchema = z.object({
  /** Month of the planned session (1–12); this month when absent. */
  month: z.coerce.number().int().min(1).max(12).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const partSchema = z.object({ key: z.enum(PART_KEYS), label: z.string(), fit: z.number(), weight: z.number(), points: z.number() });

export const recommendationsSchema = z.object({
  month: z.number().int(),
  /** False until the streamer has saved a profile: the ranking then leans on season and quality only. */
  profileComplete: z.boolean(),
  items: z.array(z.object({ product: productSummarySchema, score: z.number(), parts: z.array(partSchema), reasons: z.array(z.string()) })),
});

export const streamerMatchesSchema = z.object({
  month: z.number().int(),
  items: z.array(
    z.object({
      streamer: z.object({ userId: z.string(), displayName: z.string(), unitName: z.string().nullable(), followers: z.number().int(), partyMember: z.boolean() }),
      score: z.number(),
      parts: z.array(partSchema),
      reasons: z.array(z.string()),
      /** What the producer should weigh, e.g. 其场均销量约为日产能的 5 倍. */
      cautions: z.array(z.string()),
    }),
  ),
});
