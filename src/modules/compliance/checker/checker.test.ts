import { describe, expect, it } from 'vitest';
import { buildAutomaton } from './automaton.js';
import { buildChecker, lineAndColumn } from './checker.js';
import type { LexiconEntry } from './lexicon-entry.js';
import { normalize, normalizeTerm } from './normalize.js';

const entry = (term: string, over: Partial<LexiconEntry> = {}): LexiconEntry => ({
  term,
  category: 'absolute',
  severity: 'must_fix',
  clause: 5,
  basis: '《广告法》第九条第（三）项',
  why: '绝对化用语',
  suggestion: '换成可证明的说法',
  ...over,
});

const LEXICON: LexiconEntry[] = [
  entry('最低价', { category: 'price', clause: 7 }),
  entry('全网最低价', { category: 'price', clause: 7 }),
  entry('最低', { allowIn: ['最低起订量', '最低温度'] }),
  entry('第一', { allowIn: ['第一次', '第一时间', '第一批', '第一步'] }),
  entry('最佳', { allowIn: ['最佳食用期'] }),
  entry('治疗', { category: 'medical', clause: 6, negationWindow: 4 }),
  entry('根治', { category: 'medical', clause: 6, negationWindow: 4 }),
  entry('绝对', { severity: 'caution' }),
  entry('no1'),
  entry('已停用', { enabled: false }),
];
const checker = buildChecker(LEXICON);
const spans = (text: string) => checker.check(text).map((f) => [f.text, f.term, f.start, f.end]);

describe('normalisation keeps the way back to the original', () => {
  it('maps full-width, traditional, case, noise and repeats', () => {
    expect(normalizeTerm('ＮＯ．１')).toBe('no1');
    expect(normalizeTerm('絕對')).toBe('绝对');
    expect(normalizeTerm('最 * 低-价')).toBe('最低价');
    expect(normalizeTerm('最最最低价')).toBe('最低价');
    const n = normalize('a最 低');
    expect(String.fromCharCode(...n.units.slice(0, n.length))).toBe('a最低');
    expect([...n.start.slice(0, n.length)]).toEqual([0, 1, 3]);
  });
});

describe('Aho-Corasick automaton', () => {
  it('finds overlapping patterns, including ones reached through failure links', () => {
    const a = buildAutomaton(['he', 'she', 'his', 'hers']);
    const found: [number, number][] = [];
    const text = 'ushers';
    a.scan(Uint16Array.from(text, (c) => c.charCodeAt(0)), text.length, (p, end) => found.push([p, end]));
    expect(found).toEqual([
      [1, 4],
      [0, 4],
      [3, 6],
    ]);
  });
});

describe('checker', () => {
  it('reports offsets into the original text for every evasion', () => {
    expect(spans('今天全网最低价！')).toEqual([['全网最低价', '全网最低价', 2, 7]]);
    expect(spans('最*低*价来了')).toEqual([['最*低*价', '最低价', 0, 5]]);
    expect(spans('最 低 价')).toEqual([['最 低 价', '最低价', 0, 5]]);
    expect(spans('最最最低价')).toEqual([['最最最低价', '最低价', 0, 5]]);
    expect(spans('根-治')).toEqual([['根-治', '根治', 0, 3]]);
    expect(spans('絕對好喝')).toEqual([['絕對', '绝对', 0, 2]]);
    expect(spans('销量ＮＯ．１')).toEqual([['ＮＯ．１', 'no1', 2, 6]]);
    expect(spans('我们是No.1')).toEqual([['No.1', 'no1', 3, 7]]);
  });

  it('counts offsets in UTF-16 units around emoji and astral characters', () => {
    const text = '🔥🔥全网最🔥低价𠀀';
    const [f] = checker.check(text);
    expect(f).toMatchObject({ start: 4, end: 11, term: '全网最低价' });
    expect(text.slice(f!.start, f!.end)).toBe('全网最🔥低价');
  });

  it('does not flag the allowed longer words', () => {
    expect(spans('最低起订量两箱，最低温度零下')).toEqual([]);
    expect(spans('第一次来直播间，第一时间发货，第一批新茶')).toEqual([]);
    expect(spans('最佳食用期三个月')).toEqual([]);
    expect(spans('全网第一')).toEqual([['第一', '第一', 2, 4]]);
  });

  it('does not flag a negated claim, but does flag the claim', () => {
    expect(spans('这茶不能治疗任何疾病')).toEqual([]);
    expect(spans('喝了能治疗失眠')).toEqual([['治疗', '治疗', 3, 5]]);
  });

  it('keeps the longest of nested matches and skips disabled terms', () => {
    const found = checker.check('全网最低价，已停用');
    expect(found.map((f) => f.term)).toEqual(['全网最低价']);
    expect(found[0]).toMatchObject({ category: 'price', severity: 'must_fix', clause: 7 });
  });

  it('handles empty and large input', () => {
    expect(checker.check('')).toEqual([]);
    const big = '今天的腊肉很香。'.repeat(30_000) + '全网最低价';
    const found = checker.check(big);
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(240_000);
  });

  it('gives line and column for listings', () => {
    expect(lineAndColumn('一\n二三最低价', 4)).toEqual({ line: 2, column: 3 });
  });
});

describe('accidents that are not evasions', () => {
  const c = buildChecker([entry('他妈的', { category: 'vulgar', clause: 11 }), entry('no1'), entry('100%'), entry('第一', { allowIn: ['第一次'] })]);
  const terms = (text: string) => c.check(text).map((f) => f.term);
  it('a repeat inside a term is an ordinary word, a repeated first character is emphasis', () => {
    expect(terms('他妈妈的腊肉')).toEqual([]);
    expect(terms('他他他妈的')).toEqual(['他妈的']);
  });
  it('digits and letters never collapse, and Latin terms need a boundary', () => {
    expect(terms('100克装')).toEqual([]);
    expect(terms('纯度１００％')).toEqual(['100%']);
    expect(terms('订单号NO.10238')).toEqual([]);
    expect(terms('我们是NO.1')).toEqual(['no1']);
  });
  it('reads 壹 as 一', () => {
    expect(terms('全国第壹')).toEqual(['第一']);
  });
});
