import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const calendarEntrySchema = z.object({
  date: isoDate,
  /** holiday: a day off on a weekday; workday: a make-up working day (调休上班) on a weekend. */
  kind: z.enum(['holiday', 'workday']),
  name: z.string().trim().min(1).max(40),
});
export const calendarYearSchema = z.object({
  year: z.number().int(),
  /** package: published data shipped in chinese-days; admin: entered in the app; none: provisional. */
  source: z.enum(['package', 'admin', 'none']),
  entries: z.number().int(),
});
export const calendarYearsSchema = z.object({ items: z.array(calendarYearSchema) });
export const yearParamsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const putYearBodySchema = z.object({ entries: z.array(calendarEntrySchema).max(200) });
export const yearEntriesSchema = z.object({ year: z.number().int(), source: z.enum(['package', 'admin', 'none']), entries: z.array(calendarEntrySchema) });
export const calendarCheckQuerySchema = z.object({
  date: isoDate,
  add: z.coerce.number().int().min(-366).max(366).default(0),
});
export const calendarCheckSchema = z.object({
  date: isoDate,
  isWorkingDay: z.boolean(),
  /** `date` plus `add` working days */
  result: isoDate,
  /** true when the computation touched a year with no official holiday data */
  provisional: z.boolean(),
});
