import { z } from 'zod';

export const PLAN_MODES = ['open', 'targeted', 'exclusive'] as const;
export const PLAN_MODE_LABELS: Record<(typeof PLAN_MODES)[number], string> = { open: '开放（所有主播）', targeted: '定向（指定主播）', exclusive: '独家（一位主播，限定期限）' };

export const planInputSchema = z.object({
  mode: z.enum(PLAN_MODES),
  /** targeted: the named streamers. */
  streamerIds: z.array(z.string().min(1).max(64)).max(50, '定向主播最多 50 位').default([]),
  /** exclusive: the one streamer and the last day of the window. */
  exclusiveStreamerId: z.string().min(1).max(64).nullish(),
  exclusiveUntil: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').nullish(),
});
export type PlanInput = z.infer<typeof planInputSchema>;

const person = z.object({ userId: z.string(), displayName: z.string() });
export const planSchema = z.object({
  productId: z.string(),
  mode: z.enum(PLAN_MODES),
  streamers: z.array(person),
  exclusive: z.object({ streamer: person, until: z.string() }).nullable(),
  updatedAt: z.string().nullable(),
});
export type Plan = z.infer<typeof planSchema>;
