import { z } from 'zod';
import type { App, AppContext } from '../../../core/app-context.js';
import { authOf, type RouteAccess } from '../../../core/http/access.js';
import { actorOf } from '../../../core/http/request-actor.js';
import { conventionSchema, coverageSchema, publishBodySchema } from './convention.schema.js';
import * as convention from './convention.service.js';

/** The convention text is the same for everyone signed in. */
const READERS: RouteAccess = { roles: 'authenticated', scope: 'shared-reference' };
const STREAMERS: RouteAccess = { roles: ['streamer'], scope: 'own' };
const STAFF: RouteAccess = { roles: ['base_staff', 'admin'], scope: 'unit-subtree' };
const tags = ['compliance: convention'];

export function registerConventionRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/compliance/convention',
    { config: { access: READERS }, schema: { tags, summary: '现行主播公约（条款与依据）及我的签署状态', response: { 200: conventionSchema } } },
    async (req) => convention.currentConvention(ctx.db, authOf(req).user.id),
  );

  app.post(
    '/api/compliance/convention/sign',
    {
      config: { access: STREAMERS },
      schema: { tags, summary: '签署现行公约（须注明所读版本）', body: z.object({ version: z.number().int().min(1) }), response: { 200: z.object({ version: z.number().int(), signedAt: z.string() }) } },
    },
    async (req) => convention.signConvention(ctx.db, { ...actorOf(req), userId: authOf(req).user.id, unitId: null }, req.body.version),
  );

  app.post(
    '/api/compliance/convention',
    { config: { access: STAFF }, schema: { tags, summary: '发布新版公约（全部主播须重新签署）', body: publishBodySchema, response: { 200: z.object({ id: z.string(), version: z.number().int() }) } } },
    async (req) => convention.publishConvention(ctx.db, { ...actorOf(req), unitId: null }, req.body),
  );

  app.get(
    '/api/compliance/convention/signatures',
    { config: { access: STAFF }, schema: { tags, summary: '管辖范围内主播的签署情况（现行版本）', response: { 200: coverageSchema } } },
    async (req) => convention.signatureCoverage(ctx.db, authOf(req).scope(['base_staff', 'admin']).pathPrefixes),
  );
}
