import type { Sweep } from '../../core/sweeps.js';
import { recordAudit, SYSTEM_ACTOR } from '../../core/audit/audit.service.js';
import { inTransaction } from '../../core/db/transaction.js';
import { recordTransition } from '../../core/fsm/workflow-events.repo.js';
import { notify } from '../../core/notifications/notifications.service.js';
import { addDays, nowIso, shanghaiDate } from '../../core/time.js';
import { clockSteps } from './rules/deadlines.js';
import { AUTO_CLOSE_DAYS } from './rules/categories.js';
import type { TicketStatus } from './rules/ticket.machine.js';
import * as repo from './tickets/tickets.repo.js';
import { dispatchersOf, MACHINE, type DeskDeps } from './tickets/tickets.service.js';
import { applyTicketStep, headsOrOfficers } from './tickets/tickets.workflow.js';
import * as departments from './departments/departments.repo.js';

/**
 * Calendar days ahead within which a due date may already call for a reminder (the working day
 * before it can lie a long holiday away); the pure rule then decides exactly.
 */
const REMIND_HORIZON_DAYS = 12;

/**
 * The service desk's clock (SPEC §2.4): a reminder to whoever holds an open ticket on the working
 * day before its limit, escalation to the department's heads and to base staff and admins once the
 * limit has passed, and auto-close 7 days after resolution. Each ticket is re-read and decided in
 * its own transaction and each step stamps the ticket, so a second run or a second node does nothing.
 */
export async function sweepTickets(deps: DeskDeps, now = nowIso()): Promise<{ remind: number; escalate: number; auto_close: number }> {
  const done = { remind: 0, escalate: 0, auto_close: 0 };
  const cal = await deps.calendar.current();
  const today = shanghaiDate(Date.parse(now));
  const cutoff = { today, remindHorizon: addDays(today, REMIND_HORIZON_DAYS), resolvedBefore: new Date(Date.parse(now) - AUTO_CLOSE_DAYS * 86_400_000).toISOString() };
  for (const id of await repo.dueForSweep(deps.db, cutoff, 5000)) {
    await inTransaction(deps.db, async (trx) => {
      const row = await repo.findTicket(trx, id);
      if (!row) return;
      const steps = clockSteps(cal, { status: row.status as TicketStatus, dueOn: row.due_on, remindedAt: row.reminded_at, escalatedAt: row.escalated_at, resolvedAt: row.resolved_at }, now, today);
      for (const step of steps) {
        if (step === 'auto_close') {
          await applyTicketStep(trx, cal, row, 'auto_close', ['system'], { userId: null, viewer: null });
        } else {
          const link = `/desk/tickets/${row.id}`;
          if (step === 'remind') {
            await repo.updateTicket(trx, row.id, { reminded_at: now });
            const to = row.status === 'returned' ? await dispatchersOf(trx, row.unit_path) : row.officer_id ? [row.officer_id] : row.department_unit_id ? (await departments.officersOf(trx, row.department_unit_id)).map((o) => o.id) : [];
            await notify(trx, to, { kind: 'desk.ticket.remind', title: `工单 ${row.ticket_no} 将于 ${row.due_on} 到期`, body: `${row.title}，请抓紧办理。`, link });
          } else {
            await repo.updateTicket(trx, row.id, { escalated_at: now, reminded_at: row.reminded_at ?? now });
            const to = [...new Set([...(await headsOrOfficers(trx, row.department_unit_id)), ...(await dispatchersOf(trx, row.unit_path))])];
            await notify(trx, to, { kind: 'desk.ticket.escalate', title: `工单 ${row.ticket_no} 已超期（期限 ${row.due_on}）`, body: `${row.department_name ?? '未分派'}：${row.title}`, link });
          }
          await recordTransition(trx, { machine: MACHINE, entityId: row.id, from: row.status, to: row.status, event: step, actorId: null, note: `办理期限 ${row.due_on}` });
          await recordAudit(trx, SYSTEM_ACTOR, { action: `desk.ticket.${step}`, entityType: 'desk_ticket', entityId: row.id, after: { dueOn: row.due_on } });
        }
        done[step] += 1;
      }
    });
  }
  return done;
}

/** Every 15 minutes: the limits are working days long, but a reminder should come early in the day. */
export function deskSweeps(deps: Omit<DeskDeps, 'db'>): Sweep[] {
  return [{ name: 'desk.ticket-clock', everyMs: 15 * 60_000, run: (db) => sweepTickets({ ...deps, db }) }];
}
