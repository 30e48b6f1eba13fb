import { z } from 'zod';

export const clauseSchema = z.object({ number: z.number().int(), text: z.string(), source: z.string() });
export const conventionSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  note: z.string().nullable(),
  publishedAt: z.string(),
  clauses: z.array(clauseSchema),
  /** The caller's signature of this version, if any. */
  mySignature: z.object({ signedAt: z.string() }).nullable(),
});
export const publishBodySchema = z.object({
  title: z.string().trim().min(2).max(80),
  note: z.string().trim().max(500).nullable().optional(),
  clauses: z
    .array(z.object({ text: z.string().trim().min(2, '条款内容至少 2 个字').max(500), source: z.string().trim().min(1, '请注明条款依据').max(300) }))
    .min(1, '公约至少一条')
    .max(50),
});
export const coverageSchema = z.object({
  version: z.number().int(),
  signed: z.number().int(),
  total: z.number().int(),
  items: z.array(z.object({ userId: z.string(), displayName: z.string(), unitName: z.string(), signedAt: z.string().nullable() })),
});
