import type { App, AppContext } from '../../../core/app-context.js';
import type { RouteAccess } from '../../../core/http/access.js';
import { idParamsSchema } from '../../../core/http/common.schema.js';
import { viewerOf } from '../../catalog/access.js';
import { registerFileReadRule } from '../../catalog/files/files.service.js';
import {
  reportBodySchema,
  respondBodySchema,
  streamerPickQuerySchema,
  streamerPickSchema,
  transitionBodySchema,
  violationListQuerySchema,
  violationListSchema,
  violationSchema,
} from './violations.schema.js';
import * as violations from './violations.service.js';

/** Staff decide violations of streamers in their units. */
const STAFF: RouteAccess = { roles: ['base_staff', 'admin'], scope: 'unit-subtree' };
/** Reporting: staff (their units' streamers), producers and streamers (anyone active). */
const REPORTERS: RouteAccess = { roles: ['base_staff', 'admin', 'producer', 'streamer'], scope: 'unit-subtree' };
/** One record: staff over the streamer's unit, the streamer reported, or the reporter. */
const INVOLVED: RouteAccess = { roles: 'authenticated', scope: 'own' };
const STREAMER: RouteAccess = { roles: ['streamer'], scope: 'own' };
const OWN_REPORTS: RouteAccess = { roles: ['producer', 'streamer'], scope: 'own' };
const tags = ['compliance: violations'];

export function registerViolationRoutes(app: App, ctx: AppContext): void {
  registerFileReadRule('violation', violations.canReadViolationFile);

  app.get(
    '/api/compliance/streamers',
    { config: { access: REPORTERS }, schema: { tags, summary: '可举报的主播（按姓名搜索）', querystring: streamerPickQuerySchema, response: { 200: streamerPickSchema } } },
    async (req) => violations.streamersToReport(ctx.db, viewerOf(req), req.query.q),
  );

  app.post(
    '/api/compliance/violations',
    { config: { access: REPORTERS }, schema: { tags, summary: '举报或登记违规（可附证据文件、检查结果）', body: reportBodySchema, response: { 200: violationSchema } } },
    async (req) => violations.reportViolation(ctx.db, viewerOf(req), req.body),
  );

  app.get(
    '/api/compliance/violations',
    { config: { access: STAFF }, schema: { tags, summary: '违规处理队列（管辖范围内主播）', querystring: violationListQuerySchema, response: { 200: violationListSchema } } },
    async (req) => violations.listViolations(ctx.db, { unitPaths: viewerOf(req).staffScope.pathPrefixes }, req.query),
  );

  app.get(
    '/api/compliance/violations/mine',
    { config: { access: STREAMER }, schema: { tags, summary: '我的违规记录（主播本人）', querystring: violationListQuerySchema, response: { 200: violationListSchema } } },
    async (req) => violations.listViolations(ctx.db, { streamerId: viewerOf(req).userId }, req.query),
  );

  app.get(
    '/api/compliance/violations/reported',
    { config: { access: OWN_REPORTS }, schema: { tags, summary: '我提交的举报', querystring: violationListQuerySchema, response: { 200: violationListSchema } } },
    async (req) => violations.listViolations(ctx.db, { reporterId: viewerOf(req).userId }, req.query),
  );

  app.get(
    '/api/compliance/violations/:id',
    { config: { access: INVOLVED }, schema: { tags, summary: '违规记录详情（工作人员、被举报主播、举报人各见其所应见）', params: idParamsSchema, response: { 200: violationSchema } } },
    async (req) => violations.getViolation(ctx.db, viewerOf(req), req.params.id),
  );

  app.post(
    '/api/compliance/violations/:id/response',
    { config: { access: STREAMER }, schema: { tags, summary: '被举报主播陈述申辩（处理决定前）', params: idParamsSchema, body: respondBodySchema, response: { 200: violationSchema } } },
    async (req) => violations.respondToViolation(ctx.db, viewerOf(req), req.params.id, req.body.text),
  );

  app.post(
    '/api/compliance/violations/:id/transition',
    {
      config: { access: STAFF },
      schema: { tags, summary: '核查、认定（条款、证据、信用扣分）、不予认定、确认整改', params: idParamsSchema, body: transitionBodySchema, response: { 200: violationSchema } },
    },
    async (req) => violations.transitionViolation(ctx.db, viewerOf(req), req.params.id, req.body),
  );
}
