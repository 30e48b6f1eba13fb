import { z } from 'zod';
import { pageQuerySchema } from '../../../core/http/common.schema.js';
import { historyEntrySchema } from '../../catalog/producers/producers.schema.js';
import { findingSchema } from '../../compliance/check.schema.js';
import { PLATFORMS } from '../profiles/profiles.schema.js';
import { SESSION_STATUSES } from '../rules/session.machine.js';

const instant = z.iso.datetime({ offset: true, message: '时间格式应为 ISO 8601，如 2026-12-01T20:00:00+08:00' });

export const sessionInputSchema = z
  .object({
    platform: z.enum(PLATFORMS),
    title: z.string().trim().min(2, '请填写直播标题').max(80),
    startsAt: instant,
    endsAt: instant,
    roomUrl: z.url('直播间链接格式不正确').max(300).nullish(),
    script: z.string().max(200_000, '话术最多 200,000 字').default(''),
    partyDemo: z.boolean().default(false),
    products: z
      .array(z.object({ cooperationId: z.string().min(1).max(64), livePriceFen: z.number().int().min(1, '请填写直播价'), stock: z.number().int().min(1, '请填写备货数量') }))
      .max(50, '一场最多 50 个商品')
      .default([]),
  })
  .refine((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), { message: '结束时间须晚于开始时间', path: ['endsAt'] });
export type SessionInput = z.infer<typeof sessionInputSchema>;

export const sessionTransitionSchema = z.object({ event: z.enum(['schedule', 'revise', 'go_live', 'end', 'cancel']), reason: z.string().trim().max(500).nullish() });
export const overrideBodySchema = z.object({ reason: z.string().trim().min(4, '请写明放行理由（至少 4 个字）').max(500) });
export const reportBodySchema = z.object({
  products: z.array(z.object({ productId: z.string().min(1).max(64), unitsSold: z.number().int().min(0), gmvFen: z.number().int().min(0), unitsRefunded: z.number().int().min(0), complaints: z.number().int().min(0) })).min(1),
});

const sessionProductSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  cooperationId: z.string(),
  livePriceFen: z.number().int(),
  stock: z.number().int(),
  supplyPriceFen: z.number().int(),
  retailPriceFen: z.number().int(),
  marks: z.array(z.enum(['below_supply', 'far_below_retail'])),
  report: z.object({ unitsSold: z.number().int(), gmvFen: z.number().int(), unitsRefunded: z.number().int(), complaints: z.number().int() }).nullable(),
});

export const sessionSummarySchema = z.object({
  id: z.string(),
  status: z.enum(SESSION_STATUSES),
  streamer: z.object({ userId: z.string(), displayName: z.string() }),
  platform: z.enum(PLATFORMS),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  partyDemo: z.boolean(),
  scriptMustFix: z.number().int(),
  reportDueAt: z.string().nullable(),
  reportOverdue: z.boolean(),
});

export const sessionSchema = sessionSummarySchema.extend({
  roomUrl: z.string().nullable(),
  script: z.string(),
  /** The script checked against the lexicon in force, with every finding (offsets into `script`). */
  scriptCheck: z.object({ lexiconVersion: z.number().int(), mustFix: z.number().int(), caution: z.number().int(), findings: z.array(findingSchema) }),
  override: z.object({ reason: z.string(), byName: z.string().nullable(), at: z.string() }).nullable(),
  products: z.array(sessionProductSchema),
  /** Other scheduled or live sessions selling one of these products in an overlapping window. */
  clashes: z.array(z.object({ sessionId: z.string(), productId: z.string(), productName: z.string(), streamerName: z.string(), startsAt: z.string(), endsAt: z.string() })),
  cancelReason: z.string().nullable(),
  history: z.array(historyEntrySchema),
  viewerIs: z.enum(['streamer', 'staff']),
  actions: z.array(z.string()),
  blockedActions: z.array(z.object({ event: z.string(), reason: z.string(), message: z.string() })),
  canOverride: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionListQuerySchema = pageQuerySchema.extend({ status: z.enum(SESSION_STATUSES).optional() });
export const sessionListSchema = z.object({ items: z.array(sessionSummarySchema), total: z.number().int() });

export const priceBoardSchema = z.object({
  product: z.object({ id: z.string(), name: z.string(), supplyPriceFen: z.number().int(), retailPriceFen: z.number().int() }),
  farBelowRatio: z.number(),
  sessions: z.array(
    z.object({
      sessionId: z.string(),
      streamerName: z.string(),
      status: z.enum(SESSION_STATUSES),
      startsAt: z.string(),
      endsAt: z.string(),
      livePriceFen: z.number().int(),
      marks: z.array(z.enum(['below_supply', 'far_below_retail'])),
      clashesWith: z.array(z.string()),
    }),
  ),
});
