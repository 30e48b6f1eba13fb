import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sweepTickets } from '../../src/modules/desk/desk.sweeps.js';
import { shanghaiDate } from '../../src/core/time.js';
import type { Client } from '../support/test-app.js';
import { createDeskTest, TAX_INQUIRY, type DeskTest } from './desk-fixtures.js';

const DAY = 86_400_000;

/** The clock sweep, routing configuration, the dashboard and the export, on the real database. */
describe('service desk clock and administration', () => {
  let d: DeskTest;
  let streamer: Client;
  let officer: Client;
  let head: Client;
  let admin: Client;

  const file = (over: Record<string, unknown> = {}) => streamer.post('/api/desk/tickets', { ...TAX_INQUIRY, ...over });
  const step = (c: Client, id: string, body: Record<string, unknown>) => c.post(`/api/desk/tickets/${id}/transition`, body);
  const row = (id: string) => d.t.db.selectFrom('desk_tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const notices = (userId: string, kind: string) => d.t.db.selectFrom('notifications').select('id').where('user_id', '=', userId).where('kind', '=', kind).execute();
  /** The sweep as it runs at noon (Shanghai) on a given day. */
  const sweepOn = (day: string) => sweepTickets(d.t.ctx, new Date(Date.parse(`${day}T04:00:00.000Z`)).toISOString());

  beforeAll(async () => {
    d = await createDeskTest();
    [streamer, officer, head, admin] = await Promise.all([d.login('streamer'), d.login('dept_officer'), d.login('naxi_tax_head'), d.login('admin')]);
  });
  afterAll(() => d.t.close());

  it('reminds the assignee on the working day before the limit and escalates after it, once each', async () => {
    const { id } = (await file()).json();
    const officerId = await d.userId('dept_officer');
    await step(head, id, { event: 'assign', officerId });
    // Pin the clock to a known stretch: filed Tue 2026-09-29, due after 国庆 (Sep 30, Oct 8, Oct 9).
    const cal = await d.t.ctx.calendar.current();
    const due = cal.addWorkingDays('2026-09-29', 3).value;
    expect(due).toBe('2026-10-09');
    await d.t.db.updateTable('desk_tickets').set({ clock_start_on: '2026-09-29', due_on: due }).where('id', '=', id).execute();
    // 2026-09-30 is the last working day before 国庆 but not the day before the limit; Oct 8 is.
    expect((await sweepOn('2026-09-30')).remind).toBe(0);
    expect(await notices(officerId, 'desk.ticket.remind')).toHaveLength(0);
    expect((await sweepOn('2026-10-08')).remind).toBeGreaterThanOrEqual(1);
    expect(await notices(officerId, 'desk.ticket.remind')).toHaveLength(1);
    await sweepOn('2026-10-08');
    await sweepOn('2026-10-09');
    expect(await notices(officerId, 'desk.ticket.remind')).toHaveLength(1);
    expect((await row(id)).escalated_at).toBeNull();
    await sweepOn('2026-10-10');
    const escalated = await row(id);
    expect(escalated.escalated_at).not.toBeNull();
    // To the department head and to base staff and admins over the requester.
    for (const who of ['naxi_tax_head', 'luzhou_staff', 'admin']) expect(await notices(await d.userId(who), 'desk.ticket.escalate'), who).toHaveLength(1);
    await sweepOn('2026-10-12');
    expect(await notices(await d.userId('naxi_tax_head'), 'desk.ticket.escalate')).toHaveLength(1);
    const ticket = (await officer.get(`/api/desk/tickets/${id}`)).json();
    expect(ticket.history.filter((h: { event: string }) => h.event === 'remind' || h.event === 'escalate').map((h: { event: string }) => h.event)).toEqual(['remind', 'escalate']);
  });

  it('closes an unrated resolved ticket 7 days after resolution, and a second run changes nothing', async () => {
    const { id } = (await file()).json();
    await step(head, id, { event: 'assign', officerId: await d.userId('dept_officer') });
    await step(officer, id, { event: 'resolve', resolution: '已答复：可在电子税务局申请代开。' });
    const resolvedAt = (await row(id)).resolved_at!;
    const justBefore = new Date(Date.parse(resolvedAt) + 7 * DAY - 1000).toISOString();
    await sweepTickets(d.t.ctx, justBefore);
    expect((await row(id)).status).toBe('resolved');
    const at = new Date(Date.parse(resolvedAt) + 7 * DAY).toISOString();
    expect((await sweepTickets(d.t.ctx, at)).auto_close).toBeGreaterThanOrEqual(1);
    expect(await row(id)).toMatchObject({ status: 'closed', auto_closed: 1 });
    const again = await sweepTickets(d.t.ctx, at);
    expect(again.auto_close).toBe(0);
    const events = await d.t.db.selectFrom('workflow_events').select('event').where('entity_id', '=', id).where('event', '=', 'auto_close').execute();
    expect(events).toHaveLength(1);
  });

  it('lets an admin route a category differently in one region, and shows where each category goes', async () => {
    const before = (await admin.get('/api/desk/routing?regionCode=510503')).json();
    expect(before.entries.find((e: { category: string }) => e.category === 'tax')).toMatchObject({ kind: 'tax', source: 'default', department: { name: '国家税务总局泸州市纳溪区税务局' } });
    expect((await streamer.get('/api/desk/routing')).statusCode).toBe(403);
    expect((await admin.put('/api/desk/routing', { regionCode: '999999', rules: [] })).statusCode).toBe(400);
    const saved = await admin.put('/api/desk/routing', { regionCode: '5105', rules: [{ category: 'training_subsidy', kind: 'commerce' }] });
    expect(saved.statusCode).toBe(200);
    const naxi = (await admin.get('/api/desk/routing?regionCode=510503')).json();
    expect(naxi.entries.find((e: { category: string }) => e.category === 'training_subsidy')).toMatchObject({ kind: 'commerce', source: 'inherited', department: { name: '纳溪区商务局' } });
    const filed = (await file({ category: 'training_subsidy', title: '技能证书补贴怎么申请' })).json();
    expect(filed.department.name).toBe('纳溪区商务局');
    await admin.put('/api/desk/routing', { regionCode: '5105', rules: [] });
    expect((await file({ category: 'training_subsidy', title: '技能证书补贴怎么申请' })).json().department.name).toBe('纳溪区人力资源和社会保障局');
  });

  it('lets an admin set a department’s kind and heads, who must be its officers', async () => {
    const unit = await d.unitId('纳溪区人力资源和社会保障局');
    const stranger = await d.userId('dept_officer');
    const bad = await admin.put(`/api/desk/departments/${unit}`, { kind: 'hr', headUserIds: [stranger] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('负责人必须是本部门的工作人员');
    const notDept = await admin.put(`/api/desk/departments/${await d.unitId('纳溪区互联网行业党委')}`, { kind: 'hr', headUserIds: [] });
    expect(notDept.statusCode).toBe(400);
    const ok = (await admin.put(`/api/desk/departments/${unit}`, { kind: 'hr', headUserIds: [] })).json();
    expect(ok).toMatchObject({ kind: 'hr', heads: [], officers: [{ displayName: '纳溪区人社局·邓雪' }] });
    const list = (await officer.get('/api/desk/departments')).json();
    expect(list.items.find((x: { id: string }) => x.id === unit)).toMatchObject({ regionName: expect.stringContaining('纳溪区') });
    expect((await officer.put(`/api/desk/departments/${unit}`, { kind: 'hr', headUserIds: [] })).statusCode).toBe(403);
  });

  it('counts the department’s tickets on the dashboard and exports the queue', async () => {
    const { id } = (await file()).json();
    await step(head, id, { event: 'assign', officerId: await d.userId('dept_officer') });
    await step(officer, id, { event: 'resolve', resolution: '已答复开票流程和所需材料。' });
    await step(streamer, id, { event: 'close', rating: 4, comment: '满意' });
    const dash = (await officer.get('/api/desk/dashboard')).json();
    expect(dash.departments).toEqual([{ id: await d.unitId('国家税务总局泸州市纳溪区税务局'), name: '国家税务总局泸州市纳溪区税务局' }]);
    expect(dash.total).toBeGreaterThanOrEqual(3);
    expect(dash.ratings.find((r: { rating: number }) => r.rating === 4).count).toBeGreaterThanOrEqual(1);
    expect(dash.avgHandlingDays).toBe(0);
    expect(dash.onTimeRate).toBeGreaterThan(0);
    expect(dash.byStatus.reduce((a: number, s: { count: number }) => a + s.count, 0)).toBe(dash.total);
    const empty = (await (await d.login('jinniu_tax')).get('/api/desk/dashboard')).json();
    expect(empty.total).toBe(0);
    const xlsx = await officer.get('/api/desk/tickets/export.xlsx?status=closed');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const values = wb.worksheets[0].getSheetValues().slice(2) as unknown[][];
    expect(values.length).toBeGreaterThanOrEqual(1);
    expect(values.every((r) => r.includes('已关闭'))).toBe(true);
    expect((await streamer.get('/api/desk/tickets/export.xlsx')).statusCode).toBe(403);
  });

  it('numbers tickets filed at the same moment without clashes', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => file()));
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    const nos = results.map((r) => r.json().ticketNo as string);
    expect(new Set(nos).size).toBe(6);
    expect(nos.every((n) => n.startsWith(`FW${shanghaiDate().replaceAll('-', '')}-`))).toBe(true);
  });
});
