/**
 * Cooperations, live sessions and price boards (issue 5). Types are inferred from the server's schemas.
 */
import type { z } from 'zod';
import type { cooperationListSchema, cooperationSchema, cooperationSummarySchema, proposeBodySchema } from '../../../src/modules/matching/cooperations/cooperations.schema';
import type { priceBoardSchema, reportBodySchema, sessionInputSchema, sessionListSchema, sessionSchema, sessionSummarySchema } from '../../../src/modules/matching/sessions/sessions.schema';
import { api } from './client';

export type Cooperation = z.infer<typeof cooperationSchema>;
export type CooperationSummary = z.infer<typeof cooperationSummarySchema>;
export type CooperationList = z.infer<typeof cooperationListSchema>;
export type ProposeBody = z.input<typeof proposeBodySchema>;
export type Session = z.infer<typeof sessionSchema>;
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
export type SessionList = z.infer<typeof sessionListSchema>;
export type SessionInput = z.input<typeof sessionInputSchema>;
export type ReportBody = z.input<typeof reportBodySchema>;
export type PriceBoard = z.infer<typeof priceBoardSchema>;

const enc = encodeURIComponent;

export const cooperationApi = {
  /** A streamer proposes for themselves; the producer side names `streamerId`. */
  propose: (body: ProposeBody) => api.post<Cooperation>('/api/matching/cooperations', body),
  /** The caller's cooperations: as streamer, as the products' producer, or as staff over them. */
  list: (q: { status?: string; productId?: string; page?: number; pageSize?: number }) => api.get<CooperationList>('/api/matching/cooperations', { ...q }),
  get: (id: string) => api.get<Cooperation>(`/api/matching/cooperations/${enc(id)}`),
  step: (id: string, event: 'accept' | 'activate' | 'complete' | 'terminate', reason?: string) => api.post<Cooperation>(`/api/matching/cooperations/${enc(id)}/transition`, { event, reason }),

  createSession: (body: SessionInput) => api.post<Session>('/api/matching/sessions', body),
  updateSession: (id: string, body: SessionInput) => api.put<Session>(`/api/matching/sessions/${enc(id)}`, body),
  /** The streamer's own sessions. */
  mySessions: (q: { status?: string; page?: number; pageSize?: number }) => api.get<SessionList>('/api/matching/sessions/mine', { ...q }),
  /** Staff: sessions of streamers in their units (reportOverdue flags late reports). */
  sessionsInScope: (q: { status?: string; page?: number; pageSize?: number }) => api.get<SessionList>('/api/matching/sessions', { ...q }),
  session: (id: string) => api.get<Session>(`/api/matching/sessions/${enc(id)}`),
  sessionStep: (id: string, event: 'schedule' | 'revise' | 'go_live' | 'end' | 'cancel', reason?: string) => api.post<Session>(`/api/matching/sessions/${enc(id)}/transition`, { event, reason }),
  /** Staff let a script with must-fix findings through, with a reason. */
  overrideScript: (id: string, reason: string) => api.post<Session>(`/api/matching/sessions/${enc(id)}/override`, { reason }),
  report: (id: string, body: ReportBody) => api.post<Session>(`/api/matching/sessions/${enc(id)}/report`, body),

  priceBoard: (productId: string) => api.get<PriceBoard>(`/api/matching/products/${enc(productId)}/price-board`),
};
