import type { Kysely } from 'kysely';
import { recordAudit } from '../../../core/audit/audit.service.js';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/fsm/workflow-events.repo.js';
import { findUnit } from '../../../core/identity/units.repo.js';
import { newId } from '../../../core/ids.js';
import { notify } from '../../../core/notifications/notifications.service.js';
import { nowIso, shanghaiDate } from '../../../core/time.js';
import type { DeskViewer } from '../desk.access.js';
import * as departments from '../departments/departments.repo.js';
import { bookingMachine, isBookable, SERVICE_DAY_PLACE_TYPES, slotProblems, type BookingStatus } from '../rules/service-day.js';
import { OPEN_TICKET_STATUSES, type TicketStatus } from '../rules/ticket.machine.js';
import * as tickets from '../tickets/tickets.repo.js';
import { relationsOf, type DeskDeps } from '../tickets/tickets.service.js';
import { applyTicketStep } from '../tickets/tickets.workflow.js';
import * as repo from './service-days.repo.js';
import type { ServiceDay, ServiceDayBody } from './service-days.schema.js';

const BOOKING = bookingMachine.name;
const link = (id: string) => `/desk/service-days/${id}`;
const canManage = (viewer: DeskViewer, day: { department_path: string }) => viewer.officerScope.covers(day.department_path);

function toBooking(b: repo.BookingRow) {
  return {
    id: b.id,
    dayId: b.day_id,
    slotId: b.slot_id,
    slot: `${b.starts_at}–${b.ends_at}`,
    requester: { userId: b.user_id, displayName: b.user_name },
    question: b.question,
    ticket: b.ticket_id && b.ticket_no ? { id: b.ticket_id, ticketNo: b.ticket_no, status: b.ticket_status as TicketStatus } : null,
    status: b.status as BookingStatus,
    outcome: b.outcome,
    outcomeAt: b.outcome_at,
    createdAt: b.created_at,
  };
}

async function summaries(db: Kysely<DB>, viewer: DeskViewer, rows: readonly repo.DayRow[]) {
  const ids = rows.map((r) => r.id);
  const [slots, mine] = await Promise.all([repo.slotsOf(db, ids), repo.bookingsOfUser(db, viewer.userId, ids)]);
  const today = shanghaiDate();
  return rows.map((r) => {
    const own = slots.filter((s) => s.day_id === r.id).map((s) => ({ id: s.id, startsAt: s.starts_at, endsAt: s.ends_at, capacity: s.capacity, taken: s.taken, left: Math.max(0, s.capacity - s.taken) }));
    // The booking that stands; on a day called off, the booking it cancelled, so the requester sees what happened to it.
    const booking = mine.find((b) => b.day_id === r.id && b.status !== 'cancelled') ?? (r.status === 'cancelled' ? mine.find((b) => b.day_id === r.id) : undefined) ?? null;
    return {
      id: r.id,
      department: { id: r.department_unit_id, name: r.department_name },
      base: { id: r.base_unit_id, name: r.base_name },
      day: r.day,
      place: r.place,
      title: r.title,
      notes: r.notes,
      status: r.status as 'published' | 'cancelled',
      cancelReason: r.cancel_reason,
      slots: own,
      placesLeft: own.reduce((a, s) => a + s.left, 0),
      bookable: isBookable(r, today),
      myBooking: booking && toBooking(booking),
      canManage: canManage(viewer, r),
    };
  });
}

/** Where a service day can be held: every active base, venue and training site (public places). */
export async function servicePlaces(deps: DeskDeps) {
  const rows = await repo.placeUnits(deps.db, SERVICE_DAY_PLACE_TYPES);
  return { items: rows.map((u) => ({ id: u.id, name: u.name, type: u.type, regionName: u.region_code && deps.regions.find(u.region_code) ? deps.regions.fullName(u.region_code) : null })) };
}

/** Published service days from today (or, for officers looking back, all), open to every signed-in user. */
export async function listServiceDays(deps: DeskDeps, viewer: DeskViewer, q: { past?: boolean; departmentId?: string }) {
  const rows = await repo.listDays(deps.db, { from: q.past ? undefined : shanghaiDate(), departmentId: q.departmentId, includeCancelled: Boolean(q.past) });
  return { items: await summaries(deps.db, viewer, rows) };
}

export async function getServiceDay(deps: DeskDeps, viewer: DeskViewer, id: string): Promise<ServiceDay> {
  const row = await repo.findDay(deps.db, id);
  if (!row) throw new DomainError('NOT_FOUND', '服务日不存在');
  const [summary] = await summaries(deps.db, viewer, [row]);
  const bookings = summary.canManage ? (await repo.bookingsOfDay(deps.db, id)).map(toBooking) : [];
  return { ...summary, bookings, createdBy: row.created_by_name };
}

/** An officer publishes a day at a base with its slots; requesters who asked for a visit hear of it. */
export async function createServiceDay(deps: DeskDeps, viewer: DeskViewer, body: ServiceDayBody): Promise<ServiceDay> {
  const problems = slotProblems(body.slots);
  if (problems.length) throw new DomainError('VALIDATION_FAILED', problems[0], problems.map((message) => ({ field: 'slots', message })));
  if (body.day < shanghaiDate()) throw new DomainError('VALIDATION_FAILED', '服务日期不能早于今天', [{ field: 'day', message: '服务日期不能早于今天' }]);
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    const dept = await departments.findDepartment(trx, body.departmentId);
    if (!dept || !viewer.officerScope.covers(dept.path)) throw new DomainError('FORBIDDEN', '只能为本部门发布上门服务日');
    const base = await findUnit(trx, body.baseUnitId);
    if (!base || !(SERVICE_DAY_PLACE_TYPES as readonly string[]).includes(base.type) || !base.active) {
      throw new DomainError('VALIDATION_FAILED', '服务地点须为基地、人才之家或实训基地', [{ field: 'baseUnitId', message: '服务地点须为基地、人才之家或实训基地' }]);
    }
    const now = nowIso();
    await repo.insertDay(
      trx,
      { id, department_unit_id: dept.unit_id, base_unit_id: base.id, day: body.day, place: body.place, title: body.title, notes: body.notes || null, status: 'published', cancel_reason: null, created_by: viewer.userId, created_at: now, updated_at: now },
      body.slots.map((s) => ({ id: newId(), day_id: id, starts_at: s.startsAt, ends_at: s.endsAt, capacity: s.capacity })),
    );
    await recordAudit(trx, { ...viewer.actor, unitId: viewer.officerScope.coveringUnitId(dept.path) }, { action: 'desk.service_day.publish', entityType: 'desk_service_day', entityId: id, after: { department: dept.unit_id, base: base.id, day: body.day, slots: body.slots } });
    await notify(trx, await repo.onsiteRequesters(trx, dept.unit_id), { kind: 'desk.service_day.published', title: `${dept.name}将于 ${body.day} 到${base.name}上门服务`, body: `${body.title}，地点：${body.place}。可预约时段咨询。`, link: link(id) });
  });
  return getServiceDay(deps, viewer, id);
}

export async function cancelServiceDay(deps: DeskDeps, viewer: DeskViewer, id: string, reason: string): Promise<ServiceDay> {
  await deps.db.transaction().execute(async (trx) => {
    const day = await repo.findDay(trx, id);
    if (!day || !canManage(viewer, day)) throw new DomainError('NOT_FOUND', '服务日不存在');
    if (day.status !== 'published') throw new DomainError('CONFLICT', '服务日已取消');
    const now = nowIso();
    await repo.updateDay(trx, id, { status: 'cancelled', cancel_reason: reason, updated_at: now });
    const booked = (await repo.bookingsOfDay(trx, id)).filter((b) => b.status === 'booked');
    for (const b of booked) {
      await repo.updateBooking(trx, b.id, { status: bookingMachine.apply('booked', 'cancel', { outcome: null }, ['system']), updated_at: now });
      await recordTransition(trx, { machine: BOOKING, entityId: b.id, from: 'booked', to: 'cancelled', event: 'cancel', actorId: viewer.userId, note: `服务日取消：${reason}` });
    }
    await recordAudit(trx, { ...viewer.actor, unitId: viewer.officerScope.coveringUnitId(day.department_path) }, { action: 'desk.service_day.cancel', entityType: 'desk_service_day', entityId: id, before: { status: day.status }, after: { status: 'cancelled', reason, bookingsCancelled: booked.length } });
    await notify(trx, booked.map((b) => b.user_id), { kind: 'desk.service_day.cancelled', title: `${day.day} ${day.department_name}上门服务日已取消`, body: reason, link: link(id) });
  });
  return getServiceDay(deps, viewer, id);
}

/** A streamer or producer books a place with their question, optionally for one of their open tickets. */
export async function bookSlot(deps: DeskDeps, viewer: DeskViewer, dayId: string, body: { slotId: string; question: string; ticketId?: string | null }): Promise<ServiceDay> {
  await deps.db.transaction().execute(async (trx) => {
    await repo.lockSlot(trx, body.slotId);
    const day = await repo.findDay(trx, dayId);
    if (!day) throw new DomainError('NOT_FOUND', '服务日不存在');
    if (!isBookable(day, shanghaiDate())) throw new DomainError('CONFLICT', '该服务日已结束或已取消，不能预约');
    const slot = (await repo.slotsOf(trx, [dayId])).find((s) => s.id === body.slotId);
    if (!slot) throw new DomainError('VALIDATION_FAILED', '请选择该服务日的时段', [{ field: 'slotId', message: '请选择该服务日的时段' }]);
    if ((await repo.bookingsOfUser(trx, viewer.userId, [dayId])).some((b) => b.status === 'booked')) throw new DomainError('CONFLICT', '您已预约了这一天的时段');
    if ((await repo.takenPlaces(trx, slot.id)) >= slot.capacity) throw new DomainError('CONFLICT', `${slot.starts_at}–${slot.ends_at} 已约满，请选择其他时段`);
    if (body.ticketId) {
      const ticket = await tickets.findTicket(trx, body.ticketId);
      if (!ticket || ticket.requester_id !== viewer.userId) throw new DomainError('NOT_FOUND', '工单不存在或不是您的');
      if (!OPEN_TICKET_STATUSES.includes(ticket.status as TicketStatus)) throw new DomainError('CONFLICT', '只能关联办理中的诉求');
    }
    const id = newId();
    const now = nowIso();
    await repo.insertBooking(trx, { id, day_id: dayId, slot_id: slot.id, user_id: viewer.userId, question: body.question, ticket_id: body.ticketId ?? null, status: bookingMachine.initial, outcome: null, outcome_by: null, outcome_at: null, created_at: now, updated_at: now });
    await recordTransition(trx, { machine: BOOKING, entityId: id, from: null, to: 'booked', event: 'book', actorId: viewer.userId, note: body.question });
    await recordAudit(trx, { ...viewer.actor, unitId: viewer.requesterScope.roots[0]?.unitId ?? null }, { action: 'desk.booking.book', entityType: 'desk_booking', entityId: id, after: { dayId, slotId: slot.id, ticketId: body.ticketId ?? null } });
    const officers = await departments.officersOf(trx, day.department_unit_id);
    await notify(trx, officers.map((o) => o.id), { kind: 'desk.booking.booked', title: `${day.day} ${slot.starts_at} 新预约`, body: body.question, link: link(dayId) });
  });
  return getServiceDay(deps, viewer, dayId);
}

export async function cancelBooking(deps: DeskDeps, viewer: DeskViewer, bookingId: string): Promise<ServiceDay> {
  const dayId = await deps.db.transaction().execute(async (trx) => {
    const b = await repo.findBooking(trx, bookingId);
    if (!b || b.user_id !== viewer.userId) throw new DomainError('NOT_FOUND', '预约不存在');
    const day = (await repo.findDay(trx, b.day_id))!;
    if (day.day < shanghaiDate()) throw new DomainError('CONFLICT', '服务日已过，不能取消');
    const to = bookingMachine.apply(b.status as BookingStatus, 'cancel', { outcome: null }, ['requester']);
    await repo.updateBooking(trx, b.id, { status: to, updated_at: nowIso() });
    await recordTransition(trx, { machine: BOOKING, entityId: b.id, from: b.status, to, event: 'cancel', actorId: viewer.userId });
    await recordAudit(trx, { ...viewer.actor, unitId: viewer.requesterScope.roots[0]?.unitId ?? null }, { action: 'desk.booking.cancel', entityType: 'desk_booking', entityId: b.id, before: { status: b.status }, after: { status: to } });
    return b.day_id;
  });
  return getServiceDay(deps, viewer, dayId);
}

/**
 * An officer records the visit: attended (what was done) or no-show. An attended visit can
 * resolve the linked ticket with the outcome as its answer, if the ticket is the department's;
 * a ticket nobody had taken yet is assigned to the officer first.
 */
export async function recordOutcome(deps: DeskDeps, viewer: DeskViewer, bookingId: string, body: { attended: boolean; outcome?: string | null; resolveTicket: boolean }): Promise<ServiceDay> {
  const cal = await deps.calendar.current();
  const dayId = await deps.db.transaction().execute(async (trx) => {
    const b = await repo.findBooking(trx, bookingId);
    const day = b && (await repo.findDay(trx, b.day_id));
    if (!b || !day || !canManage(viewer, day)) throw new DomainError('NOT_FOUND', '预约不存在');
    if (day.status === 'cancelled') throw new DomainError('CONFLICT', '服务日已取消');
    if (day.day > shanghaiDate()) throw new DomainError('CONFLICT', '服务日当天或之后才能记录接待情况');
    const event = body.attended ? 'attend' : 'no_show';
    const to = bookingMachine.apply(b.status as BookingStatus, event, { outcome: body.outcome ?? null }, ['officer']);
    const now = nowIso();
    await repo.updateBooking(trx, b.id, { status: to, outcome: body.outcome || null, outcome_by: viewer.userId, outcome_at: now, updated_at: now });
    await recordTransition(trx, { machine: BOOKING, entityId: b.id, from: b.status, to, event, actorId: viewer.userId, note: body.outcome ?? null });
    await recordAudit(trx, { ...viewer.actor, unitId: viewer.officerScope.coveringUnitId(day.department_path) }, { action: `desk.booking.${event}`, entityType: 'desk_booking', entityId: b.id, before: { status: b.status }, after: { status: to, outcome: body.outcome ?? null } });
    if (body.attended && body.resolveTicket && b.ticket_id) {
      let ticket = await tickets.findTicket(trx, b.ticket_id);
      if (!ticket || ticket.department_unit_id !== day.department_unit_id) throw new DomainError('CONFLICT', '关联的诉求不在本部门办理，不能由本次接待办结');
      const asViewer = { userId: viewer.userId, viewer };
      if (ticket.status === 'submitted') {
        await applyTicketStep(trx, cal, ticket, 'assign', await relationsOf(trx, viewer, ticket), asViewer, { officerId: viewer.userId });
        ticket = (await tickets.findTicket(trx, b.ticket_id))!;
      }
      await applyTicketStep(trx, cal, ticket, 'resolve', await relationsOf(trx, viewer, ticket), asViewer, { resolution: `上门服务日（${day.day}）现场办理：${body.outcome}` });
    } else if (body.attended) {
      await notify(trx, b.user_id, { kind: 'desk.booking.attended', title: `${day.day} 上门服务已接待`, body: body.outcome ?? '', link: link(day.id) });
    }
    return day.id;
  });
  return getServiceDay(deps, viewer, dayId);
}
