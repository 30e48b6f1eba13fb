import type { App, AppContext } from '../../../core/app-context.js';
import type { RouteAccess } from '../../../core/http/access.js';
import { idParamsSchema, pageOf } from '../../../core/http/common.schema.js';
import { CATALOG_EDITOR_ROLES, STAFF_ROLES, viewerOf } from '../access.js';
import {
  bankRevealSchema,
  createProducerBodySchema,
  documentCheckBodySchema,
  listProducersQuerySchema,
  producerSchema,
  producerSummarySchema,
  producerTransitionBodySchema,
  siteVisitBodySchema,
  updateProducerBodySchema,
} from './producers.schema.js';
import * as producers from './producers.service.js';

/** Producers (their own applications) and base staff (their unit subtree). */
const EDITORS: RouteAccess = { roles: CATALOG_EDITOR_ROLES, scope: 'unit-subtree' };
const STAFF: RouteAccess = { roles: STAFF_ROLES, scope: 'unit-subtree' };
/** Approved producers are published with the pool; unapproved ones only to who manages them. */
const READERS: RouteAccess = { roles: 'authenticated', scope: 'unit-subtree' };
const tags = ['catalog: producers'];

export function registerProducerRoutes(app: App, ctx: AppContext): void {
  const deps = { db: ctx.db, regions: ctx.regions };

  app.get(
    '/api/catalog/producers',
    { config: { access: EDITORS }, schema: { tags, summary: '生产主体列表（生产者看自己的申请，基地人员看管辖范围）', querystring: listProducersQuerySchema, response: { 200: pageOf(producerSummarySchema) } } },
    async (req) => producers.listProducers(deps, viewerOf(req), req.query),
  );

  app.post(
    '/api/catalog/producers',
    { config: { access: EDITORS }, schema: { tags, summary: '新建生产主体（入驻申请草稿）', body: createProducerBodySchema, response: { 200: producerSchema } } },
    async (req) => producers.createProducer(deps, viewerOf(req), req.body),
  );

  app.get(
    '/api/catalog/producers/:id',
    { config: { access: READERS }, schema: { tags, summary: '生产主体详情', params: idParamsSchema, response: { 200: producerSchema } } },
    async (req) => producers.getProducer(deps, viewerOf(req), req.params.id),
  );

  app.patch(
    '/api/catalog/producers/:id',
    { config: { access: EDITORS }, schema: { tags, summary: '修改生产主体（申请人在草稿/驳回时，基地人员随时）', params: idParamsSchema, body: updateProducerBodySchema, response: { 200: producerSchema } } },
    async (req) => producers.updateProducer(deps, viewerOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/catalog/producers/:id/transition',
    { config: { access: EDITORS }, schema: { tags, summary: '提交 / 通过 / 驳回入驻申请', params: idParamsSchema, body: producerTransitionBodySchema, response: { 200: producerSchema } } },
    async (req) => producers.transitionProducer(deps, viewerOf(req), req.params.id, req.body.event, req.body.reason ?? null),
  );

  app.post(
    '/api/catalog/producers/:id/document-check',
    { config: { access: STAFF }, schema: { tags, summary: '标记资料已核对', params: idParamsSchema, body: documentCheckBodySchema, response: { 200: producerSchema } } },
    async (req) => producers.setDocumentsChecked(deps, viewerOf(req), req.params.id, req.body.checked),
  );

  app.post(
    '/api/catalog/producers/:id/site-visits',
    { config: { access: STAFF }, schema: { tags, summary: '登记实地考察（照片与记录）', params: idParamsSchema, body: siteVisitBodySchema, response: { 200: producerSchema } } },
    async (req) => producers.addSiteVisit(deps, viewerOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/catalog/producers/:id/bank',
    { config: { access: EDITORS }, schema: { tags, summary: '查看完整结算账户（敏感信息，记入审计日志）', params: idParamsSchema, response: { 200: bankRevealSchema } } },
    async (req) => producers.revealBank(ctx.db, viewerOf(req), req.params.id),
  );
}

