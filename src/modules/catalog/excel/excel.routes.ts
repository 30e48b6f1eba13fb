import { z } from 'zod';
import type { App, AppContext } from '../../../core/app-context.js';
import { DomainError } from '../../../core/errors.js';
import type { RouteAccess } from '../../../core/http/access.js';
import { CATALOG_EDITOR_ROLES, viewerOf } from '../access.js';
import * as producersRepo from '../producers/producers.repo.js';
import { listProducersQuerySchema } from '../producers/producers.schema.js';
import * as productsRepo from '../products/products.repo.js';
import { manageProductsQuerySchema } from '../products/products.schema.js';
import { managedFilter } from '../products/products.service.js';
import { searchQuerySchema } from '../search/search.schema.js';
import { poolFilter } from '../search/search.service.js';
import { EXPORT_ROW_LIMIT, producersWorkbook, productsWorkbook, templateWorkbook } from './export.service.js';
import { importQuerySchema, importReportSchema } from './excel.schema.js';
import { importProducers, importProducts } from './import.service.js';
import { sendXlsx } from './workbook.js';

const EDITORS: RouteAccess = { roles: CATALOG_EDITOR_ROLES, scope: 'unit-subtree' };

const POOL: RouteAccess = { roles: 'authenticated', scope: 'shared-reference' };
const tags = ['catalog: import & export'];



export function registerExcelRoutes(app: App, ctx: AppContext): void {
  const deps = { db: ctx.db, regions: ctx.regions };

  app.get(
    '/api/catalog/import/templates/:kind',
    { config: { access: EDITORS }, schema: { tags, summary: '下载导入模板（producers.xlsx / products.xlsx）', params: z.object({ kind: z.enum(['producers.xlsx', 'products.xlsx']) }) } },
    async (req, reply) => {
      const kind = req.params.kind === 'producers.xlsx' ? 'producers' : 'products';
      return sendXlsx(reply, kind === 'producers' ? '生产主体导入模板' : '商品导入模板', await templateWorkbook(kind));
    },
  );

  app.post(
    '/api/catalog/import/:kind',
    {
      config: { access: EDITORS },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags,
        summary: '导入 Excel（请求体为 .xlsx 原始字节）：check 只校验；all 有错误则不写入；valid 仅导入有效行',
        params: z.object({ kind: z.enum(['producers', 'products']) }),
        querystring: importQuerySchema,
        response: { 200: importReportSchema },
      },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body)) throw new DomainError('IMPORT_FILE_UNREADABLE', '请把 .xlsx 文件内容作为请求体上传');
      const viewer = viewerOf(req);
      const importer = { userId: viewer.userId, staffScope: viewer.staffScope, producerScope: viewer.producerScope };
      if (req.params.kind === 'producers') return importProducers(deps, importer, req.body, req.query.mode, req.query.unitId);
      return importProducts(deps, importer, req.body, req.query.mode);
    },
  );

  app.get(
    '/api/catalog/producers/export.xlsx',
    { config: { access: EDITORS }, schema: { tags, summary: '导出生产主体列表（与列表相同的筛选）', querystring: listProducersQuerySchema.omit({ page: true, pageSize: true }) } },
    async (req, reply) => {
      const viewer = viewerOf(req);
      let unitPath: string | undefined;
      if (req.query.unitId) unitPath = (await ctx.db.selectFrom('units').select('path').where('id', '=', req.query.unitId).executeTakeFirst())?.path ?? '/none/';
      const { items } = await producersRepo.listProducers(ctx.db, { ownerUserId: viewer.userId, unitPaths: viewer.staffScope.pathPrefixes, ...req.query, unitPath }, EXPORT_ROW_LIMIT, 0);
      return sendXlsx(reply, '生产主体', await producersWorkbook(items, ctx.regions));
    },
  );

  app.get(
    '/api/catalog/products/export.xlsx',
    { config: { access: POOL }, schema: { tags, summary: '导出选品池搜索结果（与搜索相同的条件）', querystring: searchQuerySchema.omit({ page: true, pageSize: true }) } },
    async (req, reply) => {
      const planned = await poolFilter(ctx.db, req.query);
      const rows = planned ? await productsRepo.listProducts(ctx.db, planned.filter, req.query.sort, planned.terms, EXPORT_ROW_LIMIT, 0) : [];
      return sendXlsx(reply, '选品池', await productsWorkbook(rows, ctx.regions));
    },
  );

  app.get(
    '/api/catalog/products/manage/export.xlsx',
    { config: { access: EDITORS }, schema: { tags, summary: '导出我管理的商品', querystring: manageProductsQuerySchema.omit({ page: true, pageSize: true }) } },
    async (req, reply) => {
      const filter = await managedFilter(ctx.db, viewerOf(req), req.query);
      const rows = filter ? await productsRepo.listProducts(ctx.db, filter, 'updated', [], EXPORT_ROW_LIMIT, 0) : [];
      return sendXlsx(reply, '商品', await productsWorkbook(rows, ctx.regions));
    },
  );
}

