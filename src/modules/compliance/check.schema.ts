import { z } from 'zod';
import { CATEGORIES } from './checker/lexicon-entry.js';

export const MAX_CHECK_CHARS = 500_000;

export const checkBodySchema = z.object({
  text: z.string().max(MAX_CHECK_CHARS, `一次最多检查 ${MAX_CHECK_CHARS.toLocaleString('en')} 个字符`),
});

export const findingSchema = z.object({
  /** UTF-16 offsets into the text as sent (JavaScript string indices), end exclusive. */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  term: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(['must_fix', 'caution']),
  clause: z.number().int(),
  basis: z.string(),
  why: z.string(),
  suggestion: z.string(),
});
export type FindingDto = z.infer<typeof findingSchema>;

export const checkResultSchema = z.object({
  findings: z.array(findingSchema),
  summary: z.object({ mustFix: z.number().int(), caution: z.number().int() }),
  /** The lexicon version the text was checked against (0: the starter lexicon shipped with the code). */
  lexicon: z.object({ version: z.number().int(), terms: z.number().int() }),
});

/** The reply of a check: findings, counts by severity, and the lexicon version used. */
export function summarize(findings: FindingDto[], version: number, terms: number): z.infer<typeof checkResultSchema> {
  const mustFix = findings.filter((f) => f.severity === 'must_fix').length;
  return { findings, summary: { mustFix, caution: findings.length - mustFix }, lexicon: { version, terms } };
}
