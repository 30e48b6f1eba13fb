import { z } from 'zod';
import { pageQuerySchema } from '../../../core/http/common.schema.js';
import { fileRefSchema, historyEntrySchema } from '../../catalog/producers/producers.schema.js';
import { productSummarySchema } from '../../catalog/products/products.schema.js';
import { SAMPLE_STATUSES } from '../rules/sample.machine.js';

const rating = z.number().int().min(1, '评分为 1–5 分').max(5, '评分为 1–5 分');

export const sampleRequestBodySchema = z.object({
  productId: z.string().min(1).max(64),
  quantity: z.number().int().min(1).max(20).default(1),
  message: z.string().trim().max(500, '留言最多 500 个字').nullish(),
  /** The session the sample is for, if already planned (YYYY-MM-DD). */
  plannedSessionOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').nullish(),
  shipTo: z.string().trim().min(5, '请填写收货地址（含收件人和电话）').max(200),
});
export type SampleRequestBody = z.infer<typeof sampleRequestBodySchema>;

export const sampleTransitionBodySchema = z.object({
  event: z.enum(['approve', 'decline', 'ship', 'receive', 'evaluate', 'cancel']),
  reason: z.string().trim().max(500).nullish(),
  carrier: z.string().trim().max(40).nullish(),
  trackingNo: z.string().trim().max(60).nullish(),
  ratings: z.object({ quality: rating, taste: rating, packaging: rating, match: rating }).nullish(),
  text: z.string().trim().max(2000).nullish(),
  /** evaluate: photos of the sample (uploaded with purpose sample_photo). */
  photoIds: z.array(z.string().min(1).max(64)).max(9, '照片最多 9 张').default([]),
});
export type SampleTransitionBody = z.infer<typeof sampleTransitionBodySchema>;

export const sampleListQuerySchema = pageQuerySchema.extend({ status: z.enum(SAMPLE_STATUSES).optional() });

const followThroughSchema = z.object({ rate: z.number().nullable(), evaluated: z.number().int(), overdue: z.number().int() });

export const sampleSummarySchema = z.object({
  id: z.string(),
  status: z.enum(SAMPLE_STATUSES),
  product: z.object({ id: z.string(), name: z.string(), producerName: z.string() }),
  streamer: z.object({ userId: z.string(), displayName: z.string() }),
  quantity: z.number().int(),
  requestedAt: z.string(),
  /** The next time limit that applies in this state, if any. */
  dueAt: z.string().nullable(),
});

export const sampleSchema = sampleSummarySchema.extend({
  productDetail: productSummarySchema.nullable(),
  message: z.string().nullable(),
  plannedSessionOn: z.string().nullable(),
  /** The address: the requester and the product's managers only. */
  shipTo: z.string(),
  /** What the producer weighs before deciding (骗样 is the commonest complaint). */
  streamerRecord: z.object({ creditScore: z.number().int(), followThrough: followThroughSchema, openRequests: z.number().int() }).nullable(),
  declineReason: z.string().nullable(),
  carrier: z.string().nullable(),
  trackingNo: z.string().nullable(),
  shippedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  receivedAutomatically: z.boolean(),
  evaluation: z
    .object({ ratings: z.object({ quality: z.number().int(), taste: z.number().int(), packaging: z.number().int(), match: z.number().int() }), text: z.string().nullable(), photos: z.array(fileRefSchema), at: z.string() })
    .nullable(),
  cancelReason: z.string().nullable(),
  history: z.array(historyEntrySchema),
  viewerIs: z.enum(['streamer', 'producer']),
  actions: z.array(z.string()),
  blockedActions: z.array(z.object({ event: z.string(), reason: z.string(), message: z.string() })),
});
export type Sample = z.infer<typeof sampleSchema>;

export const sampleListSchema = z.object({ items: z.array(sampleSummarySchema), total: z.number().int() });

export const creditSchema = z.object({
  score: z.number().int(),
  parts: z.array(z.object({ key: z.string(), label: z.string(), points: z.number(), detail: z.string() })),
  sampleQuota: z.number().int(),
  openSamples: z.number().int(),
  followThrough: followThroughSchema,
});
