import type { App, AppContext } from '../../../core/app-context.js';
import type { RouteAccess } from '../../../core/http/access.js';
import { idParamsSchema } from '../../../core/http/common.schema.js';
import { authOf } from '../../../core/http/access.js';
import { actorOf } from '../../../core/http/request-actor.js';
import type { FastifyRequest } from 'fastify';
import { departmentBodySchema, departmentListSchema, departmentSchema, routingBodySchema, routingQuerySchema, routingSchema } from './departments.schema.js';
import * as departments from './departments.service.js';

/** Departments are public bodies: everyone who routes or works tickets sees the same list. */
const DESK_STAFF: RouteAccess = { roles: ['dept_officer', 'base_staff', 'admin'], scope: 'shared-reference' };
/** Routing and department setup are deployment configuration (SPEC §2.4: admin-configurable per region). */
const ADMIN: RouteAccess = { roles: ['admin'], scope: 'shared-reference' };
const tags = ['desk: departments'];
const adminActor = (req: FastifyRequest) => ({ ...actorOf(req), unitId: authOf(req).scope(['admin']).roots[0]?.unitId ?? null });

export function registerDepartmentRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/desk/departments',
    { config: { access: DESK_STAFF }, schema: { tags, summary: '承办部门（类别、地区、负责人、工作人员）', response: { 200: departmentListSchema } } },
    async () => ({ items: await departments.listDepartments(ctx) }),
  );

  app.put(
    '/api/desk/departments/:id',
    { config: { access: ADMIN }, schema: { tags, summary: '设置部门类别和负责人（单位类型须为政府部门）', params: idParamsSchema, body: departmentBodySchema, response: { 200: departmentSchema } } },
    async (req) => departments.saveDepartment(ctx, adminActor(req), req.params.id, req.body),
  );

  app.get(
    '/api/desk/routing',
    { config: { access: ADMIN }, schema: { tags, summary: '某地区的分派规则（类别 → 部门类别，及实际承办部门）', querystring: routingQuerySchema, response: { 200: routingSchema } } },
    async (req) => departments.getRouting(ctx, req.query.regionCode),
  );

  app.put(
    '/api/desk/routing',
    { config: { access: ADMIN }, schema: { tags, summary: '保存某地区的分派规则（未列出的类别沿用上级地区或默认）', body: routingBodySchema, response: { 200: routingSchema } } },
    async (req) => departments.putRouting(ctx, adminActor(req), req.body),
  );
}
