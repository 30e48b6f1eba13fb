import type { Kysely } from 'kysely';
import type { Role } from '../core/access/roles.js';
import { scopeFor } from '../core/access/scope.js';
import { CalendarService } from '../core/calendar/calendar.service.js';
import type { DB } from '../core/db/schema.js';
import * as usersRepo from '../core/identity/users.repo.js';
import type { RegionService } from '../core/regions/regions.service.js';
import { nowIso, shanghaiDate } from '../core/time.js';
import { STAFF_ROLES } from '../modules/catalog/access.js';
import type { DeskViewer } from '../modules/desk/desk.access.js';
import * as departmentsRepo from '../modules/desk/departments/departments.repo.js';
import type { TicketType } from '../modules/desk/rules/categories.js';
import { sweepTickets } from '../modules/desk/desk.sweeps.js';
import * as ticketsRepo from '../modules/desk/tickets/tickets.repo.js';
import { dueFor, fileTicket, type DeskDeps } from '../modules/desk/tickets/tickets.service.js';
import { requestExtension, transitionTicket } from '../modules/desk/tickets/tickets.workflow.js';
import { bookSlot, createServiceDay } from '../modules/desk/service-days/service-days.service.js';
import { DEMO_DEPARTMENT_KINDS, DEMO_OFFICERS, DEMO_TICKETS } from './demo-desk-data.js';
import { DEMO_UNITS } from './demo-units.js';

export async function deskViewerFor(db: Kysely<DB>, username: string): Promise<DeskViewer> {
  const user = await usersRepo.findUserByUsername(db, username);
  if (!user) throw new Error(`demo user ${username} is missing`);
  const roles = (await usersRepo.rolesOfUsers(db, [user.id])).map((r) => ({ ...r, role: r.role as Role }));
  return {
    userId: user.id,
    roles: [...new Set(roles.map((r) => r.role))],
    officerScope: scopeFor(roles, ['dept_officer']),
    staffScope: scopeFor(roles, STAFF_ROLES),
    requesterScope: scopeFor(roles, ['streamer', 'producer']),
    actor: { userId: user.id, ip: null },
  };
}

/** Demo units by their key in demo-units.ts. */
async function demoUnitIds(db: Kysely<DB>): Promise<(key: string) => string> {
  const units = new Map((await db.selectFrom('units').select(['id', 'name']).execute()).map((u) => [u.name, u.id]));
  return (key) => units.get(DEMO_UNITS.find((u) => u.key === key)!.name)!;
}

/** The demo departments' kinds and heads, and their officers (also the fixture of the desk tests). */
export async function seedDemoDepartments(db: Kysely<DB>, passwordHash: string): Promise<boolean> {
  if (await usersRepo.findUserByUsername(db, DEMO_OFFICERS[0].username)) return false;
  const unitId = await demoUnitIds(db);
  const now = nowIso();
  for (const [key, kind] of Object.entries(DEMO_DEPARTMENT_KINDS)) await departmentsRepo.upsertDepartment(db, unitId(key), kind, null, now);
  for (const o of DEMO_OFFICERS) {
    const row = usersRepo.newUserRow({ username: o.username, displayName: o.displayName, phone: o.phone, passwordHash, now });
    await usersRepo.insertUser(db, row);
    await usersRepo.insertRoles(db, row.id, [{ role: 'dept_officer', unitId: unitId(o.unit) }], now);
  }
  for (const key of new Set(DEMO_OFFICERS.map((o) => o.unit))) {
    const heads = await Promise.all(DEMO_OFFICERS.filter((o) => o.unit === key && o.head).map(async (o) => (await usersRepo.findUserByUsername(db, o.username))!.id));
    await departmentsRepo.replaceHeads(db, unitId(key), heads);
  }
  return true;
}

/**
 * The service desk's demo: departments and officers, then tickets in every state filed and worked
 * through the services (history, notifications and audit as in real use), then one sweep so
 * overdue tickets are escalated and old resolved ones close themselves. Writes nothing when the
 * officers exist already.
 */
export async function seedDemoDesk(db: Kysely<DB>, regions: RegionService, passwordHash: string): Promise<boolean> {
  if (!(await seedDemoDepartments(db, passwordHash))) return false;
  const unitId = await demoUnitIds(db);
  const calendar = new CalendarService(db);
  const deps: DeskDeps = { db, calendar, regions };
  const cal = await calendar.current();
  const userIds = new Map<string, string>();
  const idOf = async (username: string) => {
    if (!userIds.has(username)) userIds.set(username, (await usersRepo.findUserByUsername(db, username))!.id);
    return userIds.get(username)!;
  };
  for (const t of DEMO_TICKETS) {
    if (!(await usersRepo.findUserByUsername(db, t.by))) continue;
    const ticket = await fileTicket(deps, await deskViewerFor(db, t.by), {
      category: t.category,
      type: t.type,
      title: t.title,
      description: t.description,
      contactMethod: t.onsite ? 'onsite' : 'in_app',
      contactPhone: null,
      onsiteWanted: Boolean(t.onsite),
      attachmentIds: [],
    });
    for (const step of t.steps) {
      const viewer = await deskViewerFor(db, step.by);
      if (step.event === 'extend') await requestExtension(deps, viewer, ticket.id, { days: step.days, reason: step.reason });
      else if (step.event === 'assign') await transitionTicket(deps, viewer, ticket.id, { event: 'assign', officerId: await idOf(step.to) });
      else if (step.event === 'resolve') await transitionTicket(deps, viewer, ticket.id, { event: 'resolve', resolution: step.text });
      else if (step.event === 'return' || step.event === 'reopen') await transitionTicket(deps, viewer, ticket.id, { event: step.event, reason: step.reason });
      else if (step.event === 'close') await transitionTicket(deps, viewer, ticket.id, { event: 'close', rating: step.rating, comment: step.comment });
      else await transitionTicket(deps, viewer, ticket.id, { event: step.event });
    }
    if (t.daysAgo) {
      const startDay = shanghaiDate(Date.now() - t.daysAgo * 86_400_000);
      await ticketsRepo.backdateForDemo(db, ticket.id, t.daysAgo, dueFor(cal, startDay, t.type as TicketType));
    }
  }
  await sweepTickets(deps);
  await seedServiceDays(deps, unitId, cal.addWorkingDays(shanghaiDate(), 4).value);
  return true;
}

/** Two upcoming 上门服务日 with bookings, one linked to the streamer's 个税 ticket that asked for a visit. */
async function seedServiceDays(deps: DeskDeps, unitId: (key: string) => string, day: string): Promise<void> {
  const tax = await deskViewerFor(deps.db, 'dept_officer');
  const naxi = await createServiceDay(deps, tax, {
    departmentId: unitId('naxi_tax'),
    baseUnitId: unitId('luzhou_talent_home'),
    day,
    place: '泸州市网络人才之家 一楼服务大厅',
    title: '主播涉税服务：开票、个税汇算、经营所得申报',
    notes: '请带身份证；已有诉求的可在预约时关联，现场一并办理。',
    slots: [
      { startsAt: '09:30', endsAt: '10:30', capacity: 4 },
      { startsAt: '10:30', endsAt: '11:30', capacity: 4 },
      { startsAt: '14:30', endsAt: '16:00', capacity: 6 },
    ],
  });
  const streamer = await deskViewerFor(deps.db, 'streamer');
  const ticket = await deps.db.selectFrom('desk_tickets').select('id').where('requester_id', '=', streamer.userId).where('onsite_wanted', '=', 1).where('status', '=', 'assigned').executeTakeFirst();
  await bookSlot(deps, streamer, naxi.id, { slotId: naxi.slots[0].id, question: '个税 App 经营所得怎么填，想现场请老师指导。', ticketId: ticket?.id ?? null });
  await bookSlot(deps, await deskViewerFor(deps.db, 'producer'), naxi.id, { slotId: naxi.slots[0].id, question: '合作社销售自产茶叶的免税发票怎么开。' });
  const market = await deskViewerFor(deps.db, 'jinniu_market');
  const jinniu = await createServiceDay(deps, market, {
    departmentId: unitId('jinniu_market'),
    baseUnitId: unitId('jinniu_base'),
    day,
    place: '金牛区电商直播产业基地 3 号直播间',
    title: '直播带货广告合规与食品经营许可答疑',
    notes: null,
    slots: [{ startsAt: '14:00', endsAt: '15:00', capacity: 5 }, { startsAt: '15:00', endsAt: '16:00', capacity: 5 }],
  });
  await bookSlot(deps, await deskViewerFor(deps.db, 'zb_shuwei'), jinniu.id, { slotId: jinniu.slots[1].id, question: '卖自制辣酱需要办什么证，标签怎么写。' });
}
