import { z } from 'zod';
import { pageQuerySchema } from '../../../core/http/common.schema.js';
import { checkResultSchema } from '../check.schema.js';
import { CATEGORIES } from '../checker/lexicon-entry.js';

export const SEVERITIES = ['must_fix', 'caution'] as const;
/** How many characters a "try it" text may have: a script or a product page, not a transcript. */
export const MAX_TRY_CHARS = 20_000;

const line = (label: string, max: number) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}最多 ${max} 个字`);

/** One entry as staff write it in the lexicon editor. */
export const lexiconEntryInputSchema = z.object({
  term: line('词条', 30),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  clause: z.number().int().min(1, '请填写公约条款号').max(99),
  basis: line('法律依据', 200),
  why: line('原因说明', 300),
  suggestion: line('改写建议', 300),
  /** Longer words containing the term that are fine (最近, 最佳食用期). */
  allowIn: z.array(line('例外词', 40)).max(50, '例外词最多 50 个').default([]),
  /** Characters before a match within which a negation (不能, 不是…) exempts it; 0 = negation does not matter. */
  negationWindow: z.number().int().min(0).max(10).default(0),
  enabled: z.boolean().default(true),
});
export type LexiconEntryInput = z.infer<typeof lexiconEntryInputSchema>;

export const lexiconItemSchema = lexiconEntryInputSchema.extend({
  id: z.string(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type LexiconItem = z.infer<typeof lexiconItemSchema>;

export const lexiconListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(30).optional(),
  category: z.enum(CATEGORIES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  enabled: z.enum(['true', 'false']).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const lexiconListSchema = z.object({
  /** The lexicon version in force: every change makes a new one. */
  version: z.number().int(),
  total: z.number().int(),
  items: z.array(lexiconItemSchema),
});

export const lexiconSavedSchema = z.object({ version: z.number().int(), item: lexiconItemSchema });

export const LEXICON_ACTIONS = ['seed', 'create', 'update', 'enable', 'disable'] as const;

export const lexiconChangeSchema = z.object({
  version: z.number().int(),
  action: z.enum(LEXICON_ACTIONS),
  entryId: z.string().nullable(),
  term: z.string().nullable(),
  /** One line in Chinese, e.g. 修改「最低价」：严重程度、改写建议. */
  summary: z.string(),
  before: lexiconEntryInputSchema.nullable(),
  after: lexiconEntryInputSchema.nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const lexiconChangesQuerySchema = pageQuerySchema.extend({ entryId: z.string().max(64).optional() });
export const lexiconChangesSchema = z.object({ total: z.number().int(), items: z.array(lexiconChangeSchema) });

/** "Try it": a text checked against the lexicon in force, with an unsaved draft entry applied. */
export const lexiconTryBodySchema = z.object({
  text: z.string().max(MAX_TRY_CHARS, `试用文本最多 ${MAX_TRY_CHARS.toLocaleString('en')} 个字符`),
  /** The entry being edited: replaces the saved entry with this id, or is added when new. */
  draft: lexiconEntryInputSchema.extend({ id: z.string().max(64).optional() }).optional(),
});
export const lexiconTryResultSchema = checkResultSchema;
