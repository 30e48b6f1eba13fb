import { z } from 'zod';
import type { App, AppContext } from '../../../core/app-context.js';
import type { RouteAccess } from '../../../core/http/access.js';
import { idParamsSchema, okSchema } from '../../../core/http/common.schema.js';
import { actorOf } from '../../../core/http/request-actor.js';
import { STAFF_ROLES } from '../access.js';
import { categoryTree } from '../categories.js';
import { categorySchema, searchQuerySchema, searchResultSchema, synonymBodySchema, synonymGroupSchema } from './search.schema.js';
import { searchPool } from './search.service.js';
import * as synonyms from './synonyms.service.js';

/** The selection pool is published to every signed-in user (streamers in particular). */
const POOL: RouteAccess = { roles: 'authenticated', scope: 'shared-reference' };
/** The synonym table is deployment-wide configuration kept by base staff. */
const STAFF: RouteAccess = { roles: STAFF_ROLES, scope: 'shared-reference' };
const tags = ['catalog: search'];

export function registerSearchRoutes(app: App, ctx: AppContext): void {
  const deps = { db: ctx.db, regions: ctx.regions };

  app.get(
    '/api/catalog/products',
    { config: { access: POOL }, schema: { tags, summary: '选品池搜索：中文全文（支持两字词与同义词）、筛选、排序', querystring: searchQuerySchema, response: { 200: searchResultSchema } } },
    async (req) => searchPool(deps, req.query),
  );

  app.get(
    '/api/catalog/categories',
    { config: { access: POOL }, schema: { tags, summary: '商品类目树（平铺，按 parentId 组树）', response: { 200: z.object({ items: z.array(categorySchema) }) } } },
    async () => ({ items: (await categoryTree(ctx.db)).list.map((c) => ({ id: c.id, parentId: c.parent_id, name: c.name, edible: Boolean(c.edible) })) }),
  );

  app.get(
    '/api/catalog/synonyms',
    { config: { access: STAFF }, schema: { tags, summary: '搜索同义词组', response: { 200: z.object({ items: z.array(synonymGroupSchema) }) } } },
    async () => ({ items: await synonyms.listSynonyms(ctx.db) }),
  );
  app.post(
    '/api/catalog/synonyms',
    { config: { access: STAFF }, schema: { tags, summary: '新增同义词组', body: synonymBodySchema, response: { 200: synonymGroupSchema } } },
    async (req) => synonyms.saveSynonymGroup(ctx.db, { ...actorOf(req), unitId: null }, null, req.body.words),
  );
  app.put(
    '/api/catalog/synonyms/:id',
    { config: { access: STAFF }, schema: { tags, summary: '修改同义词组', params: idParamsSchema, body: synonymBodySchema, response: { 200: synonymGroupSchema } } },
    async (req) => synonyms.saveSynonymGroup(ctx.db, { ...actorOf(req), unitId: null }, req.params.id, req.body.words),
  );
  app.delete(
    '/api/catalog/synonyms/:id',
    { config: { access: STAFF }, schema: { tags, summary: '删除同义词组', params: idParamsSchema, response: { 200: okSchema } } },
    async (req) => {
      await synonyms.deleteSynonymGroup(ctx.db, { ...actorOf(req), unitId: null }, req.params.id);
      return { ok: true as const };
    },
  );
}
