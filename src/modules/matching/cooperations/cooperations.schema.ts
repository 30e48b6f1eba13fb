import { z } from 'zod';
import { pageQuerySchema } from '../../../core/http/common.schema.js';
import { historyEntrySchema } from '../../catalog/producers/producers.schema.js';
import { COOPERATION_STATUSES, SHIPPING_MODES } from '../rules/cooperation.machine.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const bp = z.number().int().min(0).max(10_000);

export const splitSchema = z
  .object({ collectiveBp: bp, membersBp: bp, streamerBp: bp })
  .refine((s) => s.collectiveBp + s.membersBp + s.streamerBp === 10_000, { message: '集体、社员、主播三方分成合计须为 100%' });

export const proposeBodySchema = z
  .object({
    productId: z.string().min(1).max(64),
    /** Required when the producer side proposes; a streamer proposes for themselves. */
    streamerId: z.string().min(1).max(64).nullish(),
    windowFrom: day,
    windowTo: day,
    supplyPriceFen: z.number().int().min(1, '请填写供货价'),
    commissionBp: z.number().int().min(0).max(9000, '佣金比例不能超过 90%'),
    quantityCap: z.number().int().min(1, '请填写合作数量上限').max(10_000_000),
    shippingMode: z.enum(SHIPPING_MODES),
    afterSaleTerms: z.string().trim().min(2, '请写明售后约定').max(500),
    split: splitSchema.nullish(),
  })
  .refine((b) => b.windowTo >= b.windowFrom, { message: '合作结束日期不能早于开始日期', path: ['windowTo'] });
export type ProposeBody = z.infer<typeof proposeBodySchema>;

export const cooperationTransitionSchema = z.object({ event: z.enum(['accept', 'activate', 'complete', 'terminate']), reason: z.string().trim().max(500).nullish() });

export const cooperationSummarySchema = z.object({
  id: z.string(),
  status: z.enum(COOPERATION_STATUSES),
  product: z.object({ id: z.string(), name: z.string(), producerName: z.string() }),
  streamer: z.object({ userId: z.string(), displayName: z.string() }),
  proposedBySide: z.enum(['streamer', 'producer']),
  windowFrom: z.string(),
  windowTo: z.string(),
  supplyPriceFen: z.number().int(),
  commissionBp: z.number().int(),
});

export const cooperationSchema = cooperationSummarySchema.extend({
  /** The producer's supply price now, for comparison with the agreed one. */
  currentSupplyPriceFen: z.number().int(),
  quantityCap: z.number().int(),
  shippingMode: z.enum(SHIPPING_MODES),
  afterSaleTerms: z.string(),
  /** Shown to every party when a collective sells for villagers. */
  split: z.object({ collectiveBp: z.number().int(), membersBp: z.number().int(), streamerBp: z.number().int() }).nullable(),
  acceptedAt: z.string().nullable(),
  activatedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  terminateReason: z.string().nullable(),
  history: z.array(historyEntrySchema),
  viewerIs: z.enum(['streamer', 'producer']),
  actions: z.array(z.string()),
  blockedActions: z.array(z.object({ event: z.string(), reason: z.string(), message: z.string() })),
});
export type Cooperation = z.infer<typeof cooperationSchema>;

export const cooperationListQuerySchema = pageQuerySchema.extend({ status: z.enum(COOPERATION_STATUSES).optional(), productId: z.string().max(64).optional() });
export const cooperationListSchema = z.object({ items: z.array(cooperationSummarySchema), total: z.number().int() });
