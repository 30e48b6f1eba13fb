import type { Kysely } from 'kysely';
import { recordAudit, SYSTEM_ACTOR } from '../../../core/audit/audit.service.js';
import type { WorkingCalendar } from '../../../core/calendar/working-days.js';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/fsm/workflow-events.repo.js';
import { newId } from '../../../core/ids.js';
import { notify } from '../../../core/notifications/notifications.service.js';
import { nowIso, shanghaiDate } from '../../../core/time.js';
import { deskActor, type DeskViewer } from '../desk.access.js';
import * as departments from '../departments/departments.repo.js';
import { FOLLOW_UP_AT_OR_BELOW, RATING_LABELS, type TicketType } from '../rules/categories.js';
import { extendedDueOn, followUpDueOn, handlingWorkingDays } from '../rules/deadlines.js';
import { IN_HAND_STATUSES, ticketMachine, type TicketActorRole, type TicketFacts, type TicketStatus } from '../rules/ticket.machine.js';
import type { DeskTicketsTable } from '../desk.tables.js';
import * as repo from './tickets.repo.js';
import { dispatchersOf, dueFor, getTicket, MACHINE, relationsOf, visibleTicket, type DeskDeps } from './tickets.service.js';
import type { Ticket, TicketTransitionBody } from './tickets.schema.js';

type Step = Partial<TicketTransitionBody>;
interface StepActor {
  userId: string | null;
  viewer: DeskViewer | null;
}

const link = (id: string) => `/desk/tickets/${id}`;

/** Who hears about a ticket's department side: its assignee, else all its officers. */
async function handlersOf(db: Kysely<DB>, row: repo.TicketRow): Promise<string[]> {
  if (row.officer_id) return [row.officer_id];
  return row.department_unit_id ? (await departments.officersOf(db, row.department_unit_id)).map((o) => o.id) : [];
}

/** The department's heads; a department without a head escalates to all its officers. */
export async function headsOrOfficers(db: Kysely<DB>, departmentId: string | null): Promise<string[]> {
  if (!departmentId) return [];
  const heads = await departments.headsOf(db, [departmentId]);
  return heads.length ? heads.map((h) => h.user_id) : (await departments.officersOf(db, departmentId)).map((o) => o.id);
}

/**
 * Applies one step of the ticket machine inside the caller's transaction: checks it against the
 * table, writes the ticket, its history and audit row, and tells whoever must act next.
 */
export async function applyTicketStep(trx: Kysely<DB>, cal: WorkingCalendar, row: repo.TicketRow, event: string, roles: readonly TicketActorRole[], actor: StepActor, body: Step = {}): Promise<TicketStatus> {
  const officerOk = Boolean(body.officerId && row.department_unit_id && (await departments.isOfficerOf(trx, row.department_unit_id, body.officerId)));
  const target = event === 'reroute' && body.departmentId ? await departments.findDepartment(trx, body.departmentId) : undefined;
  const facts: TicketFacts = {
    officerChosen: officerOk,
    reason: body.reason ?? null,
    resolution: body.resolution ?? null,
    rating: body.rating ?? null,
    departmentChosen: Boolean(target && target.active === 1),
  };
  const to = ticketMachine.apply(row.status as TicketStatus, event, facts, roles);
  const now = nowIso();
  const today = shanghaiDate(Date.parse(now));
  const set: Partial<DeskTicketsTable> = { status: to, updated_at: now };
  let note: string | null = body.reason ?? null;
  switch (event) {
    case 'assign':
    case 'reassign':
      set.officer_id = body.officerId!;
      note = (await departments.officersOf(trx, row.department_unit_id!)).find((o) => o.id === body.officerId)?.display_name ?? null;
      break;
    case 'resolve':
      Object.assign(set, { resolution: body.resolution, resolved_by: actor.userId, resolved_at: now, handling_days: handlingWorkingDays(cal, shanghaiDate(Date.parse(row.submitted_at)), today) });
      note = body.resolution ?? null;
      break;
    case 'return':
      Object.assign(set, { return_reason: body.reason, officer_id: null });
      break;
    case 'reroute':
      // The right department gets the full limit from today (see rules/deadlines.ts).
      Object.assign(set, { department_unit_id: target!.unit_id, officer_id: null, ...dueFor(cal, today, row.type as TicketType), extended_days: 0, reminded_at: null, escalated_at: null });
      note = `改派至${target!.name}${body.reason ? `：${body.reason}` : ''}`;
      break;
    case 'close':
      Object.assign(set, { rating: body.rating, rating_comment: body.comment || null, closed_at: now });
      note = `${RATING_LABELS[body.rating!]}${body.comment ? `：${body.comment}` : ''}`;
      break;
    case 'auto_close':
      Object.assign(set, { closed_at: now, auto_closed: 1 });
      note = '办结后 7 天未评价，自动关闭';
      break;
    case 'reopen':
      Object.assign(set, { reopen_count: row.reopen_count + 1, resolution: null, resolved_at: null, resolved_by: null, handling_days: null, ...dueFor(cal, today, row.type as TicketType), extended_days: 0, reminded_at: null, escalated_at: null });
      break;
    case 'withdraw':
      set.closed_at = now;
      break;
  }
  await repo.updateTicket(trx, row.id, set);
  await recordTransition(trx, { machine: MACHINE, entityId: row.id, from: row.status, to, event, actorId: actor.userId, note });
  const auditActor = actor.viewer ? deskActor(actor.viewer, { unitPath: row.unit_path, departmentPath: row.department_path }) : SYSTEM_ACTOR;
  await recordAudit(trx, auditActor, { action: `desk.ticket.${event}`, entityType: 'desk_ticket', entityId: row.id, before: { status: row.status, department: row.department_unit_id, officer: row.officer_id }, after: { status: to, ...set } });
  await tellAfterStep(trx, cal, row, event, body, today);
  return to;
}

async function tellAfterStep(trx: Kysely<DB>, cal: WorkingCalendar, row: repo.TicketRow, event: string, body: Step, today: string) {
  const no = row.ticket_no;
  const toRequester = (title: string, text: string) => notify(trx, row.requester_id, { kind: `desk.ticket.${event}`, title, body: text, link: link(row.id) });
  switch (event) {
    case 'assign':
      await notify(trx, body.officerId!, { kind: 'desk.ticket.assigned', title: `工单 ${no} 分派给您`, body: `${row.title}，请在 ${row.due_on} 前办结。`, link: link(row.id) });
      await toRequester(`您的诉求 ${no} 已受理`, `${row.department_name ?? ''}已安排专人办理。`);
      break;
    case 'reassign':
      await notify(trx, body.officerId!, { kind: 'desk.ticket.assigned', title: `工单 ${no} 改由您办理`, body: `${row.title}，请在 ${row.due_on} 前办结。`, link: link(row.id) });
      break;
    case 'start':
      await toRequester(`您的诉求 ${no} 正在办理`, `${row.department_name ?? ''}已开始办理。`);
      break;
    case 'resolve':
      await toRequester(`您的诉求 ${no} 已办结，请评价`, `${body.resolution}（7 天内未评价将自动关闭）`);
      break;
    case 'return':
      await notify(trx, await dispatchersOf(trx, row.unit_path), { kind: 'desk.ticket.returned', title: `工单 ${no} 被退回，请改派`, body: `${row.department_name ?? ''}退回：${body.reason}`, link: link(row.id) });
      await toRequester(`您的诉求 ${no} 正在转办`, '承办部门认为不属其职责，基地将改派到对应部门。');
      break;
    case 'reroute': {
      const officers = await departments.officersOf(trx, body.departmentId!);
      await notify(trx, officers.map((o) => o.id), { kind: 'desk.ticket.submitted', title: `新工单待分派 ${no}`, body: row.title, link: link(row.id) });
      await toRequester(`您的诉求 ${no} 已转交对应部门`, '办理时限从今天起重新计算。');
      break;
    }
    case 'close': {
      await notify(trx, await handlersOf(trx, row), { kind: 'desk.ticket.rated', title: `工单 ${no} 评价：${RATING_LABELS[body.rating!]}`, body: body.comment || row.title, link: link(row.id) });
      if (body.rating! <= FOLLOW_UP_AT_OR_BELOW && row.department_unit_id) {
        const due = followUpDueOn(cal, today);
        await repo.insertFollowup(trx, { id: newId(), ticket_id: row.id, department_unit_id: row.department_unit_id, due_on: due, status: 'open', note: null, done_by: null, done_at: null, created_at: nowIso() });
        await notify(trx, await headsOrOfficers(trx, row.department_unit_id), { kind: 'desk.followup.created', title: `差评回访 ${no}`, body: `诉求人评价“${RATING_LABELS[body.rating!]}”，请在 ${due} 前回访。`, link: '/desk/followups' });
      }
      break;
    }
    case 'auto_close':
      await toRequester(`您的诉求 ${no} 已自动关闭`, '办结后 7 天未评价，系统已自动关闭。');
      break;
    case 'reopen':
      await notify(trx, await handlersOf(trx, row), { kind: 'desk.ticket.reopened', title: `工单 ${no} 被要求重新办理`, body: body.reason ?? '', link: link(row.id) });
      break;
    case 'withdraw':
      await notify(trx, await handlersOf(trx, row), { kind: 'desk.ticket.withdrawn', title: `工单 ${no} 已被诉求人撤回`, body: row.title, link: link(row.id) });
      break;
  }
}

export async function transitionTicket(deps: DeskDeps, viewer: DeskViewer, id: string, body: TicketTransitionBody): Promise<Ticket> {
  const cal = await deps.calendar.current();
  await deps.db.transaction().execute(async (trx) => {
    const { row, relations } = await visibleTicket(trx, viewer, id);
    await applyTicketStep(trx, cal, row, body.event, relations, { userId: viewer.userId, viewer }, body);
  });
  return getTicket(deps, viewer, id);
}

/** Assigns several waiting tickets to one officer; those that cannot be assigned are listed with the reason. */
export async function bulkAssign(deps: DeskDeps, viewer: DeskViewer, body: { ids: string[]; officerId: string }) {
  const cal = await deps.calendar.current();
  const assigned: string[] = [];
  const skipped: { id: string; ticketNo: string | null; message: string }[] = [];
  await deps.db.transaction().execute(async (trx) => {
    for (const id of [...new Set(body.ids)]) {
      const row = await repo.findTicket(trx, id);
      const relations = row ? await relationsOf(trx, viewer, row) : [];
      if (!row || !relations.some((r) => r === 'officer' || r === 'head')) {
        skipped.push({ id, ticketNo: row?.ticket_no ?? null, message: '不是本部门的工单' });
        continue;
      }
      // The machine's checks run before any write, so a refused ticket leaves nothing behind.
      try {
        await applyTicketStep(trx, cal, row, 'assign', relations, { userId: viewer.userId, viewer }, { officerId: body.officerId });
        assigned.push(id);
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        skipped.push({ id, ticketNo: row.ticket_no, message: err.code === 'INVALID_TRANSITION' ? '工单已不是待分派状态' : err.message });
      }
    }
  });
  return { assigned, skipped };
}

export async function requestExtension(deps: DeskDeps, viewer: DeskViewer, id: string, body: { days: number; reason: string }): Promise<Ticket> {
  await deps.db.transaction().execute(async (trx) => {
    const { row, relations } = await visibleTicket(trx, viewer, id);
    if (!relations.some((r) => r === 'assignee' || r === 'head')) throw new DomainError('FORBIDDEN', '只有经办人或部门负责人可以申请延期');
    if (!(IN_HAND_STATUSES as readonly string[]).includes(row.status)) throw new DomainError('CONFLICT', '只有办理中的工单可以申请延期');
    if ((await repo.extensionsOf(trx, id)).some((e) => e.status === 'pending')) throw new DomainError('CONFLICT', '已有一份延期申请待审批');
    const extId = newId();
    await repo.insertExtension(trx, { id: extId, ticket_id: id, requested_by: viewer.userId, days: body.days, reason: body.reason, status: 'pending', decided_by: null, decided_at: null, decision_note: null, created_at: nowIso() });
    await recordTransition(trx, { machine: MACHINE, entityId: id, from: row.status, to: row.status, event: 'extension_requested', actorId: viewer.userId, note: `${body.days} 个工作日：${body.reason}` });
    await recordAudit(trx, deskActor(viewer, { unitPath: row.unit_path, departmentPath: row.department_path }), { action: 'desk.extension.request', entityType: 'desk_ticket', entityId: id, after: { extensionId: extId, days: body.days, reason: body.reason } });
    await notify(trx, await headsOrOfficers(trx, row.department_unit_id), { kind: 'desk.extension.requested', title: `工单 ${row.ticket_no} 申请延期 ${body.days} 个工作日`, body: body.reason, link: link(id) });
  });
  return getTicket(deps, viewer, id);
}

/** The department head approves (the due date moves by the extension's working days) or declines. */
export async function decideExtension(deps: DeskDeps, viewer: DeskViewer, extensionId: string, body: { approve: boolean; note?: string | null }): Promise<Ticket> {
  const cal = await deps.calendar.current();
  const ext = await repo.findExtension(deps.db, extensionId);
  if (!ext) throw new DomainError('NOT_FOUND', '延期申请不存在');
  await deps.db.transaction().execute(async (trx) => {
    const { row, relations } = await visibleTicket(trx, viewer, ext.ticket_id);
    if (!relations.includes('head')) throw new DomainError('FORBIDDEN', '只有部门负责人可以审批延期');
    const current = await repo.findExtension(trx, extensionId);
    if (current?.status !== 'pending') throw new DomainError('CONFLICT', '该延期申请已处理');
    const now = nowIso();
    await repo.updateExtension(trx, extensionId, { status: body.approve ? 'approved' : 'declined', decided_by: viewer.userId, decided_at: now, decision_note: body.note || null });
    let newDue = row.due_on;
    if (body.approve) {
      newDue = extendedDueOn(cal, row.due_on, ext.days);
      await repo.updateTicket(trx, row.id, { due_on: newDue, extended_days: row.extended_days + ext.days, reminded_at: null, escalated_at: null, updated_at: now });
    }
    const event = body.approve ? 'extension_approved' : 'extension_declined';
    await recordTransition(trx, { machine: MACHINE, entityId: row.id, from: row.status, to: row.status, event, actorId: viewer.userId, note: body.approve ? `新的办理期限 ${newDue}${body.note ? `；${body.note}` : ''}` : body.note || null });
    await recordAudit(trx, deskActor(viewer, { unitPath: row.unit_path, departmentPath: row.department_path }), { action: `desk.extension.${body.approve ? 'approve' : 'decline'}`, entityType: 'desk_ticket', entityId: row.id, before: { dueOn: row.due_on }, after: { dueOn: newDue, extensionId } });
    const title = body.approve ? `工单 ${row.ticket_no} 延期获批，新期限 ${newDue}` : `工单 ${row.ticket_no} 延期申请被驳回`;
    await notify(trx, [...new Set([ext.requested_by, ...(body.approve ? [row.requester_id] : [])])], { kind: `desk.${event}`, title, body: body.note || row.title, link: link(row.id) });
  });
  return getTicket(deps, viewer, ext.ticket_id);
}
