/**
 * Pure helpers of the script editor: text + findings → segments to render, the replacement a
 * suggestion offers, and the sentence around a finding. Offsets are the server's UTF-16 string
 * indices (end exclusive) and are used exactly as given — never searched for again.
 */
import type { Finding } from '../../../api/compliance';

export type Segment = { kind: 'plain'; text: string; start: number } | { kind: 'mark'; text: string; start: number; finding: Finding; index: number };

/**
 * Splits `text` into plain runs and marked findings. Findings are sorted by start; one that
 * overlaps the previous, is empty or lies outside the text is skipped (the server sends none
 * such, but a mark at a wrong place would be worse than a missing one).
 */
export function segmentsOf(text: string, findings: readonly Finding[]): Segment[] {
  const sorted = findings.map((finding, index) => ({ finding, index })).sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end);
  const out: Segment[] = [];
  let at = 0;
  for (const { finding, index } of sorted) {
    const { start, end } = finding;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < at || end <= start || end > text.length) continue;
    if (start > at) out.push({ kind: 'plain', text: text.slice(at, start), start: at });
    out.push({ kind: 'mark', text: text.slice(start, end), start, finding, index });
    at = end;
  }
  if (at < text.length) out.push({ kind: 'plain', text: text.slice(at), start: at });
  return out;
}

/** Words before a quotation that mean "do not say this" (不提“驰名商标”). */
const NEGATING = /(不提|不说|不用|不写|不要说|不承诺|避免)$/;

/**
 * The words a suggestion offers to put in place of the finding: the first quoted phrase
 * (“本场优惠价（以页面价格为准）”, or the example after 如“…”) that is not itself the banned
 * word. Null when the suggestion is advice only (介绍口味、产地和吃法): then it must be rewritten
 * by hand, since pasting advice into a script would make no sense.
 */
export function replacementOf(finding: Pick<Finding, 'suggestion' | 'term' | 'text'>): string | null {
  const quoted = /[“"]([^“”"]+)[”"]/g;
  for (let m = quoted.exec(finding.suggestion); m; m = quoted.exec(finding.suggestion)) {
    const phrase = m[1]!.trim();
    if (!phrase) continue;
    if (NEGATING.test(finding.suggestion.slice(0, m.index))) continue;
    if (phrase.includes(finding.term) || phrase.includes(finding.text)) continue;
    return phrase;
  }
  return null;
}

/** `text` with [start, end) replaced. */
export function applyReplacement(text: string, finding: Pick<Finding, 'start' | 'end'>, replacement: string): string {
  return text.slice(0, finding.start) + replacement + text.slice(finding.end);
}

const STOPS = new Set(['。', '！', '？', '!', '?', '；', ';', '\n']);

/**
 * The sentence (or line) a finding sits in, kept as a violation's evidence: from just after the
 * previous stop to the next stop inclusive, at most `max` characters, centred on the finding.
 */
export function sentenceAround(text: string, start: number, end: number, max = 300): string {
  let from = start;
  while (from > 0 && !STOPS.has(text[from - 1]!) && start - from < max) from--;
  let to = end;
  while (to < text.length && !STOPS.has(text[to - 1]!) && to - end < max) to++;
  if (to < text.length && STOPS.has(text[to]!) && text[to] !== '\n') to++;
  let s = text.slice(from, to).trim();
  if (s.length > max) {
    const half = Math.floor((max - (end - start)) / 2);
    s = text.slice(Math.max(from, start - half), Math.min(to, end + half)).trim();
  }
  return s;
}
