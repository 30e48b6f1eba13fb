import { api, withQuery } from './client';
import type { Category, ImportReport, Ok, SynonymBody, SynonymGroup } from './types';

export type ImportKind = 'producers' | 'products';
/** check: validate only; all: nothing is written if any row is invalid; valid: import the valid rows. */
export type ImportMode = 'check' | 'all' | 'valid';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const catalogApi = {
  categories: () => api.get<{ items: Category[] }>('/api/catalog/categories'),

  synonyms: () => api.get<{ items: SynonymGroup[] }>('/api/catalog/synonyms'),
  createSynonym: (body: SynonymBody) => api.post<SynonymGroup>('/api/catalog/synonyms', body),
  updateSynonym: (id: string, body: SynonymBody) => api.put<SynonymGroup>(`/api/catalog/synonyms/${encodeURIComponent(id)}`, body),
  deleteSynonym: (id: string) => api.delete<Ok>(`/api/catalog/synonyms/${encodeURIComponent(id)}`),

  downloadTemplate: (kind: ImportKind) =>
    api.download(`/api/catalog/import/templates/${kind}.xlsx`, undefined, kind === 'producers' ? '生产主体导入模板.xlsx' : '商品导入模板.xlsx'),
  importFile: (kind: ImportKind, mode: ImportMode, file: Blob, unitId?: string) =>
    api.postBinary<ImportReport>(withQuery(`/api/catalog/import/${kind}`, { mode, unitId }), file, XLSX),
};
