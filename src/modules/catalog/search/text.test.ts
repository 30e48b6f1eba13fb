import { describe, expect, it } from 'vitest';
import { charLength, gramsOf, normalizeText, searchBody, wordRuns } from './text.js';

describe('normalizeText', () => {
  it.each([
    ['ＡＢＣ', 'abc'],
    ['ａｂｃ', 'abc'],
    ['１２３', '123'],
    ['Ｔｅａ２０２６', 'tea2026'],
    ['ABC', 'abc'],
    ['ｱｲｳ', 'アイウ'], // half-width katakana to full-width, as NFKC does
    ['　', ' '], // ideographic space to a plain space
    ['纳溪特早茶', '纳溪特早茶'],
    ['', ''],
    ['①', '1'],
    ['ﬁ', 'fi'],
  ])('%j → %j', (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it('is idempotent', () => {
    for (const s of ['ＡＢＣ１２３', '合江荔枝 Ｌｉｔｃｈｉ', 'Ⅻ', '㎏']) expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
  });
});

describe('wordRuns', () => {
  it.each([
    ['四川 腊肉', ['四川', '腊肉']],
    ['四川，腊肉。', ['四川', '腊肉']],
    ['合江荔枝（妃子笑）5斤装', ['合江荔枝', '妃子笑', '5斤装']],
    ['Hello, 世界！ｘ', ['hello', '世界', 'x']],
    ['ＡＢＣ　１２３', ['abc', '123']],
    ['a-b_c.d/e', ['a', 'b', 'c', 'd', 'e']],
    ['  ', []],
    ['', []],
    ['，。！？', []],
    ['🍊橙子🍊', ['橙子']],
    ['𠀀字', ['𠀀字']], // a CJK Extension B letter outside the BMP stays in the run
  ])('%j → %j', (input, runs) => {
    expect(wordRuns(input)).toEqual(runs);
  });
});

describe('searchBody', () => {
  it('joins the runs of every part with single spaces', () => {
    expect(searchBody(['纳溪特早茶', '四川·泸州', 'ＮＯ．１ 品质'])).toBe('纳溪特早茶 四川 泸州 no 1 品质');
  });

  it('skips null, undefined and empty parts', () => {
    expect(searchBody([null, '荔枝', undefined, '', '  ', '合江'])).toBe('荔枝 合江');
    expect(searchBody([])).toBe('');
    expect(searchBody([null, undefined])).toBe('');
  });

  it('never holds double spaces or punctuation', () => {
    const body = searchBody(['  a ,, b  ', '！！c', '   ']);
    expect(body).toBe('a b c');
    expect(body).not.toMatch(/ {2}|^ | $/);
  });
});

describe('gramsOf', () => {
  it('gives unigrams and adjacent pairs within one run', () => {
    expect(gramsOf('腊肉').sort()).toEqual(['肉', '腊', '腊肉'].sort());
    expect(gramsOf('纳溪特早茶').sort()).toEqual(['纳', '溪', '特', '早', '茶', '纳溪', '溪特', '特早', '早茶'].sort());
  });

  it('does not pair characters across a space', () => {
    const g = gramsOf('四川 腊肉');
    expect(g.sort()).toEqual(['四', '川', '四川', '腊', '肉', '腊肉'].sort());
    expect(g).not.toContain('川腊');
    expect(g).not.toContain('川 ');
    expect(g).not.toContain(' ');
  });

  it('has no longer grams', () => {
    for (const g of gramsOf('一二三四五 六七八')) expect(charLength(g)).toBeLessThanOrEqual(2);
  });

  it('deduplicates', () => {
    const g = gramsOf('哈哈哈 哈哈');
    expect(g.sort()).toEqual(['哈', '哈哈']);
    expect(new Set(gramsOf('abab ab')).size).toBe(gramsOf('abab ab').length);
  });

  it('gives a single-character run just its character', () => {
    expect(gramsOf('a')).toEqual(['a']);
    expect(gramsOf('a b').sort()).toEqual(['a', 'b']);
  });

  it('gives nothing for an empty body', () => {
    expect(gramsOf('')).toEqual([]);
  });

  it('counts a character outside the BMP as one character', () => {
    expect(gramsOf('𠀀a').sort()).toEqual(['𠀀', '𠀀a', 'a'].sort());
  });

  it('finds every 1- and 2-character substring of the body, and nothing else', () => {
    const body = searchBody(['合江荔枝 妃子笑', 'A级']);
    const grams = new Set(gramsOf(body));
    for (const run of body.split(' ')) {
      const cs = Array.from(run);
      for (let i = 0; i < cs.length; i++) {
        expect(grams.has(cs[i]!)).toBe(true);
        if (i + 1 < cs.length) expect(grams.has(cs[i]! + cs[i + 1]!)).toBe(true);
      }
    }
    for (const g of grams) expect(body.split(' ').some((run) => run.includes(g))).toBe(true);
  });
});

describe('charLength', () => {
  it.each([
    ['', 0],
    ['a', 1],
    ['荔枝', 2],
    ['𠀀', 1],
    ['𠀀字', 2],
    ['ab c', 4],
  ])('%j has %i characters', (s, n) => {
    expect(charLength(s)).toBe(n);
  });

  it('differs from String.length for surrogate pairs', () => {
    expect('𠀀'.length).toBe(2);
    expect(charLength('𠀀')).toBe(1);
  });
});
