import type { App, AppContext } from '../../core/app-context.js';
import { authOf, type RouteAccess } from '../../core/http/access.js';
import { idParamsSchema } from '../../core/http/common.schema.js';
import { viewerOf } from '../catalog/access.js';
import { planInputSchema, planSchema } from './plans/plans.schema.js';
import * as plans from './plans/plans.service.js';
import { registerProfileRoutes } from './profiles/profiles.routes.js';
import { registerSampleRoutes } from './samples/samples.routes.js';
import { registerCooperationRoutes } from './cooperations/cooperations.routes.js';
import { registerSessionRoutes } from './sessions/sessions.routes.js';
import { registerReliabilityRoutes } from './reliability/reliability.routes.js';
import { registerOversightRoutes } from './oversight/oversight.routes.js';
import { matchQuerySchema, recommendationsSchema, streamerMatchesSchema } from './recommend/recommend.schema.js';
import { recommendationsFor, streamersForProduct, type MatchDeps } from './recommend/recommend.service.js';
import { weightsFrom } from './rules/weights.js';
import { activeStreamer } from '../../core/identity/users.repo.js';
import { DomainError } from '../../core/errors.js';

const STREAMER: RouteAccess = { roles: ['streamer'], scope: 'own' };
const STAFF: RouteAccess = { roles: ['base_staff', 'admin'], scope: 'unit-subtree' };
/** The product's producer (owner) or staff over its unit; checked in the service. */
const PRODUCT_MANAGERS: RouteAccess = { roles: ['producer', 'base_staff', 'admin'], scope: 'unit-subtree' };
const tags = ['matching'];

export function registerMatchingRoutes(app: App, ctx: AppContext): void {
  const deps: MatchDeps = { db: ctx.db, regions: ctx.regions, weights: weightsFrom(ctx.config.matchWeightsJson ?? undefined) };
  registerProfileRoutes(app, ctx);
  registerOversightRoutes(app, ctx);
  registerSampleRoutes(app, ctx);
  registerCooperationRoutes(app, ctx);
  registerSessionRoutes(app, ctx);
  registerReliabilityRoutes(app, ctx);

  app.get(
    '/api/matching/recommendations',
    { config: { access: STREAMER }, schema: { tags, summary: '为你选品：按品类、粉丝地区、价位、应季、产能、品质、本地排序的推荐，附得分构成与理由', querystring: matchQuerySchema, response: { 200: recommendationsSchema } } },
    async (req) => recommendationsFor(deps, authOf(req).user.id, req.query),
  );

  app.get(
    '/api/matching/streamers/:id/recommendations',
    {
      config: { access: STAFF },
      schema: { tags, summary: '为主播选品（基地工作人员为管辖范围内的主播撮合）', params: idParamsSchema, querystring: matchQuerySchema, response: { 200: recommendationsSchema } },
    },
    async (req) => {
      const streamer = await activeStreamer(ctx.db, req.params.id);
      if (!streamer || !viewerOf(req).staffScope.covers(streamer.unit_path)) throw new DomainError('NOT_FOUND', '主播不存在或不在您的管辖范围内');
      return recommendationsFor(deps, streamer.id, req.query);
    },
  );

  app.get(
    '/api/matching/products/:id/streamers',
    { config: { access: PRODUCT_MANAGERS }, schema: { tags, summary: '适合该商品的主播（生产主体与基地工作人员）', params: idParamsSchema, querystring: matchQuerySchema, response: { 200: streamerMatchesSchema } } },
    async (req) => streamersForProduct(deps, viewerOf(req), req.params.id, req.query),
  );

  app.get(
    '/api/matching/products/:id/plan',
    { config: { access: PRODUCT_MANAGERS }, schema: { tags, summary: '商品的分销方式（开放、定向、独家）', params: idParamsSchema, response: { 200: planSchema } } },
    async (req) => plans.getPlan(ctx.db, viewerOf(req), req.params.id),
  );

  app.put(
    '/api/matching/products/:id/plan',
    { config: { access: PRODUCT_MANAGERS }, schema: { tags, summary: '设置分销方式：决定哪些主播可以申样和合作', params: idParamsSchema, body: planInputSchema, response: { 200: planSchema } } },
    async (req) => plans.savePlan(ctx.db, viewerOf(req), req.params.id, req.body),
  );
}
