import { z } from 'zod';
import { TICKET_CATEGORIES } from '../rules/categories.js';
import { TICKET_STATUSES } from '../rules/ticket.machine.js';

export const dashboardQuerySchema = z.object({
  departmentId: z.string().min(1).max(64).optional(),
  /** Tickets filed in the last N days (default 90). */
  days: z.coerce.number().int().min(7).max(730).default(90),
});

export const dashboardSchema = z.object({
  departments: z.array(z.object({ id: z.string(), name: z.string() })),
  since: z.string(),
  total: z.number().int(),
  byStatus: z.array(z.object({ status: z.enum(TICKET_STATUSES), count: z.number().int() })),
  byCategory: z.array(z.object({ category: z.enum(TICKET_CATEGORIES), count: z.number().int() })),
  open: z.number().int(),
  overdue: z.number().int(),
  /** Share (0–1) of resolved tickets resolved within the time limit (null when none resolved). */
  onTimeRate: z.number().nullable(),
  /** Mean working days from filing to resolution. */
  avgHandlingDays: z.number().nullable(),
  avgRating: z.number().nullable(),
  /** How many ratings of each value 1–5. */
  ratings: z.array(z.object({ rating: z.number().int(), count: z.number().int() })),
  /** Open follow-up calls after bad ratings. */
  openFollowups: z.number().int(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
