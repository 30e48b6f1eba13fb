import { api } from './client';
import type { AuditEntry, ListAuditQuery, Page } from './types';

export const auditApi = {
  list: (query: ListAuditQuery) => api.get<Page<AuditEntry>>('/api/admin/audit', query),
};
