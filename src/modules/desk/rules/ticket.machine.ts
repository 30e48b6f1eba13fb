import { defineMachine, type GuardResult } from '../../../core/fsm/fsm.js';

export const TICKET_STATUSES = ['submitted', 'assigned', 'in_progress', 'resolved', 'reopened', 'returned', 'closed', 'withdrawn'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  submitted: '待分派',
  assigned: '已分派',
  in_progress: '办理中',
  resolved: '已办结待评价',
  reopened: '重新办理',
  returned: '已退回待改派',
  closed: '已关闭',
  withdrawn: '已撤回',
};

/** States whose time limit is running: the department (or the dispatcher) still owes an answer. */
export const OPEN_TICKET_STATUSES: readonly TicketStatus[] = ['submitted', 'assigned', 'in_progress', 'reopened', 'returned'];
/** States in which an officer holds the ticket: it can be resolved, handed on or extended. */
export const IN_HAND_STATUSES = ['assigned', 'in_progress', 'reopened'] as const satisfies readonly TicketStatus[];

/**
 * Who is acting on a ticket:
 * - requester: who filed it;
 * - officer: a dept_officer of the department it is routed to; assignee: the officer it is assigned to;
 * - head: a head of that department;
 * - dispatcher: base staff or an admin over the requester's unit (they re-route returned tickets);
 * - system: the sweep (auto-close).
 */
export type TicketActorRole = 'requester' | 'officer' | 'assignee' | 'head' | 'dispatcher' | 'system';

export interface TicketFacts {
  officerChosen: boolean;
  reason: string | null;
  resolution: string | null;
  rating: number | null;
  departmentChosen: boolean;
}

const needs = (ok: (f: TicketFacts) => boolean, reason: string, message: string) => (f: TicketFacts): GuardResult => (ok(f) ? true : { reason, message });
const withReason = needs((f) => Boolean(f.reason?.trim()), 'reason_missing', '请填写原因');
const withOfficer = needs((f) => f.officerChosen, 'officer_missing', '请选择本部门的经办人');
const withResolution = needs((f) => (f.resolution?.trim().length ?? 0) >= 5, 'resolution_missing', '请写明办理结果（至少 5 个字）');
const withRating = needs((f) => f.rating !== null && Number.isInteger(f.rating) && f.rating >= 1 && f.rating <= 5, 'rating_missing', '请选择 1–5 分的满意度');
const withDepartment = needs((f) => f.departmentChosen, 'department_missing', '请选择改派的部门');

/**
 * A service ticket, after the 12345 practice (SPEC §2.4): submitted (routed to a department) →
 * assigned (to an officer; the department head may hand it to another officer) → in_progress → resolved → closed (rated by the requester, or by itself
 * 7 days after resolution); resolved → reopened when the answer did not solve it; a wrongly routed
 * ticket is returned with a reason and re-routed by base staff; the requester may withdraw it
 * before work has started.
 */
export const ticketMachine = defineMachine<TicketStatus, TicketFacts>({
  name: 'service_ticket',
  states: TICKET_STATUSES,
  initial: 'submitted',
  terminal: ['closed', 'withdrawn'],
  transitions: [
    { event: 'assign', from: 'submitted', to: 'assigned', roles: ['officer', 'head'], guard: withOfficer },
    { event: 'reassign', from: IN_HAND_STATUSES, to: 'assigned', roles: ['head'], guard: withOfficer },
    { event: 'start', from: ['assigned', 'reopened'], to: 'in_progress', roles: ['assignee', 'head'] },
    { event: 'resolve', from: IN_HAND_STATUSES, to: 'resolved', roles: ['assignee', 'head'], guard: withResolution },
    { event: 'return', from: ['submitted', 'assigned'], to: 'returned', roles: ['officer', 'head'], guard: withReason },
    { event: 'reroute', from: 'returned', to: 'submitted', roles: ['dispatcher'], guard: withDepartment },
    { event: 'close', from: 'resolved', to: 'closed', roles: ['requester'], guard: withRating },
    { event: 'auto_close', from: 'resolved', to: 'closed', roles: ['system'] },
    { event: 'reopen', from: 'resolved', to: 'reopened', roles: ['requester'], guard: withReason },
    { event: 'withdraw', from: ['submitted', 'assigned', 'returned'], to: 'withdrawn', roles: ['requester'] },
  ],
});

export const TICKET_EVENT_LABELS: Record<string, string> = {
  submit: '提交',
  assign: '分派',
  reassign: '改派经办人',
  start: '开始办理',
  resolve: '办结',
  return: '退回',
  reroute: '改派',
  close: '评价并关闭',
  auto_close: '到期自动关闭',
  reopen: '重新办理',
  withdraw: '撤回',
  extension_requested: '申请延期',
  extension_approved: '延期获批',
  extension_declined: '延期被驳回',
  remind: '临期提醒',
  escalate: '超期督办',
  followup_done: '完成回访',
};
