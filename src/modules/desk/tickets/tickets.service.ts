import { sql, SqliteAdapter, type Kysely } from 'kysely';
import type { AppContext } from '../../../core/app-context.js';
import { recordAudit, recordSensitiveRead } from '../../../core/audit/audit.service.js';
import type { WorkingCalendar } from '../../../core/calendar/working-days.js';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { historyOf, recordTransition } from '../../../core/fsm/workflow-events.repo.js';
import { newId } from '../../../core/ids.js';
import { maskPhone } from '../../../core/mask.js';
import { notify } from '../../../core/notifications/notifications.service.js';
import { nowIso, shanghaiDate } from '../../../core/time.js';
import { attachFiles, filesOf, toFileRef } from '../../catalog/files/files.service.js';
import { staffOver } from '../../catalog/producers/producers.service.js';
import type { Scope } from '../../../core/access/scope.js';
import { findUnitsUnder } from '../../../core/identity/units.repo.js';
import { deskActor, type DeskViewer } from '../desk.access.js';
import { routeTicket } from '../departments/departments.service.js';
import * as departments from '../departments/departments.repo.js';
import { CATEGORY_LABELS, LIMIT_WORKING_DAYS, TYPE_LABELS, type ContactMethod, type DepartmentKind, type TicketCategory, type TicketType } from '../rules/categories.js';
import { autoCloseAt, dueOn, isOverdue } from '../rules/deadlines.js';
import { IN_HAND_STATUSES, ticketMachine, type TicketActorRole, type TicketFacts, type TicketStatus } from '../rules/ticket.machine.js';
import * as repo from './tickets.repo.js';
import type { Ticket, TicketCreateBody, TicketListQuery } from './tickets.schema.js';

export type DeskDeps = Pick<AppContext, 'db' | 'calendar' | 'regions'>;
export const MACHINE = ticketMachine.name;

/** Every role the viewer plays on the ticket; empty means they may not see it (404, never 403). */
export async function relationsOf(db: Kysely<DB>, viewer: Pick<DeskViewer, 'userId' | 'officerScope' | 'staffScope'>, row: repo.TicketRow): Promise<TicketActorRole[]> {
  const out: TicketActorRole[] = [];
  if (row.requester_id === viewer.userId) out.push('requester');
  if (row.department_path && viewer.officerScope.covers(row.department_path)) {
    out.push('officer');
    if (row.officer_id === viewer.userId) out.push('assignee');
    const heads = await departments.headsOf(db, [row.department_unit_id!]);
    if (heads.some((h) => h.user_id === viewer.userId)) out.push('head');
  }
  if (viewer.staffScope.covers(row.unit_path)) out.push('dispatcher');
  return out;
}

export async function visibleTicket(db: Kysely<DB>, viewer: DeskViewer, id: string) {
  const row = await repo.findTicket(db, id);
  const relations = row ? await relationsOf(db, viewer, row) : [];
  if (!row || relations.length === 0) throw new DomainError('NOT_FOUND', '工单不存在或无权查看');
  return { row, relations };
}

export function toSummary(row: repo.TicketRow, today: string) {
  return {
    id: row.id,
    ticketNo: row.ticket_no,
    title: row.title,
    category: row.category as TicketCategory,
    type: row.type as TicketType,
    status: row.status as TicketStatus,
    requester: { userId: row.requester_id, displayName: row.requester_name },
    department: row.department_unit_id && row.department_name ? { id: row.department_unit_id, name: row.department_name } : null,
    officer: row.officer_id && row.officer_name ? { userId: row.officer_id, displayName: row.officer_name } : null,
    submittedAt: row.submitted_at,
    dueOn: row.due_on,
    dueProvisional: row.due_provisional === 1,
    overdue: isOverdue(row.status as TicketStatus, row.due_on, today),
    onsiteWanted: row.onsite_wanted === 1,
    rating: row.rating,
  };
}

/** Facts for the buttons: the dialog asks for whatever the event needs, so the guards pass. */
const ASKED: TicketFacts = { officerChosen: true, reason: 'asked', resolution: 'asked-in-the-dialog', rating: 5, departmentChosen: true };

export async function getTicket(deps: DeskDeps, viewer: DeskViewer, id: string): Promise<Ticket> {
  const { db } = deps;
  const { row, relations } = await visibleTicket(db, viewer, id);
  const today = shanghaiDate();
  const handler = relations.some((r) => r === 'officer' || r === 'head');
  const [history, files, extensions, followup, officers, dept] = await Promise.all([
    historyOf(db, MACHINE, id),
    filesOf(db, 'desk_ticket', [id]),
    repo.extensionsOf(db, id),
    repo.followupOf(db, id),
    handler && row.department_unit_id ? departments.officersOf(db, row.department_unit_id) : Promise.resolve([]),
    row.department_unit_id ? departments.findDepartment(db, row.department_unit_id) : Promise.resolve(undefined),
  ]);
  const status = row.status as TicketStatus;
  const pending = extensions.find((e) => e.status === 'pending');
  const inHand = (IN_HAND_STATUSES as readonly string[]).includes(status);
  return {
    ...toSummary(row, today),
    description: row.description,
    contactMethod: row.contact_method as ContactMethod,
    contactPhone: row.contact_phone && (relations.includes('requester') ? row.contact_phone : maskPhone(row.contact_phone)),
    attachments: files.map(toFileRef),
    departmentKind: (dept?.kind as DepartmentKind | undefined) ?? null,
    limitDays: row.limit_days,
    clockStartOn: row.clock_start_on,
    extendedDays: row.extended_days,
    returnReason: row.return_reason,
    resolution: row.resolution,
    resolvedAt: row.resolved_at,
    handlingDays: row.handling_days,
    ratingComment: row.rating_comment,
    closedAt: row.closed_at,
    autoClosed: row.auto_closed === 1,
    autoCloseAt: status === 'resolved' && row.resolved_at ? autoCloseAt(row.resolved_at) : null,
    escalatedAt: row.escalated_at,
    extensions: extensions.map((e) => ({
      id: e.id,
      days: e.days,
      reason: e.reason,
      status: e.status as 'pending' | 'approved' | 'declined',
      requestedBy: e.requested_by_name,
      requestedAt: e.created_at,
      decidedBy: e.decided_by_name,
      decidedAt: e.decided_at,
      note: e.decision_note,
    })),
    followup: followup ? toFollowup(followup, today) : null,
    history: history.map((h) => ({ event: h.event, from: h.from_state, to: h.to_state, actorName: h.actor_name, note: h.note, at: h.at })),
    viewerIs: relations,
    actions: ticketMachine.available(status, ASKED, relations),
    blockedActions: ticketMachine.blocked(status, ASKED, relations),
    canRequestExtension: inHand && !pending && relations.some((r) => r === 'assignee' || r === 'head'),
    canDecideExtension: Boolean(pending) && relations.includes('head'),
    officers: officers.map((o) => ({ userId: o.id, displayName: o.display_name })),
  };
}

export function toFollowup(f: Awaited<ReturnType<typeof repo.followupsUnder>>[number], today: string) {
  return {
    id: f.id,
    ticketId: f.ticket_id,
    ticketNo: f.ticket_no,
    title: f.title,
    requesterName: f.requester_name,
    departmentName: f.department_name,
    rating: f.rating,
    ratingComment: f.rating_comment,
    dueOn: f.due_on,
    overdue: f.status === 'open' && today > f.due_on,
    status: f.status as 'open' | 'done',
    note: f.note,
    doneBy: f.done_by_name,
    doneAt: f.done_at,
  };
}

/** The requester's unit and its region: the nearest unit on the path that has a region code. */
async function requesterPlace(db: Kysely<DB>, scope: Scope) {
  const root = scope.roots[0];
  if (!root) throw new DomainError('FORBIDDEN', '只有主播和生产主体可以提交诉求');
  const units = await departments.unitsOnPath(db, root.path);
  const withRegion = units.filter((u) => u.region_code).sort((a, b) => b.path.length - a.path.length);
  return { unitId: root.unitId, unitPath: root.path, regionCode: withRegion[0]?.region_code ?? null };
}

/** FW20261127-0003: the day's running number, serialised on PostgreSQL by a transaction lock. */
async function nextTicketNo(trx: Kysely<DB>, today: string): Promise<string> {
  if (!(trx.getExecutor().adapter instanceof SqliteAdapter)) await sql`select pg_advisory_xact_lock(hashtext('desk_ticket_no'))`.execute(trx);
  const prefix = `FW${today.replaceAll('-', '')}-`;
  const n = (await repo.countByNoPrefix(trx, prefix)) + 1;
  return `${prefix}${String(n).padStart(4, '0')}`;
}

export function dueFor(cal: WorkingCalendar, startDay: string, type: TicketType) {
  const due = dueOn(cal, startDay, type);
  return { clock_start_on: startDay, due_on: due.value, due_provisional: due.provisional ? 1 : 0 };
}

/**
 * A streamer or producer files a request: it is routed at once to the department that answers
 * its category in the requester's region, and its working-day clock starts today.
 */
export async function fileTicket(deps: DeskDeps, viewer: DeskViewer, body: TicketCreateBody): Promise<Ticket> {
  if (body.contactMethod === 'phone' && !body.contactPhone) {
    throw new DomainError('VALIDATION_FAILED', '选择电话联系时请填写手机号', [{ field: 'contactPhone', message: '选择电话联系时请填写手机号' }]);
  }
  const cal = await deps.calendar.current();
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    const place = await requesterPlace(trx, viewer.requesterScope);
    const route = await routeTicket(trx, place.regionCode, body.category);
    const now = nowIso();
    const today = shanghaiDate(Date.parse(now));
    const ticketNo = await nextTicketNo(trx, today);
    await repo.insertTicket(trx, {
      id,
      ticket_no: ticketNo,
      requester_id: viewer.userId,
      unit_id: place.unitId,
      unit_path: place.unitPath,
      region_code: place.regionCode,
      category: body.category,
      type: body.type,
      title: body.title,
      description: body.description,
      contact_method: body.contactMethod,
      contact_phone: body.contactPhone ?? null,
      onsite_wanted: body.onsiteWanted ? 1 : 0,
      status: route.department ? 'submitted' : 'returned',
      department_unit_id: route.department?.unit_id ?? null,
      officer_id: null,
      limit_days: LIMIT_WORKING_DAYS[body.type],
      ...dueFor(cal, today, body.type),
      extended_days: 0,
      reminded_at: null,
      escalated_at: null,
      return_reason: route.department ? null : `本地区未设置${route.kindLabel}部门，待基地工作人员分派`,
      resolution: null,
      resolved_by: null,
      resolved_at: null,
      handling_days: null,
      rating: null,
      rating_comment: null,
      closed_at: null,
      auto_closed: 0,
      reopen_count: 0,
      submitted_at: now,
      updated_at: now,
    });
    await attachFiles(trx, { ids: body.attachmentIds, purposes: ['ticket_attachment'], entityType: 'desk_ticket', entityId: id, userId: viewer.userId, detachOthers: false });
    await recordTransition(trx, { machine: MACHINE, entityId: id, from: null, to: 'submitted', event: 'submit', actorId: viewer.userId, note: route.department ? `分派至${route.department.name}` : null });
    if (!route.department) {
      await recordTransition(trx, { machine: MACHINE, entityId: id, from: 'submitted', to: 'returned', event: 'return', actorId: null, note: `本地区未设置${route.kindLabel}部门，待基地工作人员分派` });
    }
    await recordAudit(trx, { ...viewer.actor, unitId: place.unitId }, { action: 'desk.ticket.file', entityType: 'desk_ticket', entityId: id, after: { ticketNo, category: body.category, type: body.type, department: route.department?.unit_id ?? null } });
    const text = `${TYPE_LABELS[body.type]}·${CATEGORY_LABELS[body.category]}：${body.title}`;
    if (route.department) {
      const officers = await departments.officersOf(trx, route.department.unit_id);
      // A department nobody staffs on the platform yet: base staff make sure it is picked up.
      const to = officers.length ? officers.map((o) => o.id) : await dispatchersOf(trx, place.unitPath);
      await notify(trx, to, { kind: 'desk.ticket.submitted', title: `新工单待分派 ${ticketNo}`, body: officers.length ? text : `${text}（${route.department.name}尚无平台工作人员）`, link: `/desk/tickets/${id}` });
    } else {
      await notify(trx, await dispatchersOf(trx, place.unitPath), { kind: 'desk.ticket.returned', title: `工单待分派 ${ticketNo}`, body: `${text}（本地区未设置${route.kindLabel}部门）`, link: `/desk/tickets/${id}` });
    }
  });
  return getTicket(deps, viewer, id);
}

/** Base staff and admins over the requester's unit: they route what no department took. */
export async function dispatchersOf(db: Kysely<DB>, unitPath: string): Promise<string[]> {
  return [...new Set([...(await staffOver(db, unitPath)), ...(await departments.adminsOver(db, unitPath))])];
}

function filterOf(viewer: DeskViewer, q: TicketListQuery): repo.TicketFilter {
  return {
    status: q.status,
    open: q.open,
    category: q.category,
    type: q.type,
    departmentId: q.departmentId,
    officerId: q.officer === 'me' ? viewer.userId : undefined,
    unassigned: q.officer === 'none',
    overdue: q.overdue,
    dueBy: q.dueBy,
    q: q.q,
  };
}

export async function listMine(deps: DeskDeps, viewer: DeskViewer, q: TicketListQuery) {
  const today = shanghaiDate();
  const page = await repo.pageOfTickets(deps.db, { requesterId: viewer.userId }, { ...filterOf(viewer, q), page: q.page, pageSize: q.pageSize }, today);
  return { items: page.items.map((r) => toSummary(r, today)), total: page.total };
}

/** The departments the viewer works for and the units they oversee, as ids for the indexed lookups. */
export async function queueOwner(db: Kysely<DB>, viewer: DeskViewer): Promise<{ departmentIds: string[]; unitIds: string[] }> {
  const [depts, units] = await Promise.all([departments.departmentsUnder(db, viewer.officerScope.pathPrefixes), findUnitsUnder(db, viewer.staffScope.pathPrefixes)]);
  return { departmentIds: depts.map((d) => d.unit_id), unitIds: units.map((u) => u.id) };
}

export async function listQueue(deps: DeskDeps, viewer: DeskViewer, q: TicketListQuery) {
  const today = shanghaiDate();
  const page = await repo.pageOfTickets(deps.db, await queueOwner(deps.db, viewer), { ...filterOf(viewer, q), page: q.page, pageSize: q.pageSize }, today);
  return { items: page.items.map((r) => toSummary(r, today)), total: page.total };
}

export async function queueForExport(deps: DeskDeps, viewer: DeskViewer, q: TicketListQuery, limit: number) {
  return repo.allTickets(deps.db, await queueOwner(deps.db, viewer), filterOf(viewer, q), shanghaiDate(), limit);
}

/** The requester's phone in full, for the officer who will call; the read is audited (PIPL). */
export async function revealContact(deps: DeskDeps, viewer: DeskViewer, id: string) {
  const { row, relations } = await visibleTicket(deps.db, viewer, id);
  if (!relations.some((r) => r === 'officer' || r === 'dispatcher')) throw new DomainError('FORBIDDEN', '只有办理部门和基地工作人员可以查看联系电话');
  await recordSensitiveRead(deps.db, deskActor(viewer, { unitPath: row.unit_path, departmentPath: row.department_path }), { entityType: 'desk_ticket', entityId: id, ownerId: row.requester_id, fields: ['contact_phone'] });
  return { contactPhone: row.contact_phone };
}

/** Attachments are readable by whoever may read the ticket. */
export async function canReadTicketFile(db: Kysely<DB>, viewer: { userId: string; staffScope: Scope }, ticketId: string): Promise<boolean> {
  const row = await repo.findTicket(db, ticketId);
  if (!row) return false;
  if (row.requester_id === viewer.userId || viewer.staffScope.covers(row.unit_path)) return true;
  if (!row.department_path) return false;
  const officerUnits = await departments.officerUnitPaths(db, viewer.userId);
  return officerUnits.some((path) => row.department_path!.startsWith(path));
}
