import type { App, AppContext } from '../../../core/app-context.js';
import { authOf, type RouteAccess } from '../../../core/http/access.js';
import { idParamsSchema } from '../../../core/http/common.schema.js';
import { STAFF_ROLES, viewerOf } from '../../catalog/access.js';
import { priceBoard } from './price-board.service.js';
import { overrideBodySchema, priceBoardSchema, reportBodySchema, sessionInputSchema, sessionListQuerySchema, sessionListSchema, sessionSchema, sessionTransitionSchema } from './sessions.schema.js';
import * as sessions from './sessions.service.js';

const STREAMER: RouteAccess = { roles: ['streamer'], scope: 'own' };
const STAFF: RouteAccess = { roles: ['base_staff', 'admin'], scope: 'unit-subtree' };
/** The session's streamer, or base staff over the streamer's unit (checked in the service). */
const INVOLVED: RouteAccess = { roles: ['streamer', 'base_staff', 'admin'], scope: 'unit-subtree' };
/** The product's producer or staff over it, or a streamer cooperating on it (checked in the service). */
const BOARD: RouteAccess = { roles: ['streamer', 'producer', 'base_staff', 'admin'], scope: 'unit-subtree' };
const tags = ['matching: live sessions'];

export function registerSessionRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/matching/sessions',
    { config: { access: STREAMER }, schema: { tags, summary: '新建直播场次草稿（商品来自已确认的合作；话术随保存检查）', body: sessionInputSchema, response: { 200: sessionSchema } } },
    async (req) => sessions.saveSession(ctx.db, viewerOf(req), null, req.body),
  );
  app.put(
    '/api/matching/sessions/:id',
    { config: { access: STREAMER }, schema: { tags, summary: '修改草稿场次（修改话术会撤销放行）', params: idParamsSchema, body: sessionInputSchema, response: { 200: sessionSchema } } },
    async (req) => sessions.saveSession(ctx.db, viewerOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/matching/sessions/mine',
    { config: { access: STREAMER }, schema: { tags, summary: '我的直播场次', querystring: sessionListQuerySchema, response: { 200: sessionListSchema } } },
    async (req) => sessions.listSessions(ctx.db, { streamerId: authOf(req).user.id }, req.query),
  );
  app.get(
    '/api/matching/sessions',
    { config: { access: STAFF }, schema: { tags, summary: '管辖范围内主播的直播场次（含战报逾期）', querystring: sessionListQuerySchema, response: { 200: sessionListSchema } } },
    async (req) => sessions.listSessions(ctx.db, { unitPaths: authOf(req).scope(STAFF_ROLES).pathPrefixes }, req.query),
  );
  app.get(
    '/api/matching/sessions/:id',
    { config: { access: INVOLVED }, schema: { tags, summary: '场次详情（话术检查结果、商品与价格标记、档期冲突、记录）', params: idParamsSchema, response: { 200: sessionSchema } } },
    async (req) => sessions.getSession(ctx.db, viewerOf(req), req.params.id),
  );
  app.post(
    '/api/matching/sessions/:id/transition',
    { config: { access: INVOLVED }, schema: { tags, summary: '排期、撤回、开播、下播、取消', params: idParamsSchema, body: sessionTransitionSchema, response: { 200: sessionSchema } } },
    async (req) => sessions.transitionSession(ctx.db, viewerOf(req), req.params.id, req.body.event, req.body.reason ?? null),
  );
  app.post(
    '/api/matching/sessions/:id/override',
    { config: { access: STAFF }, schema: { tags, summary: '基地工作人员说明理由后放行含必须修改项的话术', params: idParamsSchema, body: overrideBodySchema, response: { 200: sessionSchema } } },
    async (req) => sessions.overrideScript(ctx.db, viewerOf(req), req.params.id, req.body.reason),
  );
  app.post(
    '/api/matching/sessions/:id/report',
    { config: { access: STREAMER }, schema: { tags, summary: '提交战报（每个商品的销量、成交额、退款、投诉；下播后 3 天内）', params: idParamsSchema, body: reportBodySchema, response: { 200: sessionSchema } } },
    async (req) => sessions.reportSession(ctx, viewerOf(req), req.params.id, req.body.products),
  );
  app.get(
    '/api/matching/products/:id/price-board',
    { config: { access: BOARD }, schema: { tags, summary: '价格看板：供货价、建议零售价、各场直播价（低于供货价或远低于建议价标记）与档期冲突', params: idParamsSchema, response: { 200: priceBoardSchema } } },
    async (req) => priceBoard(ctx.db, viewerOf(req), req.params.id),
  );
}
