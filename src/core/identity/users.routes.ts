import type { FastifyRequest } from 'fastify';
import type { App, AppContext } from '../app-context.js';
import type { RouteAccess } from '../http/access.js';
import { authOf } from '../http/access.js';
import { idParamsSchema, okSchema, pageOf } from '../http/common.schema.js';
import { sendCachedJson } from '../http/cached-json.js';
import { actingAs } from '../http/request-actor.js';
import {
  createUserBodySchema,
  listUsersQuerySchema,
  resetPasswordBodySchema,
  sensitiveUserSchema,
  setRolesBodySchema,
  updateUserBodySchema,
  userSchema,
} from './users.schema.js';
import * as users from './users.service.js';

const userPageSchema = pageOf(userSchema);
const ADMIN: RouteAccess = { roles: ['admin'], scope: 'unit-subtree' };
const tags = ['admin: users'];

export function registerUserRoutes(app: App, ctx: AppContext): void {
  const adminCtx = (req: FastifyRequest): users.UserAdminContext => ({
    ...actingAs(req, ['admin']),
    onSessionsChanged: async (userId, revoke, trx) => {
      if (revoke) await ctx.sessions.revokeUser(userId, trx);
      else ctx.sessions.forgetUser(userId);
    },
  });

  app.get(
    '/api/admin/users',
    {
      config: { access: ADMIN },
      schema: { tags, summary: '用户列表（按单位，默认含下级；手机号脱敏）', querystring: listUsersQuerySchema, response: { 200: pageOf(userSchema) } },
    },
    // Not async: a current cached page is sent without a single await (the common case).
    (req, reply) => {
      const ctxOf = adminCtx(req);
      const input = { ...req.query, descendants: req.query.descendants === 'true' };
      const cached = users.cachedUserList(ctx.db, ctxOf, input);
      if (cached) {
        sendCachedJson(req, reply, userPageSchema, cached);
        return;
      }
      return users.listUsers(ctx.db, ctxOf, input).then((page) => {
        sendCachedJson(req, reply, userPageSchema, page);
      });
    },
  );

  app.post(
    '/api/admin/users',
    { config: { access: ADMIN }, schema: { tags, summary: '新建用户并按单位分配角色', body: createUserBodySchema, response: { 200: userSchema } } },
    async (req) => users.createUser(ctx.db, adminCtx(req), req.body),
  );

  app.get(
    '/api/admin/users/:id',
    { config: { access: ADMIN }, schema: { tags, summary: '用户详情', params: idParamsSchema, response: { 200: userSchema } } },
    async (req) => users.getUser(ctx.db, adminCtx(req), req.params.id),
  );

  app.patch(
    '/api/admin/users/:id',
    { config: { access: ADMIN }, schema: { tags, summary: '修改用户姓名或手机号', params: idParamsSchema, body: updateUserBodySchema, response: { 200: userSchema } } },
    async (req) => users.updateUser(ctx.db, adminCtx(req), req.params.id, req.body),
  );

  app.put(
    '/api/admin/users/:id/roles',
    {
      config: { access: ADMIN },
      schema: { tags, summary: '设置用户在我管辖范围内的角色（范围外的角色保持不变）', params: idParamsSchema, body: setRolesBodySchema, response: { 200: userSchema } },
    },
    async (req) => users.setRoles(ctx.db, adminCtx(req), req.params.id, req.body.roles),
  );

  app.post(
    '/api/admin/users/:id/reset-password',
    { config: { access: ADMIN }, schema: { tags, summary: '重置密码（用户须在下次登录后修改）', params: idParamsSchema, body: resetPasswordBodySchema, response: { 200: okSchema } } },
    async (req) => {
      await users.resetPassword(ctx.db, adminCtx(req), req.params.id, req.body.newPassword);
      return { ok: true as const };
    },
  );

  for (const event of ['disable', 'enable'] as const) {
    app.post(
      `/api/admin/users/:id/${event}`,
      {
        config: { access: ADMIN },
        schema: { tags, summary: event === 'disable' ? '停用账号（立即退出其所有会话）' : '启用账号', params: idParamsSchema, response: { 200: userSchema } },
      },
      async (req) => users.changeStatus(ctx.db, adminCtx(req), req.params.id, event, authOf(req).roles.map((r) => r.role)),
    );
  }

  app.post(
    '/api/admin/users/:id/unlock',
    { config: { access: ADMIN }, schema: { tags, summary: '解除登录锁定', params: idParamsSchema, response: { 200: userSchema } } },
    async (req) => users.unlockUser(ctx.db, adminCtx(req), req.params.id),
  );

  app.get(
    '/api/admin/users/:id/sensitive',
    {
      config: { access: ADMIN },
      schema: { tags, summary: '查看完整手机号（此次查看写入审计日志）', params: idParamsSchema, response: { 200: sensitiveUserSchema } },
    },
    async (req) => users.revealSensitive(ctx.db, adminCtx(req), req.params.id),
  );
}
