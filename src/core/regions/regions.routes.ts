import { z } from 'zod';
import type { App, AppContext } from '../app-context.js';
import type { RouteAccess } from '../http/access.js';
import { regionChildrenQuerySchema, regionDetailSchema, regionSchema } from './regions.schema.js';

const SHARED: RouteAccess = { roles: 'authenticated', scope: 'shared-reference' };
const tags = ['regions'];

export function registerRegionRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/regions',
    {
      config: { access: SHARED },
      schema: { tags, summary: '行政区划下级列表（省→市→县→乡镇→村，GB/T 2260 代码）', querystring: regionChildrenQuerySchema, response: { 200: z.object({ items: z.array(regionSchema) }) } },
    },
    async (req) => ({ items: ctx.regions.children(req.query.parent) }),
  );

  app.get(
    '/api/regions/:code',
    {
      config: { access: SHARED },
      schema: {
        tags,
        summary: '行政区划详情及其上级路径',
        params: z.object({ code: z.string().regex(/^\d{2,12}$/, '区划代码应为 2–12 位数字') }),
        response: { 200: regionDetailSchema },
      },
    },
    async (req) => ctx.regions.detail(req.params.code),
  );
}
