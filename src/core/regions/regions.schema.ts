import { z } from 'zod';

export const REGION_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(REGION_LEVELS),
  hasChildren: z.boolean(),
});
export const regionChildrenQuerySchema = z.object({
  parent: z.string().regex(/^\d{2,9}$/, '上级区划代码应为 2–9 位数字').optional(),
});
export const regionDetailSchema = regionSchema.extend({
  path: z.array(z.object({ code: z.string(), name: z.string() })),
});
