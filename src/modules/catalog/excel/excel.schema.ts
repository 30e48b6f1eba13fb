import { z } from 'zod';

/** The row-by-row report of an Excel import (also what the web app's import page shows). */
export const importReportSchema = z.object({
  total: z.number().int(),
  valid: z.number().int(),
  imported: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const importQuerySchema = z.object({ mode: z.enum(['check', 'all', 'valid']).default('check'), unitId: z.string().optional() });
