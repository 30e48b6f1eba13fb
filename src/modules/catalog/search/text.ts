/**
 * How search text and queries are normalised, the same way for the index and the query, on both
 * databases: NFKC (full-width letters and digits to half-width), lower case, and runs of letters
 * and digits as the unit of matching. Pure.
 */
const WORD_RUN = /[\p{L}\p{N}]+/gu;

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The runs of letters and digits in normalised text. */
export function wordRuns(text: string): string[] {
  return normalizeText(text).match(WORD_RUN) ?? [];
}

/** The text the trigram/pg_trgm index holds: runs joined by single spaces. */
export function searchBody(parts: readonly (string | null | undefined)[]): string {
  return parts.flatMap((p) => (p ? wordRuns(p) : [])).join(' ');
}

/**
 * Every character and every adjacent pair of characters inside each run: the index for one- and
 * two-character terms, which a trigram index cannot answer. A two-character term is then found
 * exactly where it occurs as a substring, as a longer one is by the trigram index.
 */
export function gramsOf(body: string): string[] {
  const grams = new Set<string>();
  for (const run of body.split(' ')) {
    const chars = Array.from(run);
    for (let i = 0; i < chars.length; i++) {
      grams.add(chars[i]!);
      if (i + 1 < chars.length) grams.add(chars[i]! + chars[i + 1]!);
    }
  }
  return [...grams];
}

/** Length in characters (code points), as the index counts them. */
export function charLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
