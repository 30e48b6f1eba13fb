import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTER_LEXICON } from '../../src/modules/compliance/lexicon/starter-lexicon.js';
import { seedDemoConvention } from '../../src/seed/seed-convention.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

const entry = (over: Record<string, unknown> = {}) => ({
  term: '闭眼入',
  category: 'price',
  severity: 'must_fix',
  clause: 7,
  basis: '《明码标价和禁止价格欺诈规定》(2022)第十九条',
  why: '无法证明比全网价格都低。',
  suggestion: '直播间专享价',
  allowIn: [],
  negationWindow: 0,
  enabled: true,
  ...over,
});

/** The staff-edited lexicon: versions, the checker following each edit, "try it", rights. */
describe('compliance lexicon editor', () => {
  let t: TestApp;
  let staff: Client;
  let streamer: Client;
  const check = async (text: string) => (await streamer.post('/api/compliance/check', { text })).json();

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoConvention(t.db);
    [staff, streamer] = await Promise.all([t.login('base_staff'), t.login('streamer')]);
  });
  afterAll(() => t.close());

  it('starts as the starter lexicon, version 1, and lists with filters', async () => {
    const all = await staff.get('/api/compliance/lexicon?pageSize=10');
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json()).toMatchObject({ version: 1, total: STARTER_LEXICON.length });
    expect(all.json().items).toHaveLength(10);
    const medical = (await staff.get('/api/compliance/lexicon?category=medical&pageSize=200')).json();
    expect(medical.total).toBe(STARTER_LEXICON.filter((e) => e.category === 'medical').length);
    expect(medical.items.every((i: { category: string }) => i.category === 'medical')).toBe(true);
    const found = (await staff.get(`/api/compliance/lexicon?q=${encodeURIComponent('最低价')}`)).json();
    expect(found.items.some((i: { term: string }) => i.term === '最低价')).toBe(true);
    expect((await staff.get('/api/compliance/lexicon?enabled=false')).json().total).toBe(0);
    expect((await check('这是最低价')).lexicon).toEqual({ version: 1, terms: STARTER_LEXICON.length });
    const changes = (await staff.get('/api/compliance/lexicon/changes')).json();
    expect(changes.items[0]).toMatchObject({ version: 1, action: 'seed' });
  });

  it('a new entry is a new version and the checker uses it at once', async () => {
    expect((await check('这款蜂蜜闭眼入！')).findings).toHaveLength(0);
    const created = await staff.post('/api/compliance/lexicon', entry());
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json().version).toBe(2);
    expect(created.json().item).toMatchObject({ term: '闭眼入', updatedByName: '金牛基地运营·李娜' });
    const result = await check('这款蜂蜜闭 眼 入！');
    expect(result.lexicon.version).toBe(2);
    expect(result.findings).toEqual([expect.objectContaining({ term: '闭眼入', text: '闭 眼 入', suggestion: '直播间专享价' })]);
    const audit = await t.db.selectFrom('audit_log').select(['action']).where('action', '=', 'compliance.lexicon.create').execute();
    expect(audit).toHaveLength(1);
  });

  it('an edit records what changed; disabling and enabling are versions too', async () => {
    const id = (await staff.get(`/api/compliance/lexicon?q=${encodeURIComponent('闭眼入')}`)).json().items[0].id;
    const edited = await staff.put(`/api/compliance/lexicon/${id}`, entry({ severity: 'caution', suggestion: '限时优惠价' }));
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().version).toBe(3);
    const unchanged = await staff.put(`/api/compliance/lexicon/${id}`, entry({ severity: 'caution', suggestion: '限时优惠价' }));
    expect(unchanged.json().version).toBe(3);
    expect((await check('闭眼入')).findings[0]).toMatchObject({ severity: 'caution', suggestion: '限时优惠价' });
    const disabled = await staff.put(`/api/compliance/lexicon/${id}`, entry({ severity: 'caution', suggestion: '限时优惠价', enabled: false }));
    expect(disabled.json().version).toBe(4);
    expect((await check('闭眼入')).findings).toHaveLength(0);
    await staff.put(`/api/compliance/lexicon/${id}`, entry({ severity: 'caution', suggestion: '限时优惠价', enabled: true }));
    expect((await check('闭眼入')).findings).toHaveLength(1);
    const history = (await staff.get(`/api/compliance/lexicon/changes?entryId=${id}`)).json();
    expect(history.items.map((c: { version: number; action: string }) => [c.version, c.action])).toEqual([
      [5, 'enable'],
      [4, 'disable'],
      [3, 'update'],
      [2, 'create'],
    ]);
    expect(history.items[2].summary).toBe('修改「闭眼入」：严重程度、改写建议');
    expect(history.items[2].before).toMatchObject({ severity: 'must_fix' });
    expect(history.items[2].after).toMatchObject({ severity: 'caution' });
  });

  it('refuses duplicates (also in another written form), useless exemptions and unknown clauses, changing nothing', async () => {
    const before = (await staff.get('/api/compliance/lexicon')).json().version;
    const dup = await staff.post('/api/compliance/lexicon', entry({ term: '閉眼入' }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toContain('闭眼入');
    const allow = await staff.post('/api/compliance/lexicon', entry({ term: '巨划算', allowIn: ['不划算'] }));
    expect(allow.statusCode).toBe(400);
    expect(allow.json().error.details).toEqual([{ field: 'allowIn', message: '例外词「不划算」不包含词条「巨划算」' }]);
    const clause = await staff.post('/api/compliance/lexicon', entry({ term: '巨划算', clause: 12 }));
    expect(clause.statusCode).toBe(400);
    expect(clause.json().error.message).toContain('没有第 12 条');
    const noise = await staff.post('/api/compliance/lexicon', entry({ term: '* * *' }));
    expect(noise.statusCode).toBe(400);
    const missing = await staff.post('/api/compliance/lexicon', entry({ term: '', why: '' }));
    expect(missing.statusCode).toBe(400);
    expect((await staff.put('/api/compliance/lexicon/nope', entry({ term: '巨划算' }))).statusCode).toBe(404);
    expect((await staff.get('/api/compliance/lexicon')).json().version).toBe(before);
  });

  it('"try it" applies an unsaved draft, new or edited, and saves nothing', async () => {
    const before = (await staff.get('/api/compliance/lexicon')).json().version;
    const text = '这款蜂蜜无脑冲，最近卖得很好。';
    const draftNew = await staff.post('/api/compliance/lexicon/try', { text, draft: entry({ term: '无脑冲', category: 'absolute', clause: 5, suggestion: '值得一试' }) });
    expect(draftNew.statusCode, draftNew.body).toBe(200);
    expect(draftNew.json().findings.map((f: { term: string }) => f.term)).toEqual(['无脑冲']);
    // Editing a saved entry: the draft's exemption replaces the saved entry for this check.
    const zui = (await staff.get(`/api/compliance/lexicon?q=${encodeURIComponent('最')}&pageSize=200`)).json().items.find((i: { term: string }) => i.term === '最');
    if (zui) {
      const loose = await staff.post('/api/compliance/lexicon/try', { text, draft: { ...zui, allowIn: [] } });
      expect(loose.json().findings.some((f: { text: string }) => f.text === '最')).toBe(true);
    }
    const plain = await staff.post('/api/compliance/lexicon/try', { text });
    expect(plain.json().findings).toHaveLength(0);
    expect((await staff.get('/api/compliance/lexicon')).json().version).toBe(before);
    expect((await staff.post('/api/compliance/lexicon/try', { text: '好'.repeat(20_001) })).statusCode).toBe(400);
  });

  it('only base staff and admins edit; the check itself is for everyone', async () => {
    for (const path of ['/api/compliance/lexicon', '/api/compliance/lexicon/changes']) expect((await streamer.get(path)).statusCode).toBe(403);
    expect((await streamer.post('/api/compliance/lexicon', entry({ term: '巨划算' }))).statusCode).toBe(403);
    const producer = await t.login('producer');
    expect((await producer.post('/api/compliance/lexicon/try', { text: '最好' })).statusCode).toBe(403);
    const admin = await t.login('admin');
    expect((await admin.post('/api/compliance/lexicon', entry({ term: '巨划算' }))).statusCode).toBe(200);
  });
});
