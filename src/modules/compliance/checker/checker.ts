import { buildAutomaton, type Automaton } from './automaton.js';
import type { LexiconEntry } from './lexicon-entry.js';
import { normalize, normalizeTerm, type Normalized } from './normalize.js';

/**
 * The compliance checker (issue 4): pure, built once per lexicon version. Matches every enabled
 * term in the normalised text, drops the matches the entry's own exemptions cover (a longer
 * allowed word around it, a negation just before it), keeps the longest of nested matches, and
 * maps each finding back to UTF-16 offsets of the original text.
 */
export interface Finding extends Pick<LexiconEntry, 'term' | 'category' | 'severity' | 'clause' | 'basis' | 'why' | 'suggestion'> {
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** The original span, as written (evasions included). */
  text: string;
}

/** Words that, just before a claim, deny it (不能治疗, 不是药, 并非药品, 无法替代). */
const NEGATIONS = ['不', '没', '无法', '并非', '未'];
/** Words that start with a negation character but deny nothing (不仅能降血压 is still a claim). */
const NOT_NEGATIONS = ['不仅', '不错', '不少', '不断', '不同', '不光', '不只', '不住', '未来'];

interface CompiledEntry {
  entry: LexiconEntry;
  /** Allowed longer words, normalised, with every offset at which the term sits inside them. */
  allow: { word: string; offsets: number[] }[];
}

export interface Checker {
  readonly termCount: number;
  readonly stateCount: number;
  check(text: string): Finding[];
}

export const MAX_TEXT_LENGTH = 1_000_000;

export function buildChecker(lexicon: readonly LexiconEntry[]): Checker {
  const compiled: CompiledEntry[] = [];
  const patterns: string[] = [];
  const seen = new Map<string, number>();
  for (const entry of lexicon) {
    if (entry.enabled === false) continue;
    const term = normalizeTerm(entry.term);
    if (!term || seen.has(term)) continue;
    seen.set(term, compiled.length);
    const allow = (entry.allowIn ?? []).map((a) => {
      const word = normalizeTerm(a);
      const offsets: number[] = [];
      for (let k = word.indexOf(term); k >= 0; k = word.indexOf(term, k + 1)) offsets.push(k);
      return { word, offsets };
    });
    compiled.push({ entry, allow: allow.filter((a) => a.offsets.length > 0) });
    patterns.push(term);
  }
  const automaton: Automaton = buildAutomaton(patterns);
  const negations = NEGATIONS.map(normalizeTerm);
  const notNegations = NOT_NEGATIONS.map(normalizeTerm);

  const matchesAt = (n: Normalized, at: number, word: string): boolean => {
    if (at < 0 || at + word.length > n.length) return false;
    for (let i = 0; i < word.length; i++) if (n.units[at + i] !== word.charCodeAt(i)) return false;
    return true;
  };
  const isWordUnit = (u: number | undefined) => u !== undefined && ((u >= 0x30 && u <= 0x39) || (u >= 0x61 && u <= 0x7a));
  /**
   * A match is not an evasion but an accident when a repeat was collapsed inside it (他妈妈的
   * is not 他妈的; 最最最低价 repeats only its first character), or when a Latin or digit term
   * runs on into more letters or digits (no1 in NO.10238).
   */
  const accidental = (n: Normalized, s: number, e: number): boolean => {
    // The first unit may be a run (emphasis) and so may the last (the repeat follows the term).
    for (let k = s + 1; k < e - 1; k++) if (n.end[k]! - n.start[k]! > 1) return true;
    if (isWordUnit(n.units[e - 1]) && e < n.length && isWordUnit(n.units[e])) return true;
    if (isWordUnit(n.units[s]) && s > 0 && isWordUnit(n.units[s - 1])) return true;
    return false;
  };
  const exempt = (n: Normalized, c: CompiledEntry, s: number): boolean => {
    for (const a of c.allow) for (const k of a.offsets) if (matchesAt(n, s - k, a.word)) return true;
    const window = c.entry.negationWindow ?? 0;
    if (window > 0) {
      for (const neg of negations) {
        for (let at = Math.max(0, s - window); at + neg.length <= s; at++) {
          if (matchesAt(n, at, neg) && !notNegations.some((w) => matchesAt(n, at, w))) return true;
        }
      }
    }
    return false;
  };

  return {
    termCount: compiled.length,
    stateCount: automaton.stateCount,
    check(text: string): Finding[] {
      const n = normalize(text);
      const raw: { s: number; e: number; c: CompiledEntry }[] = [];
      automaton.scan(n.units, n.length, (pattern, end) => {
        const c = compiled[pattern]!;
        const s = end - automaton.lengths[pattern]!;
        if (!accidental(n, s, end) && !exempt(n, c, s)) raw.push({ s, e: end, c });
      });
      // Longest first among those starting together; a match inside a kept one adds nothing.
      raw.sort((a, b) => a.s - b.s || b.e - a.e);
      const kept: typeof raw = [];
      let coverEnd = -1;
      for (const m of raw) {
        if (m.e <= coverEnd) continue;
        kept.push(m);
        coverEnd = Math.max(coverEnd, m.e);
      }
      return kept.map(({ s, e, c }) => {
        const start = n.start[s]!;
        // Up to the first occurrence of the last character: a repeat after the term is not part of it.
        const end = e - 1 > s ? n.start[e - 1]! + 1 : n.end[e - 1]!;
        const { term, category, severity, clause, basis, why, suggestion } = c.entry;
        return { start, end, text: text.slice(start, end), term, category, severity, clause, basis, why, suggestion };
      });
    },
  };
}

/** 1-based line and column (in characters as JavaScript counts them) of an offset, for listings. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
