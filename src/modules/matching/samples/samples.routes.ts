import type { App, AppContext } from '../../../core/app-context.js';
import { authOf, type RouteAccess } from '../../../core/http/access.js';
import { idParamsSchema } from '../../../core/http/common.schema.js';
import { STAFF_ROLES, viewerOf } from '../../catalog/access.js';
import { registerFileReadRule } from '../../catalog/files/files.service.js';
import { streamerRecord } from '../credit/credit.service.js';
import { creditSchema, sampleListQuerySchema, sampleListSchema, sampleRequestBodySchema, sampleSchema, sampleTransitionBodySchema } from './samples.schema.js';
import * as samples from './samples.service.js';

const STREAMER: RouteAccess = { roles: ['streamer'], scope: 'own' };
/** Producers see requests for their products; staff those for products in their units. */
const PRODUCT_SIDE: RouteAccess = { roles: ['producer', 'base_staff', 'admin'], scope: 'unit-subtree' };
/** One request: its streamer, or the product's producer or staff over it (checked in the service). */
const PARTIES: RouteAccess = { roles: ['streamer', 'producer', 'base_staff', 'admin'], scope: 'own' };
const tags = ['matching: samples'];

export function registerSampleRoutes(app: App, ctx: AppContext): void {
  registerFileReadRule('sample', samples.canReadSampleFile);

  app.get(
    '/api/matching/credit',
    { config: { access: STREAMER }, schema: { tags, summary: '我的信用分（构成明细）、样品额度与履约率', response: { 200: creditSchema } } },
    async (req) => {
      const r = await streamerRecord(ctx.db, authOf(req).user.id);
      return { score: r.credit.score, parts: r.credit.parts, sampleQuota: r.sampleQuota, openSamples: r.openSamples, followThrough: r.followThrough };
    },
  );

  app.post(
    '/api/matching/samples',
    { config: { access: STREAMER }, schema: { tags, summary: '申请样品（每个商品一份进行中的申请；额度按信用分）', body: sampleRequestBodySchema, response: { 200: sampleSchema } } },
    async (req) => samples.requestSample(ctx, viewerOf(req), req.body),
  );

  app.get(
    '/api/matching/samples/mine',
    { config: { access: STREAMER }, schema: { tags, summary: '我的样品申请', querystring: sampleListQuerySchema, response: { 200: sampleListSchema } } },
    async (req) => samples.listSamples(ctx.db, { streamerId: authOf(req).user.id }, req.query),
  );

  app.get(
    '/api/matching/samples/incoming',
    { config: { access: PRODUCT_SIDE }, schema: { tags, summary: '收到的样品申请（我的商品 / 管辖范围内的商品）', querystring: sampleListQuerySchema, response: { 200: sampleListSchema } } },
    async (req) => {
      const viewer = viewerOf(req);
      return samples.listSamples(ctx.db, { ownerUserId: viewer.userId, unitPaths: authOf(req).scope(STAFF_ROLES).pathPrefixes }, req.query);
    },
  );

  app.get(
    '/api/matching/samples/:id',
    { config: { access: PARTIES }, schema: { tags, summary: '样品申请详情（含主播信用与履约率、时限、记录）', params: idParamsSchema, response: { 200: sampleSchema } } },
    async (req) => samples.getSample(ctx, viewerOf(req), req.params.id),
  );

  app.post(
    '/api/matching/samples/:id/transition',
    {
      config: { access: PARTIES },
      schema: { tags, summary: '同意、拒绝、寄出（快递单号）、签收、评价（评分、文字、照片）、取消', params: idParamsSchema, body: sampleTransitionBodySchema, response: { 200: sampleSchema } },
    },
    async (req) => samples.transitionSample(ctx, viewerOf(req), req.params.id, req.body),
  );
}
