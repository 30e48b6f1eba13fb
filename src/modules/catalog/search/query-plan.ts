import { charLength, wordRuns } from './text.js';

/**
 * A search query as the index answers it: every term must match (AND); a term matches when any
 * of its alternatives occurs as a substring (OR). Alternatives come from the synonym table
 * (柚子 → 柚 finds 护国柚 and 真龙柚). Pure: the word segmenter is passed in.
 */
export interface QueryTerm {
  /** Normalised alternatives, the term itself first. */
  alternatives: string[];
}

export type Segmenter = (text: string) => string[];

/** Word groups: every word maps to the normalised words of its group(s). */
export type SynonymIndex = ReadonlyMap<string, readonly string[]>;

export function buildSynonymIndex(groups: readonly (readonly string[])[]): SynonymIndex {
  const index = new Map<string, string[]>();
  for (const group of groups) {
    const words = [...new Set(group.map((w) => wordRuns(w).join('')).filter(Boolean))];
    for (const w of words) index.set(w, [...new Set([...(index.get(w) ?? []), ...words])]);
  }
  return index;
}

const MAX_TERMS = 8;

/**
 * Splits the query on spaces and punctuation, then each run into words with the segmenter when
 * the run as a whole is not a known synonym (so 纳溪特早茶 stays whole once the dictionary knows
 * it, and 四川腊肉 becomes 四川 + 腊肉). Single characters the segmenter split off a longer run
 * are dropped (护国柚子 → 护国柚, 万源富硒茶叶 → 万源富硒茶): a lone 子 or 叶 would match almost
 * anything, and glued back on it would miss the product whose name lacks it. Several single
 * characters in a row are an unknown word and stay together (荣县黄桃干 → 荣县 + 黄桃干).
 */
export function planQuery(q: string, segment: Segmenter, synonyms: SynonymIndex): QueryTerm[] {
  const words: string[] = [];
  for (const run of wordRuns(q)) {
    if (synonyms.has(run) || charLength(run) <= 2) {
      words.push(run);
      continue;
    }
    words.push(...dropSplitSingles(run, segment(run).map((w) => wordRuns(w).join('')).filter(Boolean)));
  }
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const w of words) {
    if (seen.has(w)) continue;
    seen.add(w);
    const alternatives = [w, ...(synonyms.get(w) ?? []).filter((s) => s !== w)];
    terms.push({ alternatives });
    if (terms.length === MAX_TERMS) break;
  }
  return dropImpliedTerms(terms);
}

function dropSplitSingles(run: string, words: string[]): string[] {
  // Adjacent single characters are one unknown word the dictionary lacks (黄 + 桃 + 干): keep them together.
  const joined: string[] = [];
  let singles = '';
  const flush = () => {
    if (charLength(singles) >= 2) joined.push(singles);
    singles = '';
  };
  for (const w of words) {
    if (charLength(w) === 1) singles += w;
    else {
      flush();
      joined.push(w);
    }
  }
  flush();
  return joined.length ? joined : [run];
}

/** A term whose text lies inside another term's text adds nothing to an AND (灯影牛肉 + 牛肉). */
function dropImpliedTerms(terms: QueryTerm[]): QueryTerm[] {
  return terms.filter(
    (t, i) => t.alternatives.length > 1 || !terms.some((o, j) => j !== i && o.alternatives[0] !== t.alternatives[0] && o.alternatives.every((a) => a.includes(t.alternatives[0]!))),
  );
}
