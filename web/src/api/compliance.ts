/**
 * The compliance API (issue 4): the checker, the streamer convention, the staff-edited lexicon
 * and violations. Types are inferred from the server's Zod schemas.
 */
import type { z } from 'zod';
import type { checkResultSchema, findingSchema } from '../../../src/modules/compliance/check.schema';
import type { conventionSchema, coverageSchema, publishBodySchema } from '../../../src/modules/compliance/convention/convention.schema';
import type {
  lexiconChangeSchema,
  lexiconChangesSchema,
  lexiconEntryInputSchema,
  lexiconItemSchema,
  lexiconListSchema,
  lexiconSavedSchema,
  lexiconTryBodySchema,
} from '../../../src/modules/compliance/lexicon/lexicon.schema';
import type {
  reportBodySchema,
  streamerPickSchema,
  transitionBodySchema,
  violationListSchema,
  violationSchema,
  violationSummarySchema,
} from '../../../src/modules/compliance/violations/violations.schema';
import { api } from './client';

export type Finding = z.infer<typeof findingSchema>;
export type CheckResult = z.infer<typeof checkResultSchema>;
export type Convention = z.infer<typeof conventionSchema>;
export type Coverage = z.infer<typeof coverageSchema>;
export type PublishBody = z.input<typeof publishBodySchema>;
export type LexiconEntryInput = z.input<typeof lexiconEntryInputSchema>;
export type LexiconItem = z.infer<typeof lexiconItemSchema>;
export type LexiconList = z.infer<typeof lexiconListSchema>;
export type LexiconSaved = z.infer<typeof lexiconSavedSchema>;
export type LexiconChange = z.infer<typeof lexiconChangeSchema>;
export type LexiconChanges = z.infer<typeof lexiconChangesSchema>;
export type LexiconTryBody = z.input<typeof lexiconTryBodySchema>;
export type ReportBody = z.input<typeof reportBodySchema>;
export type ViolationTransitionBody = z.input<typeof transitionBodySchema>;
export type Violation = z.infer<typeof violationSchema>;
export type ViolationSummary = z.infer<typeof violationSummarySchema>;
export type ViolationList = z.infer<typeof violationListSchema>;
export type StreamerPick = z.infer<typeof streamerPickSchema>['items'][number];

export interface LexiconQuery {
  q?: string;
  category?: string;
  severity?: 'must_fix' | 'caution';
  enabled?: 'true' | 'false';
  page?: number;
  pageSize?: number;
}

export interface ViolationQuery {
  status?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}

const enc = encodeURIComponent;

export const complianceApi = {
  /** Anyone signed in: findings with UTF-16 offsets into the text as sent. */
  check: (text: string) => api.post<CheckResult>('/api/compliance/check', { text }),

  convention: () => api.get<Convention>('/api/compliance/convention'),
  /** Streamers sign the version they read; 409 CONFLICT when a newer version was published meanwhile. */
  signConvention: (version: number) => api.post<{ version: number; signedAt: string }>('/api/compliance/convention/sign', { version }),
  publishConvention: (body: PublishBody) => api.post<{ id: string; version: number }>('/api/compliance/convention', body),
  signatures: () => api.get<Coverage>('/api/compliance/convention/signatures'),

  lexicon: (query: LexiconQuery) => api.get<LexiconList>('/api/compliance/lexicon', { ...query }),
  createLexiconEntry: (body: LexiconEntryInput) => api.post<LexiconSaved>('/api/compliance/lexicon', body),
  updateLexiconEntry: (id: string, body: LexiconEntryInput) => api.put<LexiconSaved>(`/api/compliance/lexicon/${enc(id)}`, body),
  lexiconChanges: (query: { entryId?: string; page?: number; pageSize?: number }) => api.get<LexiconChanges>('/api/compliance/lexicon/changes', { ...query }),
  /** Checks a text against the lexicon in force with an unsaved draft entry applied. */
  tryLexicon: (body: LexiconTryBody) => api.post<CheckResult>('/api/compliance/lexicon/try', body),

  /** Streamers to pick from when reporting (streamers, producers, staff). */
  streamers: (q?: string) => api.get<{ items: StreamerPick[] }>('/api/compliance/streamers', { q }),
  report: (body: ReportBody) => api.post<Violation>('/api/compliance/violations', body),
  /** Staff queue: violations of streamers in the staff member's units. */
  violations: (query: ViolationQuery) => api.get<ViolationList>('/api/compliance/violations', { ...query }),
  /** The signed-in streamer's own violations. */
  myViolations: (query: ViolationQuery) => api.get<ViolationList>('/api/compliance/violations/mine', { ...query }),
  /** Violations the signed-in user reported. */
  myReports: (query: ViolationQuery) => api.get<ViolationList>('/api/compliance/violations/reported', { ...query }),
  violation: (id: string) => api.get<Violation>(`/api/compliance/violations/${enc(id)}`),
  respond: (id: string, text: string) => api.post<Violation>(`/api/compliance/violations/${enc(id)}/response`, { text }),
  transition: (id: string, body: ViolationTransitionBody) => api.post<Violation>(`/api/compliance/violations/${enc(id)}/transition`, body),
};
