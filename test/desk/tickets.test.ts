import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../src/core/time.js';
import { PNG_1PX, upload } from '../support/catalog-fixtures.js';
import type { Client } from '../support/test-app.js';
import { createDeskTest, TAX_INQUIRY, type DeskTest } from './desk-fixtures.js';

const NAXI_TAX = '国家税务总局泸州市纳溪区税务局';

/** Tickets through the HTTP API on the real database: filing, routing, the workflow, scope. */
describe('service desk tickets', () => {
  let d: DeskTest;
  let streamer: Client;
  let officer: Client;
  let head: Client;
  let today: string;

  const file = (c: Client, over: Record<string, unknown> = {}) => c.post('/api/desk/tickets', { ...TAX_INQUIRY, ...over });
  const step = (c: Client, id: string, body: Record<string, unknown>) => c.post(`/api/desk/tickets/${id}/transition`, body);
  const count = async () => Number((await d.t.db.selectFrom('desk_tickets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    d = await createDeskTest();
    [streamer, officer, head] = await Promise.all([d.login('streamer'), d.login('dept_officer'), d.login('naxi_tax_head')]);
    today = shanghaiDate();
  });
  afterAll(() => d.t.close());

  it('routes a 纳溪 streamer’s 发票 question to the 纳溪 tax bureau with a 3-working-day limit, and tells its officers', async () => {
    const res = await file(streamer);
    expect(res.statusCode).toBe(200);
    const ticket = res.json();
    const cal = await d.t.ctx.calendar.current();
    expect(ticket).toMatchObject({ status: 'submitted', category: 'tax', type: 'inquiry', department: { name: NAXI_TAX }, officer: null, limitDays: 3, clockStartOn: today, dueOn: cal.addWorkingDays(today, 3).value, overdue: false, viewerIs: ['requester'] });
    expect(ticket.ticketNo).toMatch(new RegExp(`^FW${today.replaceAll('-', '')}-\\d{4}$`));
    expect(ticket.actions).toEqual(['withdraw']);
    expect(ticket.history.map((h: { event: string }) => h.event)).toEqual(['submit']);
    const bell = (await officer.get('/api/notifications')).json();
    expect(bell.items.some((n: { link: string }) => n.link === `/desk/tickets/${ticket.id}`)).toBe(true);
  });

  it('refuses bad input with a Chinese message and writes nothing', async () => {
    const before = await count();
    const bad = await file(streamer, { category: 'weather', title: '短' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/类别|标题/);
    const phone = await file(streamer, { contactMethod: 'phone' });
    expect(phone.statusCode).toBe(400);
    expect(phone.json().error.details).toEqual([{ field: 'contactPhone', message: '选择电话联系时请填写手机号' }]);
    const wrongFile = await file(streamer, { attachmentIds: ['no-such-file'] });
    expect(wrongFile.statusCode).toBe(404);
    expect(await count()).toBe(before);
  });

  it('goes submitted → assigned → in_progress → resolved → closed, recording who did what', async () => {
    const { id } = (await file(streamer)).json();
    const officerId = await d.userId('dept_officer');
    expect((await step(streamer, id, { event: 'assign', officerId })).statusCode).toBe(403);
    const strangerOfficer = await d.userId('jinniu_tax');
    const wrong = await step(head, id, { event: 'assign', officerId: strangerOfficer });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error.message).toBe('请选择本部门的经办人');
    const assigned = (await step(head, id, { event: 'assign', officerId })).json();
    expect(assigned).toMatchObject({ status: 'assigned', officer: { displayName: '纳溪区税务·陈静' } });
    const asOfficer = (await officer.get(`/api/desk/tickets/${id}`)).json();
    expect(asOfficer.viewerIs).toEqual(['officer', 'assignee']);
    expect(asOfficer.actions).toEqual(['start', 'resolve', 'return']);
    expect((await step(officer, id, { event: 'start' })).json().status).toBe('in_progress');
    const short = await step(officer, id, { event: 'resolve', resolution: '可以' });
    expect(short.statusCode).toBe(409);
    const resolved = (await step(officer, id, { event: 'resolve', resolution: '可到纳溪区办税服务厅或电子税务局申请代开，带身份证和交易记录。' })).json();
    expect(resolved).toMatchObject({ status: 'resolved', handlingDays: 0 });
    expect(resolved.autoCloseAt).not.toBeNull();
    const mine = (await streamer.get(`/api/desk/tickets/${id}`)).json();
    expect(mine.actions).toEqual(['close', 'reopen']);
    expect((await step(streamer, id, { event: 'close' })).statusCode).toBe(409);
    const closed = (await step(streamer, id, { event: 'close', rating: 5, comment: '很清楚' })).json();
    expect(closed).toMatchObject({ status: 'closed', rating: 5, ratingComment: '很清楚', followup: null });
    expect(closed.history.map((h: { event: string; actorName: string | null }) => [h.event, h.actorName])).toEqual([
      ['submit', '主播·明二锅'],
      ['assign', '纳溪区税务局·副局长罗斌'],
      ['start', '纳溪区税务·陈静'],
      ['resolve', '纳溪区税务·陈静'],
      ['close', '主播·明二锅'],
    ]);
    expect((await step(streamer, id, { event: 'reopen', reason: '再问' })).statusCode).toBe(409);
  });

  it('shows requesters only their own tickets and officers only their own department’s, in their region', async () => {
    const { id } = (await file(streamer)).json();
    const other = await d.newUser('streamer', '纳溪区互联网行业党委');
    expect((await other.client.get(`/api/desk/tickets/${id}`)).statusCode).toBe(404);
    expect((await other.client.get('/api/desk/tickets/mine')).json().total).toBe(0);
    const jinniuTax = await d.login('jinniu_tax');
    expect((await jinniuTax.get(`/api/desk/tickets/${id}`)).statusCode).toBe(404);
    expect((await jinniuTax.get('/api/desk/tickets/queue?pageSize=200')).json().items.map((x: { id: string }) => x.id)).not.toContain(id);
    const naxiHr = await d.login('naxi_hr');
    expect((await naxiHr.get(`/api/desk/tickets/${id}`)).statusCode).toBe(404);
    expect((await officer.get('/api/desk/tickets/queue?pageSize=200')).json().items.map((x: { id: string }) => x.id)).toContain(id);
    // Base staff over the requester's unit oversee it; staff of another city do not.
    const luzhou = await d.login('luzhou_staff');
    expect((await luzhou.get(`/api/desk/tickets/${id}`)).json().viewerIs).toEqual(['dispatcher']);
    expect((await (await d.login('dazhou_staff')).get(`/api/desk/tickets/${id}`)).statusCode).toBe(404);
    expect((await officer.post('/api/desk/tickets', TAX_INQUIRY)).statusCode).toBe(403);
  });

  it('masks the requester’s phone for officers and audits revealing it', async () => {
    const { id } = (await file(streamer, { contactMethod: 'phone', contactPhone: '13912345678' })).json();
    expect((await streamer.get(`/api/desk/tickets/${id}`)).json().contactPhone).toBe('13912345678');
    expect((await officer.get(`/api/desk/tickets/${id}`)).json().contactPhone).toBe('139****5678');
    expect((await officer.get(`/api/desk/tickets/${id}/contact`)).json()).toEqual({ contactPhone: '13912345678' });
    const audit = await d.t.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', '=', 'desk_ticket.read_sensitive').where('entity_id', '=', id).execute();
    expect(audit).toHaveLength(1);
    expect((await streamer.get(`/api/desk/tickets/${id}/contact`)).statusCode).toBe(403);
  });

  it('attaches checked files that only the ticket’s parties can read', async () => {
    const png = await upload(streamer, 'ticket_attachment', PNG_1PX, 'image/png', 'fapiao.png');
    expect(png.statusCode).toBe(200);
    const fileId = png.json().id;
    const ticket = (await file(streamer, { attachmentIds: [fileId] })).json();
    expect(ticket.attachments.map((a: { id: string }) => a.id)).toEqual([fileId]);
    expect((await officer.get(`/api/files/${fileId}`)).statusCode).toBe(200);
    expect((await (await d.login('jinniu_tax')).get(`/api/files/${fileId}`)).statusCode).toBe(404);
    const notAnImage = await upload(streamer, 'ticket_attachment', Buffer.from('MZ' + 'x'.repeat(100)), 'image/png', 'x.png');
    expect(notAnImage.statusCode).toBe(415);
    const wrongPurpose = (await upload(streamer, 'sample_photo', PNG_1PX, 'image/png', 'a.png')).json().id;
    expect((await file(streamer, { attachmentIds: [wrongPurpose] })).statusCode).toBe(415);
  });

  it('returns a wrongly routed ticket to base staff, who re-route it; the right department gets the full limit from the re-routing day', async () => {
    const filed = (await file(streamer, { category: 'platform_rules', title: '直播间被限流怎么申诉' })).json();
    expect(filed.department.name).toBe('中共泸州市委网信办');
    const cyber = await d.login('luzhou_cyber');
    expect((await step(cyber, filed.id, { event: 'return' })).statusCode).toBe(409);
    const returned = (await step(cyber, filed.id, { event: 'return', reason: '属平台处理，建议商务部门协调' })).json();
    expect(returned).toMatchObject({ status: 'returned', returnReason: '属平台处理，建议商务部门协调' });
    const luzhou = await d.login('luzhou_staff');
    const bell = (await luzhou.get('/api/notifications')).json();
    expect(bell.items.some((n: { title: string }) => n.title.includes('被退回'))).toBe(true);
    const commerce = await d.unitId('纳溪区商务局');
    expect((await step(streamer, filed.id, { event: 'reroute', departmentId: commerce })).statusCode).toBe(403);
    const rerouted = (await step(luzhou, filed.id, { event: 'reroute', departmentId: commerce })).json();
    const cal = await d.t.ctx.calendar.current();
    expect(rerouted).toMatchObject({ status: 'submitted', department: { id: commerce }, clockStartOn: today, dueOn: cal.addWorkingDays(today, 3).value });
    expect((await cyber.get(`/api/desk/tickets/${filed.id}`)).statusCode).toBe(404);
    expect((await (await d.login('naxi_commerce')).get(`/api/desk/tickets/${filed.id}`)).json().actions).toEqual(['assign', 'return']);
  });

  it('sends a ticket no department in the region answers straight to base staff', async () => {
    const hejiang = await d.newUser('streamer', '合江县互联网行业党委');
    const filed = (await file(hejiang.client)).json();
    expect(filed).toMatchObject({ status: 'returned', department: null });
    expect(filed.returnReason).toContain('税务');
    expect((await (await d.login('luzhou_staff')).get(`/api/desk/tickets/${filed.id}`)).json().actions).toEqual(['reroute']);
  });

  it('tells base staff when the department it reaches has no officers on the platform yet', async () => {
    const jinniu = await d.newUser('streamer', '金牛区电商直播产业基地');
    const filed = (await file(jinniu.client, { category: 'other', title: '直播基地入驻政策咨询' })).json();
    expect(filed).toMatchObject({ status: 'submitted', department: { name: '金牛区商务局' } });
    const bell = (await (await d.login('base_staff')).get('/api/notifications')).json();
    expect(bell.items.find((n: { link: string }) => n.link === `/desk/tickets/${filed.id}`)?.body).toContain('尚无平台工作人员');
  });

  it('reopens a resolved ticket with a fresh limit, and lets the requester withdraw one not yet started', async () => {
    const { id } = (await file(streamer, { type: 'help' })).json();
    await step(head, id, { event: 'assign', officerId: await d.userId('dept_officer') });
    await step(officer, id, { event: 'resolve', resolution: '已电话说明填报方法和注意事项。' });
    expect((await step(streamer, id, { event: 'reopen' })).statusCode).toBe(409);
    const reopened = (await step(streamer, id, { event: 'reopen', reason: '按说明填了还是报错' })).json();
    const cal = await d.t.ctx.calendar.current();
    expect(reopened).toMatchObject({ status: 'reopened', resolution: null, clockStartOn: today, dueOn: cal.addWorkingDays(today, 7).value });
    expect((await officer.get(`/api/desk/tickets/${id}`)).json().actions).toEqual(['start', 'resolve']);
    const other = (await file(streamer)).json();
    expect((await step(streamer, other.id, { event: 'withdraw' })).json().status).toBe('withdrawn');
    expect((await step(streamer, id, { event: 'withdraw' })).statusCode).toBe(409);
  });

  it('turns a rating of 1–2 into a follow-up call due the next working day', async () => {
    const { id } = (await file(streamer)).json();
    await step(head, id, { event: 'assign', officerId: await d.userId('dept_officer') });
    await step(officer, id, { event: 'resolve', resolution: '请参考电子税务局操作指南。' });
    const closed = (await step(streamer, id, { event: 'close', rating: 2, comment: '没有解决我的问题' })).json();
    const cal = await d.t.ctx.calendar.current();
    expect(closed.followup).toMatchObject({ status: 'open', dueOn: cal.addWorkingDays(today, 1).value, rating: 2 });
    const list = (await officer.get('/api/desk/followups?open=true')).json();
    const task = list.items.find((f: { ticketId: string }) => f.ticketId === id);
    expect(task).toBeDefined();
    expect((await (await d.login('jinniu_tax')).get('/api/desk/followups')).json().items).toEqual([]);
    expect((await officer.post(`/api/desk/followups/${task.id}/done`, { note: '短' })).statusCode).toBe(400);
    const done = (await officer.post(`/api/desk/followups/${task.id}/done`, { note: '已电话回访，约定上门服务日现场指导。' })).json();
    expect(done).toMatchObject({ status: 'done', doneBy: '纳溪区税务·陈静' });
    expect((await streamer.get(`/api/desk/tickets/${id}`)).json().followup).toMatchObject({ status: 'done', doneBy: '纳溪区税务·陈静' });
    expect((await officer.post(`/api/desk/followups/${task.id}/done`, { note: '再记录一次回访结果' })).statusCode).toBe(409);
  });

  it('extends the limit only with the department head’s approval', async () => {
    const { id, dueOn } = (await file(streamer, { type: 'help' })).json();
    await step(head, id, { event: 'assign', officerId: await d.userId('dept_officer') });
    expect((await officer.post(`/api/desk/tickets/${id}/extensions`, { days: 30, reason: '需要调取历史申报记录' })).statusCode).toBe(400);
    const asked = (await officer.post(`/api/desk/tickets/${id}/extensions`, { days: 5, reason: '需要调取历史申报记录' })).json();
    expect(asked.extensions).toMatchObject([{ days: 5, status: 'pending' }]);
    expect(asked.canDecideExtension).toBe(false);
    expect((await officer.post(`/api/desk/tickets/${id}/extensions`, { days: 2, reason: '再申请一次延期' })).statusCode).toBe(409);
    const extId = asked.extensions[0].id;
    expect((await officer.post(`/api/desk/extensions/${extId}/decide`, { approve: true })).statusCode).toBe(403);
    const approved = (await head.post(`/api/desk/extensions/${extId}/decide`, { approve: true, note: '同意' })).json();
    const cal = await d.t.ctx.calendar.current();
    expect(approved).toMatchObject({ dueOn: cal.addWorkingDays(dueOn, 5).value, extendedDays: 5, extensions: [{ status: 'approved' }] });
    expect((await head.post(`/api/desk/extensions/${extId}/decide`, { approve: false })).statusCode).toBe(409);
  });

  it('lets the department head hand a ticket in work to another officer of the department', async () => {
    const { id } = (await file(streamer)).json();
    await step(head, id, { event: 'assign', officerId: await d.userId('dept_officer') });
    await step(officer, id, { event: 'start' });
    const headId = await d.userId('naxi_tax_head');
    expect((await step(officer, id, { event: 'reassign', officerId: headId })).statusCode).toBe(403);
    expect((await step(head, id, { event: 'reassign', officerId: await d.userId('jinniu_tax') })).statusCode).toBe(409);
    const moved = (await step(head, id, { event: 'reassign', officerId: headId })).json();
    expect(moved).toMatchObject({ status: 'assigned', officer: { displayName: '纳溪区税务局·副局长罗斌' } });
    expect(moved.history.at(-1)).toMatchObject({ event: 'reassign', note: '纳溪区税务局·副局长罗斌' });
    expect((await officer.get(`/api/desk/tickets/${id}`)).json().viewerIs).toEqual(['officer']);
  });

  it('assigns several waiting tickets at once and says which it skipped', async () => {
    const ids = await Promise.all([file(streamer), file(streamer), file(streamer)].map(async (r) => (await r).json().id as string));
    const officerId = await d.userId('dept_officer');
    await step(head, ids[2], { event: 'assign', officerId });
    const foreign = (await file(streamer, { category: 'training_subsidy' })).json().id;
    const res = (await head.post('/api/desk/tickets/bulk-assign', { ids: [...ids, foreign], officerId })).json();
    expect(res.assigned.sort()).toEqual([ids[0], ids[1]].sort());
    expect(res.skipped.map((s: { id: string; message: string }) => [s.id, s.message])).toEqual([
      [ids[2], '工单已不是待分派状态'],
      [foreign, '不是本部门的工单'],
    ]);
    const queue = (await officer.get('/api/desk/tickets/queue?officer=me&status=assigned&pageSize=200')).json();
    for (const id of ids) expect(queue.items.map((x: { id: string }) => x.id)).toContain(id);
  });
});
