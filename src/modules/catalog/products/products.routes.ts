import type { App, AppContext } from '../../../core/app-context.js';
import type { RouteAccess } from '../../../core/http/access.js';
import { idParamsSchema, pageOf } from '../../../core/http/common.schema.js';
import { CATALOG_EDITOR_ROLES, viewerOf } from '../access.js';
import { batchBodySchema, createProductBodySchema, evidenceBodySchema, manageProductsQuerySchema, productSchema, productSummarySchema, productTransitionBodySchema, updateProductBodySchema } from './products.schema.js';
import * as products from './products.service.js';

/** Producers manage their producers' products; base staff those of their unit subtree. */
const EDITORS: RouteAccess = { roles: CATALOG_EDITOR_ROLES, scope: 'unit-subtree' };
/** Pool products are readable by every signed-in user; others only by who manages them. */
const READERS: RouteAccess = { roles: 'authenticated', scope: 'unit-subtree' };
const tags = ['catalog: products'];

export function registerProductRoutes(app: App, ctx: AppContext): void {
  const deps = { db: ctx.db, regions: ctx.regions };

  app.get(
    '/api/catalog/products/manage',
    { config: { access: EDITORS }, schema: { tags, summary: '我管理的商品（含草稿、待核验、已暂停）', querystring: manageProductsQuerySchema, response: { 200: pageOf(productSummarySchema) } } },
    async (req) => products.listManagedProducts(deps, viewerOf(req), req.query),
  );

  app.post(
    '/api/catalog/products',
    { config: { access: EDITORS }, schema: { tags, summary: '新建商品（草稿）', body: createProductBodySchema, response: { 200: productSchema } } },
    async (req) => products.createProduct(deps, viewerOf(req), req.body),
  );

  app.get(
    '/api/catalog/products/:id',
    { config: { access: READERS }, schema: { tags, summary: '商品详情（批次、凭证、品质分构成、流转记录）', params: idParamsSchema, response: { 200: productSchema } } },
    async (req) => products.getProduct(deps, viewerOf(req), req.params.id),
  );

  app.put(
    '/api/catalog/products/:id',
    { config: { access: EDITORS }, schema: { tags, summary: '修改商品', params: idParamsSchema, body: updateProductBodySchema, response: { 200: productSchema } } },
    async (req) => products.updateProduct(deps, viewerOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/catalog/products/:id/transition',
    { config: { access: EDITORS }, schema: { tags, summary: '提交核验 / 撤回 / 核验通过 / 驳回 / 暂停 / 恢复', params: idParamsSchema, body: productTransitionBodySchema, response: { 200: productSchema } } },
    async (req) => products.transitionProduct(deps, viewerOf(req), req.params.id, req.body.event, req.body.reason ?? null, req.body.methods ?? []),
  );

  app.post(
    '/api/catalog/products/:id/batches',
    { config: { access: EDITORS }, schema: { tags, summary: '新增批次', params: idParamsSchema, body: batchBodySchema, response: { 200: productSchema } } },
    async (req) => products.addBatch(deps, viewerOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/catalog/batches/:id/evidence',
    { config: { access: EDITORS }, schema: { tags, summary: '为批次添加凭证（合格证、检测报告、认证证书）', params: idParamsSchema, body: evidenceBodySchema, response: { 200: productSchema } } },
    async (req) => products.addEvidence(deps, viewerOf(req), req.params.id, req.body),
  );
}
