import type { App, AppContext } from '../app-context.js';
import type { RouteAccess } from '../http/access.js';
import { idParamsSchema } from '../http/common.schema.js';
import { actingAs } from '../http/request-actor.js';
import { createUnitBodySchema, moveUnitBodySchema, unitListSchema, unitSchema, updateUnitBodySchema } from './units.schema.js';
import * as units from './units.service.js';

const ADMIN: RouteAccess = { roles: ['admin'], scope: 'unit-subtree' };
const tags = ['admin: units'];

export function registerUnitRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/admin/units',
    { config: { access: ADMIN }, schema: { tags, summary: '我管辖范围内的组织机构（平铺，按 parentId 组树）', response: { 200: unitListSchema } } },
    async (req) => ({ items: await units.listUnits(ctx.db, actingAs(req, ['admin']).scope) }),
  );

  app.post(
    '/api/admin/units',
    { config: { access: ADMIN }, schema: { tags, summary: '新建下级单位', body: createUnitBodySchema, response: { 200: unitSchema } } },
    async (req) => units.createUnit(ctx.db, actingAs(req, ['admin']), req.body),
  );

  app.patch(
    '/api/admin/units/:id',
    { config: { access: ADMIN }, schema: { tags, summary: '重命名或修改单位', params: idParamsSchema, body: updateUnitBodySchema, response: { 200: unitSchema } } },
    async (req) => units.updateUnit(ctx.db, actingAs(req, ['admin']), req.params.id, req.body),
  );

  app.post(
    '/api/admin/units/:id/move',
    { config: { access: ADMIN }, schema: { tags, summary: '移动单位到新的上级', params: idParamsSchema, body: moveUnitBodySchema, response: { 200: unitSchema } } },
    async (req) => units.moveUnit(ctx.db, actingAs(req, ['admin']), req.params.id, req.body.parentId),
  );

  for (const [action, active] of [['deactivate', false], ['activate', true]] as const) {
    app.post(
      `/api/admin/units/:id/${action}`,
      {
        config: { access: ADMIN },
        schema: { tags, summary: active ? '启用单位' : '停用单位（须先停用其下级）', params: idParamsSchema, response: { 200: unitSchema } },
      },
      async (req) => {
        const unit = await units.setUnitActive(ctx.db, actingAs(req, ['admin']), req.params.id, active);
        // Roles in a deactivated unit stop counting; cached sessions must reload them.
        ctx.sessions.forgetAll();
        return unit;
      },
    );
  }
}
