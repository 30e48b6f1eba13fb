import { api } from './client';
import type {
  BatchBody,
  CreateProductBody,
  EvidenceBody,
  ManageProductsQuery,
  Page,
  Product,
  ProductInput,
  ProductSummary,
  ProductTransitionBody,
  SearchQuery,
  SearchResult,
} from './types';

const base = '/api/catalog/products';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export const productsApi = {
  /** The selection pool search (every signed-in user). */
  search: (query: SearchQuery) => api.get<SearchResult>(base, query),
  exportSearch: (query: SearchQuery) => api.download(`${base}/export.xlsx`, query, '选品池.xlsx'),
  /** Products the viewer manages: a producer's own (drafts too), staff's scope. */
  manage: (query: ManageProductsQuery) => api.get<Page<ProductSummary>>(`${base}/manage`, query),
  exportManage: (query: ManageProductsQuery) => api.download(`${base}/manage/export.xlsx`, query, '商品.xlsx'),
  get: (id: string) => api.get<Product>(one(id)),
  create: (body: CreateProductBody) => api.post<Product>(base, body),
  update: (id: string, body: ProductInput) => api.put<Product>(one(id), body),
  transition: (id: string, body: ProductTransitionBody) => api.post<Product>(`${one(id)}/transition`, body),
  addBatch: (id: string, body: BatchBody) => api.post<Product>(`${one(id)}/batches`, body),
  addEvidence: (batchId: string, body: EvidenceBody) =>
    api.post<Product>(`/api/catalog/batches/${encodeURIComponent(batchId)}/evidence`, body),
};
