import { describe, expect, it } from 'vitest';
import { buildChecker } from '../../../../../src/modules/compliance/checker/checker';
import { STARTER_LEXICON } from '../../../../../src/modules/compliance/lexicon/starter-lexicon';
import type { Finding } from '../../../api/compliance';
import { applyReplacement, replacementOf, segmentsOf, sentenceAround } from './highlight';

const checker = buildChecker(STARTER_LEXICON);
const finding = (start: number, end: number, over: Partial<Finding> = {}): Finding => ({
  start,
  end,
  text: '',
  term: 'x',
  category: 'absolute',
  severity: 'must_fix',
  clause: 5,
  basis: '',
  why: '',
  suggestion: '',
  ...over,
});

describe('script editor highlighting', () => {
  it('splits text into plain runs and marks at the exact offsets, covering every character once', () => {
    const text = '家人们😀，全网最低价，能治疗失眠！';
    const found = checker.check(text);
    expect(found.length).toBeGreaterThanOrEqual(2);
    const segments = segmentsOf(text, found);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const marks = segments.filter((s) => s.kind === 'mark');
    expect(marks.map((m) => m.text)).toEqual(found.map((f) => f.text));
    for (const m of marks) expect(text.slice(m.start, m.start + m.text.length)).toBe(m.text);
  });

  it('skips overlapping, empty and out-of-range findings rather than marking the wrong place', () => {
    const text = 'abcdefghij';
    const segments = segmentsOf(text, [finding(2, 5), finding(4, 6), finding(7, 7), finding(8, 12), finding(0, 1)]);
    expect(segments.filter((s) => s.kind === 'mark').map((s) => s.text)).toEqual(['a', 'cde']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segmentsOf('', [])).toEqual([]);
  });

  it('offers the quoted wording of a suggestion, never the banned word or advice', () => {
    expect(replacementOf({ suggestion: '“本场优惠价（以页面价格为准）”', term: '全网最低价', text: '全网最低价' })).toBe('本场优惠价（以页面价格为准）');
    expect(replacementOf({ suggestion: '不提“驰名商标”，改说“老字号”', term: '驰名商标', text: '驰名商标' })).toBe('老字号');
    expect(replacementOf({ suggestion: '介绍口味、产地和吃法', term: '护肝', text: '护肝' })).toBeNull();
    expect(replacementOf({ suggestion: '如“最近很多人买”', term: '最', text: '最' })).toBeNull();
  });

  it('no starter suggestion the editor applies brings back a must-fix finding of the same term', () => {
    let offered = 0;
    for (const entry of STARTER_LEXICON) {
      const phrase = replacementOf({ suggestion: entry.suggestion, term: entry.term, text: entry.term });
      if (!phrase) continue;
      offered++;
      const again = checker.check(phrase).filter((f) => f.severity === 'must_fix' && f.term === entry.term);
      expect(again, `${entry.term} → ${phrase}`).toEqual([]);
    }
    expect(offered).toBeGreaterThan(STARTER_LEXICON.length / 3);
  });

  it('replaces exactly [start, end) and quotes the sentence around a finding', () => {
    const text = '第一句。这是全网最低价的茶！第三句';
    const f = checker.check(text).find((x) => x.term === '全网最低价')!;
    expect(applyReplacement(text, f, '直播间专享价')).toBe('第一句。这是直播间专享价的茶！第三句');
    expect(sentenceAround(text, f.start, f.end)).toBe('这是全网最低价的茶！');
    const long = `${'长'.repeat(500)}全网最低价${'长'.repeat(500)}`;
    const g = checker.check(long)[0]!;
    const around = sentenceAround(long, g.start, g.end, 100);
    expect(around.length).toBeLessThanOrEqual(100);
    expect(around).toContain('全网最低价');
  });
});
