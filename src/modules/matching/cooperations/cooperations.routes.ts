import type { App, AppContext } from '../../../core/app-context.js';
import { authOf, type RouteAccess } from '../../../core/http/access.js';
import { idParamsSchema } from '../../../core/http/common.schema.js';
import { STAFF_ROLES, viewerOf } from '../../catalog/access.js';
import { cooperationListQuerySchema, cooperationListSchema, cooperationSchema, cooperationTransitionSchema, proposeBodySchema } from './cooperations.schema.js';
import * as cooperations from './cooperations.service.js';

/** The streamer, the product's producer, or staff over the product (checked in the service). */
const PARTIES: RouteAccess = { roles: ['streamer', 'producer', 'base_staff', 'admin'], scope: 'unit-subtree' };
const tags = ['matching: cooperations'];

export function registerCooperationRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/matching/cooperations',
    { config: { access: PARTIES }, schema: { tags, summary: '发起合作提议（主播为自己，生产主体须指定主播）', body: proposeBodySchema, response: { 200: cooperationSchema } } },
    async (req) => cooperations.proposeCooperation(ctx.db, viewerOf(req), req.body),
  );
  app.get(
    '/api/matching/cooperations',
    { config: { access: PARTIES }, schema: { tags, summary: '我的合作（主播本人 / 我的商品 / 管辖范围内的商品）', querystring: cooperationListQuerySchema, response: { 200: cooperationListSchema } } },
    async (req) => cooperations.listCooperations(ctx.db, { userId: authOf(req).user.id, unitPaths: authOf(req).scope(STAFF_ROLES).pathPrefixes }, req.query),
  );
  app.get(
    '/api/matching/cooperations/:id',
    { config: { access: PARTIES }, schema: { tags, summary: '合作详情（条款、分成、记录）', params: idParamsSchema, response: { 200: cooperationSchema } } },
    async (req) => cooperations.getCooperation(ctx.db, viewerOf(req), req.params.id),
  );
  app.post(
    '/api/matching/cooperations/:id/transition',
    { config: { access: PARTIES }, schema: { tags, summary: '确认、开始、完成或终止合作', params: idParamsSchema, body: cooperationTransitionSchema, response: { 200: cooperationSchema } } },
    async (req) => cooperations.transitionCooperation(ctx.db, viewerOf(req), req.params.id, req.body.event, req.body.reason ?? null),
  );
}
