import type { Finding } from '../checker/checker.js';
import { CATEGORIES, type Category } from '../checker/lexicon-entry.js';

/**
 * Precision and recall of the checker on the labelled corpus, per category. A finding is a true
 * positive when it overlaps an expected span of the same category (each expected span counts
 * once); any other finding is a false positive; an expected span nobody found is a miss. Pure.
 */
export interface LabelledCase {
  id: string;
  text: string;
  expected: { text: string; category: Category }[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  byCategory: Record<Category, Score>;
  all: Score;
  mustFix: { tp: number; fp: number; precision: number };
  /** Cases with a false positive or a miss, for reading. */
  mistakes: { id: string; falsePositives: string[]; missed: string[] }[];
}

const score = (tp: number, fp: number, fn: number): Score => ({
  tp,
  fp,
  fn,
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});

/** Where each expected span sits in its case: successive occurrences for repeated spans. */
function locate(c: LabelledCase) {
  const used = new Map<string, number>();
  return c.expected.map((e) => {
    const from = used.get(e.text) ?? 0;
    const start = c.text.indexOf(e.text, from);
    used.set(e.text, start + 1);
    return { ...e, start, end: start + e.text.length, found: false };
  });
}

export function evaluate(cases: readonly LabelledCase[], check: (text: string) => Finding[]): Evaluation {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, { tp: number; fp: number; fn: number }>;
  const mustFix = { tp: 0, fp: 0 };
  const mistakes: Evaluation['mistakes'] = [];
  for (const c of cases) {
    const expected = locate(c);
    const falsePositives: string[] = [];
    for (const f of check(c.text)) {
      const overlaps = (e: (typeof expected)[number]) => e.category === f.category && e.start < f.end && f.start < e.end;
      const hit = expected.find((e) => !e.found && overlaps(e));
      // A second finding inside a span already found (国宴 + 特供 in 国宴特供) is neither right nor wrong.
      if (!hit && expected.some((e) => e.found && overlaps(e))) continue;
      if (hit) {
        hit.found = true;
        counts[f.category].tp++;
        if (f.severity === 'must_fix') mustFix.tp++;
      } else {
        counts[f.category].fp++;
        if (f.severity === 'must_fix') mustFix.fp++;
        falsePositives.push(`${f.text}（${f.category}）`);
      }
    }
    const missed = expected.filter((e) => !e.found);
    for (const e of missed) counts[e.category].fn++;
    if (falsePositives.length || missed.length) mistakes.push({ id: c.id, falsePositives, missed: missed.map((e) => `${e.text}（${e.category}）`) });
  }
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, score(counts[c].tp, counts[c].fp, counts[c].fn)])) as Record<Category, Score>;
  const total = CATEGORIES.reduce((acc, c) => ({ tp: acc.tp + counts[c].tp, fp: acc.fp + counts[c].fp, fn: acc.fn + counts[c].fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    byCategory,
    all: score(total.tp, total.fp, total.fn),
    mustFix: { ...mustFix, precision: mustFix.tp + mustFix.fp === 0 ? 1 : mustFix.tp / (mustFix.tp + mustFix.fp) },
    mistakes,
  };
}
