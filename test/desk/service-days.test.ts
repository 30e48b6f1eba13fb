import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../src/core/time.js';
import type { Client } from '../support/test-app.js';
import { createDeskTest, TAX_INQUIRY, type DeskTest } from './desk-fixtures.js';

/** 上门服务日 through the HTTP API: publishing, booking (with the last-place race), outcomes that resolve tickets. */
describe('on-site service days', () => {
  let d: DeskTest;
  let officer: Client;
  let streamer: Client;
  let producer: Client;
  let naxiTax: string;
  let talentHome: string;
  let today: string;
  let later: string;

  const dayBody = (over: Record<string, unknown> = {}) => ({
    departmentId: naxiTax,
    baseUnitId: talentHome,
    day: later,
    place: '网络人才之家 一楼服务大厅',
    title: '主播涉税服务',
    slots: [{ startsAt: '09:30', endsAt: '10:30', capacity: 2 }, { startsAt: '10:30', endsAt: '11:30', capacity: 1 }],
    ...over,
  });
  const publish = async (over: Record<string, unknown> = {}) => {
    const res = await officer.post('/api/desk/service-days', dayBody(over));
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const book = (c: Client, dayId: string, body: Record<string, unknown>) => c.post(`/api/desk/service-days/${dayId}/bookings`, body);

  beforeAll(async () => {
    d = await createDeskTest();
    [officer, streamer, producer] = await Promise.all([d.login('dept_officer'), d.login('streamer'), d.login('producer')]);
    naxiTax = await d.unitId('国家税务总局泸州市纳溪区税务局');
    talentHome = await d.unitId('泸州市网络人才之家');
    today = shanghaiDate();
    later = (await d.t.ctx.calendar.current()).addWorkingDays(today, 5).value;
  });
  afterAll(() => d.t.close());

  it('is published by an officer for their own department at a base, with checked slots', async () => {
    const asked = (await streamer.post('/api/desk/tickets', { ...TAX_INQUIRY, onsiteWanted: true })).json();
    const day = await publish();
    expect(day).toMatchObject({ status: 'published', department: { id: naxiTax }, base: { name: '泸州市网络人才之家' }, placesLeft: 3, bookable: true, canManage: true, bookings: [] });
    // The streamer whose open ticket asked for a visit hears of it.
    const bell = (await streamer.get('/api/notifications')).json();
    expect(bell.items.some((n: { link: string }) => n.link === `/desk/service-days/${day.id}`)).toBe(true);
    expect(asked.onsiteWanted).toBe(true);

    const overlap = await officer.post('/api/desk/service-days', dayBody({ slots: [{ startsAt: '09:00', endsAt: '10:00', capacity: 2 }, { startsAt: '09:30', endsAt: '11:00', capacity: 2 }] }));
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().error.message).toBe('时段 09:00–10:00 与 09:30–11:00 重叠');
    expect((await officer.post('/api/desk/service-days', dayBody({ day: '2020-01-06' }))).json().error.message).toBe('服务日期不能早于今天');
    expect((await officer.post('/api/desk/service-days', dayBody({ baseUnitId: await d.unitId('纳溪区互联网行业党委') }))).statusCode).toBe(400);
    expect((await officer.post('/api/desk/service-days', dayBody({ departmentId: await d.unitId('纳溪区商务局') }))).statusCode).toBe(403);
    expect((await streamer.post('/api/desk/service-days', dayBody())).statusCode).toBe(403);
    const places = (await officer.get('/api/desk/service-day-places')).json().items.map((p: { name: string }) => p.name);
    expect(places).toEqual(expect.arrayContaining(['泸州市网络人才之家', '金牛区电商直播产业基地', '泸定县直播实训基地']));
    expect(places).not.toContain('纳溪区互联网行业党委');
    expect((await streamer.get('/api/desk/service-day-places')).statusCode).toBe(403);
    const count = await d.t.db.selectFrom('desk_service_days').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('takes one booking per requester per day, with a question and optionally their own open ticket', async () => {
    const day = await publish();
    const ticket = (await streamer.post('/api/desk/tickets', TAX_INQUIRY)).json();
    const otherTicket = (await producer.post('/api/desk/tickets', TAX_INQUIRY)).json();
    expect((await book(streamer, day.id, { slotId: day.slots[0].id, question: '短' })).statusCode).toBe(400);
    expect((await book(streamer, day.id, { slotId: day.slots[0].id, question: '想现场问开票流程', ticketId: otherTicket.id })).statusCode).toBe(404);
    const booked = (await book(streamer, day.id, { slotId: day.slots[0].id, question: '想现场问开票流程', ticketId: ticket.id })).json();
    expect(booked.myBooking).toMatchObject({ slot: '09:30–10:30', status: 'booked', ticket: { id: ticket.id } });
    expect(booked.bookings).toEqual([]);
    expect(booked.slots[0]).toMatchObject({ taken: 1, left: 1 });
    const again = await book(streamer, day.id, { slotId: day.slots[1].id, question: '再约一个时段问问' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('您已预约了这一天的时段');
    const list = (await streamer.get('/api/desk/service-days')).json();
    expect(list.items.find((x: { id: string }) => x.id === day.id)).toMatchObject({ placesLeft: 2, myBooking: { status: 'booked' } });
    const seen = (await officer.get(`/api/desk/service-days/${day.id}`)).json();
    expect(seen.bookings.map((b: { requester: { displayName: string }; question: string }) => [b.requester.displayName, b.question])).toEqual([['主播·明二锅', '想现场问开票流程']]);
    // Cancelling frees the place.
    const cancelled = (await streamer.post(`/api/desk/bookings/${booked.myBooking.id}/cancel`, {})).json();
    expect(cancelled).toMatchObject({ myBooking: null, placesLeft: 3 });
    expect((await producer.post(`/api/desk/bookings/${booked.myBooking.id}/cancel`, {})).statusCode).toBe(404);
  });

  it('gives the last place of a slot to exactly one of two requesters booking at once', async () => {
    const day = await publish();
    const [a, b] = await Promise.all([d.newUser('streamer', '纳溪区互联网行业党委'), d.newUser('producer', '纳溪区互联网行业党委')]);
    const results = await Promise.all([a.client, b.client].map((c) => book(c, day.id, { slotId: day.slots[1].id, question: '最后一个名额我想要' })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().error.message).toBe('10:30–11:30 已约满，请选择其他时段');
    const taken = await d.t.db.selectFrom('desk_bookings').select('id').where('slot_id', '=', day.slots[1].id).where('status', '=', 'booked').execute();
    expect(taken).toHaveLength(1);
  });

  it('records the visit on the day, and an attended visit resolves the linked ticket', async () => {
    const day = await publish({ day: today });
    const ticket = (await streamer.post('/api/desk/tickets', TAX_INQUIRY)).json();
    expect(ticket.status).toBe('submitted');
    const mine = (await book(streamer, day.id, { slotId: day.slots[0].id, question: '现场问开票流程', ticketId: ticket.id })).json().myBooking;
    const theirs = (await book(producer, day.id, { slotId: day.slots[0].id, question: '合作社免税发票怎么开' })).json().myBooking;
    expect((await (await d.login('jinniu_tax')).post(`/api/desk/bookings/${mine.id}/outcome`, { attended: true, outcome: '现场办理完成' })).statusCode).toBe(404);
    expect((await officer.post(`/api/desk/bookings/${mine.id}/outcome`, { attended: true, outcome: '好' })).statusCode).toBe(409);
    const after = (await officer.post(`/api/desk/bookings/${mine.id}/outcome`, { attended: true, outcome: '现场指导通过电子税务局代开发票，已开出。', resolveTicket: true })).json();
    expect(after.bookings.find((b: { id: string }) => b.id === mine.id)).toMatchObject({ status: 'attended', ticket: { status: 'resolved' } });
    const resolved = (await streamer.get(`/api/desk/tickets/${ticket.id}`)).json();
    expect(resolved).toMatchObject({ status: 'resolved', officer: { displayName: '纳溪区税务·陈静' } });
    expect(resolved.resolution).toContain('上门服务日');
    expect(resolved.history.map((h: { event: string }) => h.event)).toEqual(['submit', 'assign', 'resolve']);
    const noShow = (await officer.post(`/api/desk/bookings/${theirs.id}/outcome`, { attended: false })).json();
    expect(noShow.bookings.find((b: { id: string }) => b.id === theirs.id).status).toBe('no_show');
    expect((await officer.post(`/api/desk/bookings/${theirs.id}/outcome`, { attended: true, outcome: '改为已接待' })).statusCode).toBe(409);
  });

  it('waits for the day before outcomes, and cancelling the day cancels and tells its bookings', async () => {
    const day = await publish();
    const booking = (await book(producer, day.id, { slotId: day.slots[0].id, question: '合作社变更经营范围' })).json().myBooking;
    expect((await officer.post(`/api/desk/bookings/${booking.id}/outcome`, { attended: true, outcome: '提前记录接待情况' })).statusCode).toBe(409);
    expect((await officer.post(`/api/desk/service-days/${day.id}/cancel`, {})).statusCode).toBe(400);
    const cancelled = (await officer.post(`/api/desk/service-days/${day.id}/cancel`, { reason: '临时有会，改期另行通知' })).json();
    expect(cancelled).toMatchObject({ status: 'cancelled', bookable: false, bookings: [{ status: 'cancelled' }] });
    expect((await book(streamer, day.id, { slotId: day.slots[0].id, question: '还能预约吗？' })).statusCode).toBe(409);
    expect((await officer.post(`/api/desk/bookings/${booking.id}/outcome`, { attended: false })).json().error.message).toBe('服务日已取消');
    const bell = (await producer.get('/api/notifications')).json();
    expect(bell.items.some((n: { title: string }) => n.title.includes('上门服务日已取消'))).toBe(true);
    expect((await producer.get(`/api/desk/service-days/${day.id}`)).json().myBooking).toMatchObject({ id: booking.id, status: 'cancelled' });
    expect((await streamer.get('/api/desk/service-days')).json().items.map((x: { id: string }) => x.id)).not.toContain(day.id);
  });
});
