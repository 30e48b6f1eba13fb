import { z } from 'zod';
import { pageQuerySchema } from '../../../core/http/common.schema.js';
import { fileRefSchema, historyEntrySchema } from '../../catalog/producers/producers.schema.js';
import { findingSchema } from '../check.schema.js';
import { VIOLATION_EVENTS, VIOLATION_SOURCES, VIOLATION_STATUSES } from './violation.machine.js';

/** Deduction from the streamer's credit score (0–100) a confirmed violation records. */
export const MAX_CREDIT_DEDUCTION = 20;

const text = (label: string, min: number, max: number) =>
  z.string().trim().min(min, min > 1 ? `${label}至少 ${min} 个字` : `请填写${label}`).max(max, `${label}最多 ${max} 个字`);

/** The checker finding a violation was raised from (the checker's own output, kept as evidence). */
export const raisedFindingSchema = findingSchema.pick({ start: true, end: true, text: true, term: true, category: true, severity: true, clause: true, basis: true });

export const reportBodySchema = z.object({
  streamerId: z.string().min(1).max(64),
  summary: text('违规概述', 2, 200),
  details: text('详细说明', 0, 5000).nullish(),
  /** The convention clause the reporter thinks was broken. */
  clause: z.number().int().min(1).max(99).nullish(),
  occurredOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').nullish(),
  /** Where: platform, live room, session, product page. */
  place: text('发生场景', 0, 200).nullish(),
  /** The words said or written: a transcript excerpt, a title. */
  evidenceText: text('证据文字', 0, 20000).nullish(),
  evidenceFileIds: z.array(z.string().min(1).max(64)).max(9, '证据文件最多 9 个').default([]),
  finding: raisedFindingSchema.nullish(),
});
export type ReportInput = z.infer<typeof reportBodySchema>;

export const respondBodySchema = z.object({ text: text('申辩内容', 2, 2000) });

export const transitionBodySchema = z.object({
  event: z.enum(VIOLATION_EVENTS.filter((e) => e !== 'report') as ['review', 'confirm', 'dismiss', 'rectify']),
  /** dismiss: why; rectify: what the streamer did; confirm: an optional note. */
  reason: text('说明', 0, 2000).nullish(),
  /** confirm: the clause broken, the evidence relied on, the deduction recorded. */
  clause: z.number().int().min(1).max(99).nullish(),
  evidence: text('认定证据', 0, 5000).nullish(),
  creditDeduction: z.number().int().min(1, '扣分至少 1 分').max(MAX_CREDIT_DEDUCTION, `扣分最多 ${MAX_CREDIT_DEDUCTION} 分`).nullish(),
});
export type TransitionInput = z.infer<typeof transitionBodySchema>;

const personSchema = z.object({ userId: z.string(), displayName: z.string(), unitName: z.string().nullable() });

export const violationSummarySchema = z.object({
  id: z.string(),
  status: z.enum(VIOLATION_STATUSES),
  source: z.enum(VIOLATION_SOURCES),
  streamer: personSchema,
  summary: z.string(),
  clause: z.number().int().nullable(),
  occurredOn: z.string().nullable(),
  reportedAt: z.string(),
  hasResponse: z.boolean(),
  creditDeduction: z.number().int().nullable(),
});

export const violationSchema = violationSummarySchema.extend({
  details: z.string().nullable(),
  place: z.string().nullable(),
  evidenceText: z.string().nullable(),
  evidenceFiles: z.array(fileRefSchema),
  finding: raisedFindingSchema.nullable(),
  /** Who reported it: shown to staff only, so reporters are not exposed to the streamer. */
  reporterName: z.string().nullable(),
  response: z.object({ text: z.string(), at: z.string() }).nullable(),
  decision: z
    .object({
      clause: z.number().int().nullable(),
      clauseText: z.string().nullable(),
      evidence: z.string().nullable(),
      creditDeduction: z.number().int().nullable(),
      note: z.string().nullable(),
      decidedByName: z.string().nullable(),
      at: z.string(),
    })
    .nullable(),
  rectification: z.object({ note: z.string(), at: z.string() }).nullable(),
  history: z.array(historyEntrySchema),
  /** The viewer's relation to the record. */
  viewerIs: z.enum(['staff', 'accused', 'reporter']),
  actions: z.array(z.string()),
  blockedActions: z.array(z.object({ event: z.string(), reason: z.string(), message: z.string() })),
  canRespond: z.boolean(),
});
export type Violation = z.infer<typeof violationSchema>;

export const violationListQuerySchema = pageQuerySchema.extend({
  status: z.enum(VIOLATION_STATUSES).optional(),
  q: z.string().trim().max(50).optional(),
});
export const violationListSchema = z.object({
  items: z.array(violationSummarySchema),
  total: z.number().int(),
  counts: z.record(z.enum(VIOLATION_STATUSES), z.number().int()),
});

export const streamerPickQuerySchema = z.object({ q: z.string().trim().max(30).optional() });
export const streamerPickSchema = z.object({ items: z.array(personSchema) });
