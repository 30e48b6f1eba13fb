import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoConvention } from '../../src/seed/seed-convention.js';
import { PNG_1PX, upload } from '../support/catalog-fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

/**
 * Violations of the convention: reported by a producer, another streamer, staff or from a
 * checker finding; the streamer responds; staff review, confirm (clause, evidence, deduction) or
 * dismiss, and record rectification. Who sees what, on both databases.
 */
describe('convention violations', () => {
  let t: TestApp;
  let luzhou: Client; // base staff over 纳溪, where the demo streamer is
  let jinniu: Client; // base staff elsewhere (金牛基地)
  let streamer: Client;
  let producer: Client;
  let admin: Client;
  let streamerId: string;

  const idOf = async (username: string) => (await t.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoConvention(t.db);
    [luzhou, jinniu, streamer, producer, admin] = await Promise.all(['luzhou_staff', 'base_staff', 'streamer', 'producer', 'admin'].map((u) => t.login(u)));
    streamerId = await idOf('streamer');
  });
  afterAll(() => t.close());

  const report = (client: Client, over: Record<string, unknown> = {}) =>
    client.post('/api/compliance/violations', { streamerId, summary: '直播中称“全网最低价”', place: '抖音直播间', occurredOn: '2026-11-20', evidenceText: '今天全网最低价！', clause: 7, ...over });

  it('a producer reports with an evidence photo; the streamer and the staff over them are told', async () => {
    const picked = (await producer.get(`/api/compliance/streamers?q=${encodeURIComponent('明二锅')}`)).json();
    expect(picked.items).toEqual([expect.objectContaining({ userId: streamerId, displayName: '主播·明二锅', unitName: '纳溪区互联网行业党委' })]);
    const photo = await upload(producer, 'violation_evidence', PNG_1PX, 'image/png', 'screen.png');
    expect(photo.statusCode, photo.body).toBe(200);
    const res = await report(producer, { evidenceFileIds: [photo.json().id] });
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    expect(v).toMatchObject({ status: 'reported', source: 'producer', viewerIs: 'reporter', clause: 7, reporterName: null, canRespond: false, actions: [] });
    expect(v.evidenceFiles).toHaveLength(1);
    const bell = (await streamer.get('/api/notifications')).json().items;
    expect(bell.some((n: { kind: string; link: string }) => n.kind === 'compliance.violation.reported' && n.link === `/compliance/my-violations/${v.id}`)).toBe(true);
    const staffBell = (await luzhou.get('/api/notifications')).json().items;
    expect(staffBell.some((n: { kind: string }) => n.kind === 'compliance.violation.new')).toBe(true);
    // The accused may see the evidence photo; staff elsewhere may not.
    expect((await streamer.get(`/api/files/${photo.json().id}`)).statusCode).toBe(200);
    expect((await jinniu.get(`/api/files/${photo.json().id}`)).statusCode).toBe(404);
  });

  it('the full path: respond, review, confirm with clause, evidence and deduction, rectify', async () => {
    const v = (await report(producer)).json();
    const mine = (await streamer.get(`/api/compliance/violations/${v.id}`)).json();
    expect(mine).toMatchObject({ viewerIs: 'accused', canRespond: true, actions: [], reporterName: null });
    const responded = await streamer.post(`/api/compliance/violations/${v.id}/response`, { text: '当时说的是直播间价格最低，已改正。' });
    expect(responded.statusCode, responded.body).toBe(200);
    expect(responded.json().response.text).toContain('已改正');

    const asStaff = (await luzhou.get(`/api/compliance/violations/${v.id}`)).json();
    expect(asStaff).toMatchObject({ viewerIs: 'staff', reporterName: '纳溪特早茶合作社·刘芳', hasResponse: true });
    expect(asStaff.actions.sort()).toEqual(['dismiss', 'review']);
    expect((await luzhou.post(`/api/compliance/violations/${v.id}/transition`, { event: 'confirm', clause: 7, evidence: 'x', creditDeduction: 3 })).statusCode).toBe(409);
    const reviewing = await luzhou.post(`/api/compliance/violations/${v.id}/transition`, { event: 'review' });
    expect(reviewing.json().status).toBe('under_review');

    // A decision names a clause of the convention in force, the evidence and the deduction.
    const noClause = await luzhou.post(`/api/compliance/violations/${v.id}/transition`, { event: 'confirm', clause: 12, evidence: '录屏', creditDeduction: 3 });
    expect(noClause.statusCode).toBe(409);
    expect(noClause.json().error.message).toContain('公约条款');
    const noEvidence = await luzhou.post(`/api/compliance/violations/${v.id}/transition`, { event: 'confirm', clause: 7, creditDeduction: 3 });
    expect(noEvidence.json().error.message).toContain('证据');
    expect((await luzhou.post(`/api/compliance/violations/${v.id}/transition`, { event: 'confirm', clause: 7, evidence: '录屏', creditDeduction: 21 })).statusCode).toBe(400);
    expect((await luzhou.get(`/api/compliance/violations/${v.id}`)).json().status).toBe('under_review');

    const confirmed = await luzhou.post(`/api/compliance/violations/${v.id}/transition`, { event: 'confirm', clause: 7, evidence: '直播回放 00:21:10 原话', creditDeduction: 3, reason: '首次' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', creditDeduction: 3, decision: { clause: 7, creditDeduction: 3, evidence: '直播回放 00:21:10 原话', decidedByName: '泸州市基地运营·何静' } });
    expect(confirmed.json().decision.clauseText).toBeTruthy();
    const late = await streamer.post(`/api/compliance/violations/${v.id}/response`, { text: '补充说明一下' });
    expect(late.statusCode).toBe(409);

    expect((await luzhou.post(`/api/compliance/violations/${v.id}/transition`, { event: 'rectify' })).statusCode).toBe(409);
    const rectified = await luzhou.post(`/api/compliance/violations/${v.id}/transition`, { event: 'rectify', reason: '已删除回放并参加培训' });
    expect(rectified.json()).toMatchObject({ status: 'rectified', rectification: { note: '已删除回放并参加培训' }, actions: [] });
    expect(rectified.json().history.map((h: { event: string }) => h.event)).toEqual(['report', 'review', 'confirm', 'rectify']);
    const accusedView = (await streamer.get(`/api/compliance/violations/${v.id}`)).json();
    expect(accusedView.history.every((h: { actorName: string | null }) => h.actorName === null)).toBe(true);
    const reporterBell = (await producer.get('/api/notifications')).json().items;
    expect(reporterBell.some((n: { kind: string }) => n.kind === 'compliance.report.confirm')).toBe(true);
  });

  it('dismissal needs a reason; decided records take no more steps', async () => {
    const v = (await report(luzhou, { summary: '标题含“第一批”' })).json();
    expect(v.source).toBe('staff');
    expect((await luzhou.post(`/api/compliance/violations/${v.id}/transition`, { event: 'dismiss' })).statusCode).toBe(409);
    const dismissed = await luzhou.post(`/api/compliance/violations/${v.id}/transition`, { event: 'dismiss', reason: '“第一批”是批次，不是绝对化用语' });
    expect(dismissed.json()).toMatchObject({ status: 'dismissed', decision: { note: '“第一批”是批次，不是绝对化用语', creditDeduction: null } });
    for (const event of ['review', 'confirm', 'rectify']) expect((await luzhou.post(`/api/compliance/violations/${v.id}/transition`, { event, reason: 'x', clause: 7, evidence: 'x', creditDeduction: 1 })).statusCode).toBe(409);
  });

  it('a checker finding is raised by staff over the streamer only', async () => {
    const text = '今天全网最低价！';
    const finding = (await luzhou.post('/api/compliance/check', { text })).json().findings[0];
    const raised = await report(luzhou, { finding: { start: finding.start, end: finding.end, text: finding.text, term: finding.term, category: finding.category, severity: finding.severity, clause: finding.clause, basis: finding.basis }, clause: null });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(raised.json()).toMatchObject({ source: 'checker', clause: finding.clause, finding: { term: finding.term } });
    expect((await report(producer, { finding })).statusCode).toBe(403);
  });

  it('scope: staff elsewhere neither see nor decide, and cannot report; lists show each their own', async () => {
    const v = (await report(producer)).json();
    expect((await jinniu.get(`/api/compliance/violations/${v.id}`)).statusCode).toBe(404);
    expect((await jinniu.post(`/api/compliance/violations/${v.id}/transition`, { event: 'review' })).statusCode).toBe(404);
    expect((await report(jinniu)).statusCode).toBe(404);
    expect((await jinniu.get('/api/compliance/streamers')).json().items.some((s: { userId: string }) => s.userId === streamerId)).toBe(false);
    expect((await jinniu.get('/api/compliance/violations')).json().total).toBe(0);

    const queue = (await luzhou.get('/api/compliance/violations')).json();
    expect(queue.total).toBeGreaterThanOrEqual(5);
    expect(queue.counts).toMatchObject({ rectified: 1, dismissed: 1 });
    const open = (await luzhou.get('/api/compliance/violations?status=reported')).json();
    expect(open.items.every((i: { status: string }) => i.status === 'reported')).toBe(true);
    expect((await admin.get('/api/compliance/violations')).json().total).toBe(queue.total);
    const mine = (await streamer.get('/api/compliance/violations/mine')).json();
    expect(mine.total).toBe(queue.total);
    const reported = (await producer.get('/api/compliance/violations/reported')).json();
    expect(reported.items.every((i: { streamer: { userId: string } }) => i.streamer.userId === streamerId)).toBe(true);
    expect(reported.total).toBeLessThan(queue.total);
    // Only the accused answers.
    expect((await producer.post(`/api/compliance/violations/${v.id}/response`, { text: '不是我' })).statusCode).toBe(403);
  });

  it('refuses bad input in Chinese and writes nothing', async () => {
    const before = (await luzhou.get('/api/compliance/violations')).json().total;
    const cases = [
      { streamerId, summary: '' },
      { streamerId, summary: '太短了吧', occurredOn: '2026/11/20' },
      { streamerId: 'nobody', summary: '不存在的主播' },
      { streamerId, summary: '附件不是我的', evidenceFileIds: ['not-a-file'] },
    ];
    for (const body of cases) {
      const res = await producer.post('/api/compliance/violations', body);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await streamer.post('/api/compliance/violations', { streamerId, summary: '举报我自己' })).statusCode).toBe(400);
    expect((await luzhou.get('/api/compliance/violations')).json().total).toBe(before);
  });
});
