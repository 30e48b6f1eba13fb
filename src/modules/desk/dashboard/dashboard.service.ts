import { addDays, shanghaiDate } from '../../../core/time.js';
import type { DeskViewer } from '../desk.access.js';
import * as departments from '../departments/departments.repo.js';
import { TICKET_CATEGORIES, type TicketCategory } from '../rules/categories.js';
import { isOverdue } from '../rules/deadlines.js';
import { OPEN_TICKET_STATUSES, TICKET_STATUSES, type TicketStatus } from '../rules/ticket.machine.js';
import * as repo from '../tickets/tickets.repo.js';
import { queueOwner, type DeskDeps } from '../tickets/tickets.service.js';
import type { Dashboard } from './dashboard.schema.js';

const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);

/** A department's numbers: what is open and overdue, how fast and how well it answers. */
export function summarise(rows: readonly Pick<repo.TicketRow, 'status' | 'category' | 'due_on' | 'resolved_at' | 'handling_days' | 'rating'>[], today: string) {
  const count = <K extends string>(keys: readonly K[], of: (r: (typeof rows)[number]) => string) => keys.map((k) => ({ key: k, count: rows.filter((r) => of(r) === k).length }));
  const resolved = rows.filter((r) => r.resolved_at);
  const onTime = resolved.filter((r) => shanghaiDate(Date.parse(r.resolved_at!)) <= r.due_on).length;
  const rated = rows.filter((r) => r.rating !== null).map((r) => r.rating!);
  return {
    total: rows.length,
    byStatus: count(TICKET_STATUSES, (r) => r.status).map((x) => ({ status: x.key, count: x.count })),
    byCategory: count(TICKET_CATEGORIES, (r) => r.category).map((x) => ({ category: x.key as TicketCategory, count: x.count })).filter((x) => x.count > 0),
    open: rows.filter((r) => OPEN_TICKET_STATUSES.includes(r.status as TicketStatus)).length,
    overdue: rows.filter((r) => isOverdue(r.status as TicketStatus, r.due_on, today)).length,
    onTimeRate: resolved.length ? Math.round((onTime / resolved.length) * 1000) / 1000 : null,
    avgHandlingDays: mean(resolved.filter((r) => r.handling_days !== null).map((r) => r.handling_days!)),
    avgRating: mean(rated),
    ratings: [5, 4, 3, 2, 1].map((rating) => ({ rating, count: rated.filter((x) => x === rating).length })),
  };
}

export async function dashboard(deps: DeskDeps, viewer: DeskViewer, q: { departmentId?: string; days: number }): Promise<Dashboard> {
  const today = shanghaiDate();
  const since = `${addDays(today, -q.days)}T00:00:00.000Z`;
  const owner = await queueOwner(deps.db, viewer);
  const all = await repo.ticketsSince(deps.db, owner, since, undefined);
  const names = new Map((await departments.allDepartments(deps.db)).map((d) => [d.unit_id, d.name]));
  const seen = new Map<string, string>(owner.departmentIds.map((id) => [id, names.get(id)!]));
  for (const r of all) if (r.department_unit_id && names.has(r.department_unit_id)) seen.set(r.department_unit_id, names.get(r.department_unit_id)!);
  const rows = q.departmentId ? all.filter((r) => r.department_unit_id === q.departmentId) : all;
  return {
    departments: [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh')),
    since: since.slice(0, 10),
    ...summarise(rows, today),
    openFollowups: await repo.openFollowupCount(deps.db, rows.map((r) => r.id)),
  };
}
