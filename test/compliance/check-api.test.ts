import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** POST /api/compliance/check through the real app. */
describe('compliance check API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('returns findings with offsets into the text as sent, and a summary', async () => {
    const streamer = await t.login('streamer');
    const text = '家人们，这款腊肉全网最*低*价！吃了还能治疗高血压。这个柚子不能治疗任何疾病。';
    const res = await streamer.post('/api/compliance/check', { text });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.lexicon.terms).toBeGreaterThanOrEqual(300);
    const byCategory = new Map(body.findings.map((f: { category: string; start: number; end: number; text: string }) => [f.category, f]));
    const price = byCategory.get('price') as { start: number; end: number; text: string; suggestion: string; basis: string };
    expect(price).toBeDefined();
    expect(text.slice(price.start, price.end)).toBe(price.text);
    expect(price.text).toContain('最*低*价');
    expect(price.suggestion.length).toBeGreaterThan(0);
    const medical = body.findings.filter((f: { category: string }) => f.category === 'medical');
    // The claim is found; the negated sentence is not.
    expect(medical.length).toBeGreaterThanOrEqual(1);
    expect(medical.every((f: { start: number }) => f.start < text.indexOf('这个柚子'))).toBe(true);
    expect(body.summary.mustFix).toBeGreaterThanOrEqual(2);
  });

  it('needs a session, a text field, and refuses oversized text with a Chinese message', async () => {
    expect((await t.anonymous().post('/api/compliance/check', { text: '最好' })).statusCode).toBe(401);
    const producer = await t.login('producer');
    expect((await producer.post('/api/compliance/check', {})).statusCode).toBe(400);
    const big = await producer.post('/api/compliance/check', { text: '好'.repeat(500_001) });
    expect(big.statusCode).toBe(400);
    expect(big.json().error.message).toContain('最多检查');
    const ok = await producer.post('/api/compliance/check', { text: '今天的腊肉很香。'.repeat(25_000) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().findings).toEqual([]);
  });
});
