import { describe, expect, it } from 'vitest';
import type { Finding } from '../checker/checker.js';
import { evaluate } from './evaluate.js';

const finding = (text: string, start: number, category: Finding['category'], severity: Finding['severity'] = 'must_fix'): Finding => ({
  start,
  end: start + text.length,
  text,
  term: text,
  category,
  severity,
  clause: 5,
  basis: '',
  why: '',
  suggestion: '',
});

describe('corpus evaluation', () => {
  it('counts hits, false alarms and misses per category', () => {
    const cases = [
      { id: 'a', text: '全网最低价，能治疗失眠', expected: [{ text: '全网最低价', category: 'price' as const }, { text: '治疗', category: 'medical' as const }] },
      { id: 'b', text: '第一次来', expected: [] },
    ];
    const answers: Record<string, Finding[]> = {
      a: [finding('全网最低价', 0, 'price')],
      b: [finding('第一', 0, 'absolute', 'caution')],
    };
    const result = evaluate(cases, (text) => answers[cases.find((c) => c.text === text)!.id]!);
    expect(result.byCategory.price).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(result.byCategory.medical).toMatchObject({ tp: 0, fn: 1, recall: 0 });
    expect(result.byCategory.absolute).toMatchObject({ fp: 1, precision: 0 });
    expect(result.mustFix).toEqual({ tp: 1, fp: 0, precision: 1 });
    expect(result.all).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(result.mistakes.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('a finding of the wrong category is both a false alarm and leaves a miss', () => {
    const cases = [{ id: 'c', text: '最低价', expected: [{ text: '最低价', category: 'price' as const }] }];
    const result = evaluate(cases, () => [finding('最低', 0, 'absolute')]);
    expect(result.byCategory.absolute.fp).toBe(1);
    expect(result.byCategory.price.fn).toBe(1);
  });
});
