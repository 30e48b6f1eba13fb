import { api } from './client';
import type { CreateUnitBody, Unit } from './types';

const base = '/api/admin/units';

export const unitsApi = {
  list: () => api.get<{ items: Unit[] }>(base),
  create: (body: CreateUnitBody) => api.post<Unit>(base, body),
  update: (id: string, body: Partial<Pick<Unit, 'name' | 'type' | 'regionCode'>>) =>
    api.patch<Unit>(`${base}/${encodeURIComponent(id)}`, body),
  move: (id: string, parentId: string) => api.post<Unit>(`${base}/${encodeURIComponent(id)}/move`, { parentId }),
  deactivate: (id: string) => api.post<Unit>(`${base}/${encodeURIComponent(id)}/deactivate`),
  activate: (id: string) => api.post<Unit>(`${base}/${encodeURIComponent(id)}/activate`),
};
