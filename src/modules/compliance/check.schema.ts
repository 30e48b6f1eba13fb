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
  lexicon: z.object({ version: z.string(), terms: z.number().int() }),
});
