import { api } from './client';
import type {
  BankReveal,
  CreateProducerBody,
  ListProducersQuery,
  Page,
  Producer,
  ProducerSummary,
  ProducerTransitionBody,
  SiteVisitBody,
  UpdateProducerBody,
} from './types';

const base = '/api/catalog/producers';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export const producersApi = {
  list: (query: ListProducersQuery) => api.get<Page<ProducerSummary>>(base, query),
  get: (id: string) => api.get<Producer>(one(id)),
  create: (body: CreateProducerBody) => api.post<Producer>(base, body),
  update: (id: string, body: UpdateProducerBody) => api.patch<Producer>(one(id), body),
  transition: (id: string, body: ProducerTransitionBody) => api.post<Producer>(`${one(id)}/transition`, body),
  documentCheck: (id: string, checked: boolean) => api.post<Producer>(`${one(id)}/document-check`, { checked }),
  addSiteVisit: (id: string, body: SiteVisitBody) => api.post<Producer>(`${one(id)}/site-visits`, body),
  /** Unmasked bank account; the server writes the read to the audit log. */
  bank: (id: string) => api.get<BankReveal>(`${one(id)}/bank`),
  exportXlsx: (query: ListProducersQuery) => api.download(`${base}/export.xlsx`, query, '生产主体.xlsx'),
};
