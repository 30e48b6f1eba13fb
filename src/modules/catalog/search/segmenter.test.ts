import { describe, expect, it } from 'vitest';
import { buildSynonymIndex, planQuery } from './query-plan.js';
import { segment, teachWords } from './segmenter.js';

// The real jieba segmenter, once per test file (vitest runs each file in its own process).
describe('segmenter (jieba)', () => {
  it('splits common product phrases into words', () => {
    expect(segment('四川腊肉')).toEqual(['四川', '腊肉']);
  });

  it('keeps 纳溪特早茶 as one word after teaching it', () => {
    teachWords(['纳溪特早茶']);
    expect(segment('纳溪特早茶')).toEqual(['纳溪特早茶']);
    expect(segment('买纳溪特早茶')).toEqual(['买', '纳溪特早茶']);
  });

  it('learns a new word it used to split', () => {
    expect(segment('尖山贡茶')).toEqual(['尖山', '贡茶']);
    teachWords(['尖山贡茶']);
    expect(segment('尖山贡茶')).toEqual(['尖山贡茶']);
  });

  it('trims taught words and accepts teaching the same word again', () => {
    teachWords(['  荣县黄桃 ']);
    teachWords(['荣县黄桃', '荣县黄桃']);
    expect(segment('荣县黄桃')).toEqual(['荣县黄桃']);
  });

  it('ignores words shorter than two characters or with spaces inside', () => {
    const before = segment('黄桃干');
    expect(before).toEqual(['黄', '桃', '干']);
    // Unfiltered, '黄桃 干' would become a malformed dictionary line and jieba's loadDict throws.
    expect(() => teachWords(['', ' ', '桃', '黄桃 干', '黄桃\t干'])).not.toThrow();
    expect(segment('黄桃干')).toEqual(before);
    expect(segment('四川腊肉')).toEqual(['四川', '腊肉']);
  });

  it('returns words that join back to the input', () => {
    for (const text of ['泸州老窖特曲', '合江荔枝妃子笑', '万源富硒茶叶', '达州灯影牛肉丝']) expect(segment(text).join('')).toBe(text);
  });

  it('works as the segmenter of planQuery', () => {
    teachWords(['纳溪特早茶']);
    const syn = buildSynonymIndex([['桂圆', '龙眼']]);
    expect(planQuery('纳溪特早茶', segment, syn).map((t) => t.alternatives)).toEqual([['纳溪特早茶']]);
    expect(planQuery('四川腊肉 龙眼', segment, syn).map((t) => t.alternatives)).toEqual([['四川'], ['腊肉'], ['龙眼', '桂圆']]);
  });
});
