import { z } from 'zod';
import { DEPARTMENT_KINDS, TICKET_CATEGORIES } from '../rules/categories.js';

export const departmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(DEPARTMENT_KINDS),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  active: z.boolean(),
  heads: z.array(z.object({ userId: z.string(), displayName: z.string() })),
  officers: z.array(z.object({ userId: z.string(), displayName: z.string() })),
});
export type Department = z.infer<typeof departmentSchema>;
export const departmentListSchema = z.object({ items: z.array(departmentSchema) });

export const departmentBodySchema = z.object({
  kind: z.enum(DEPARTMENT_KINDS, '请选择部门类别'),
  /** Officers of the department marked as its heads. */
  headUserIds: z.array(z.string().min(1).max(64)).max(10).default([]),
});

export const routingQuerySchema = z.object({
  /** GB/T 2260 code of the region; '' (or omitted) for the default that applies everywhere. */
  regionCode: z.string().regex(/^\d{0,12}$/, '地区代码应为数字').default(''),
});

const routeEntrySchema = z.object({
  category: z.enum(TICKET_CATEGORIES),
  kind: z.enum(DEPARTMENT_KINDS),
  /** Where the rule comes from: set for this region, inherited from a wider region, or the default. */
  source: z.enum(['region', 'inherited', 'default']),
  /** The department a ticket of this category filed in this region would reach now. */
  department: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const routingSchema = z.object({
  regionCode: z.string(),
  regionName: z.string().nullable(),
  entries: z.array(routeEntrySchema),
});

export const routingBodySchema = z.object({
  regionCode: z.string().regex(/^\d{0,12}$/, '地区代码应为数字'),
  /** The categories this region routes differently; the others follow the wider region or the default. */
  rules: z.array(z.object({ category: z.enum(TICKET_CATEGORIES), kind: z.enum(DEPARTMENT_KINDS) })).max(TICKET_CATEGORIES.length),
});
