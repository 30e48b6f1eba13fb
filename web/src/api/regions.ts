import { api } from './client';
import type { Region, RegionDetail } from './types';

export const regionsApi = {
  children: (parent?: string) => api.get<{ items: Region[] }>('/api/regions', { parent }),
  detail: (code: string) => api.get<RegionDetail>(`/api/regions/${encodeURIComponent(code)}`),
};
