import type { App, AppContext } from '../../../core/app-context.js';
import type { RouteAccess } from '../../../core/http/access.js';
import { deskViewerOf } from '../desk.access.js';
import { dashboardQuerySchema, dashboardSchema } from './dashboard.schema.js';
import { dashboard } from './dashboard.service.js';

/** Officers see their departments' figures; base staff and admins those of requesters in their units. */
const DESK: RouteAccess = { roles: ['dept_officer', 'base_staff', 'admin'], scope: 'unit-subtree' };

export function registerDashboardRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/desk/dashboard',
    { config: { access: DESK }, schema: { tags: ['desk: dashboard'], summary: '办理统计：数量、超期、按时办结率、平均办理工作日、满意度分布', querystring: dashboardQuerySchema, response: { 200: dashboardSchema } } },
    async (req) => dashboard(ctx, deskViewerOf(req), req.query),
  );
}
