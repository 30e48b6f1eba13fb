import type { App, AppContext } from '../app-context.js';
import { recordAudit } from '../audit/audit.service.js';
import { DomainError } from '../errors.js';
import { authOf } from '../http/access.js';
import { okSchema } from '../http/common.schema.js';
import { changePasswordBodySchema, loginBodySchema, loginReplySchema, meSchema, updateMeBodySchema } from './auth.schema.js';
import { changeOwnPassword, login, meOf, updateOwnProfile } from './auth.service.js';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './session-cookie.js';

export function registerAuthRoutes(app: App, ctx: AppContext): void {
  const cookiePolicy = { secure: ctx.config.session.secureCookies };

  app.post(
    '/api/auth/login',
    {
      config: { access: { public: true, why: 'signing in is how a session starts' } },
      schema: { tags: ['auth'], summary: '登录（成功后设置会话 Cookie）', body: loginBodySchema, response: { 200: loginReplySchema } },
    },
    async (req, reply) => {
      if (ctx.loginThrottle.blocked(req.ip)) throw new DomainError('RATE_LIMITED');
      const session = await login(ctx.db, ctx.sessions, ctx.config.login, {
        username: req.body.username,
        password: req.body.password,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
      }).catch((err: unknown) => {
        if (err instanceof DomainError && (err.code === 'INVALID_CREDENTIALS' || err.code === 'ACCOUNT_LOCKED')) ctx.loginThrottle.recordFailure(req.ip);
        throw err;
      });
      setSessionCookie(reply, session.token, session.expiresAt, cookiePolicy);
      const auth = await ctx.sessions.resolve(session.token);
      if (!auth || auth === 'expired') throw new DomainError('UNAUTHENTICATED');
      return { user: meOf(auth) };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: { roles: 'authenticated', scope: 'own' } },
      schema: { tags: ['auth'], summary: '退出登录', response: { 200: okSchema } },
    },
    async (req, reply) => {
      const auth = authOf(req);
      await ctx.sessions.revoke(auth.sessionId);
      await recordAudit(ctx.db, { userId: auth.user.id, unitId: null, ip: req.ip }, { action: 'auth.logout', entityType: 'user', entityId: auth.user.id });
      clearSessionCookie(reply, cookiePolicy);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/me',
    {
      config: { access: { roles: 'authenticated', scope: 'own' } },
      schema: { tags: ['auth'], summary: '当前用户、角色与可用模块', response: { 200: meSchema } },
    },
    async (req) => meOf(authOf(req)),
  );

  app.patch(
    '/api/me',
    {
      config: { access: { roles: 'authenticated', scope: 'own' } },
      schema: { tags: ['auth'], summary: '修改自己的显示名或界面语言', body: updateMeBodySchema, response: { 200: meSchema } },
    },
    async (req) => {
      const auth = authOf(req);
      await updateOwnProfile(ctx.db, auth.user.id, req.body, req.ip);
      ctx.sessions.forgetUser(auth.user.id);
      const fresh = await ctx.sessions.resolve(readSessionToken(req) ?? '');
      return meOf(fresh && fresh !== 'expired' ? fresh : auth);
    },
  );

  app.post(
    '/api/me/password',
    {
      config: { access: { roles: 'authenticated', scope: 'own' } },
      schema: { tags: ['auth'], summary: '修改自己的密码（同时退出该账号的其他会话）', body: changePasswordBodySchema, response: { 200: okSchema } },
    },
    async (req) => {
      const auth = authOf(req);
      await changeOwnPassword(ctx.db, auth.user.id, req.body.currentPassword, req.body.newPassword, req.ip);
      // Whoever else held the old password is signed out everywhere; this session stays.
      await ctx.sessions.revokeOthers(auth.user.id, auth.sessionId);
      ctx.sessions.forgetUser(auth.user.id);
      return { ok: true as const };
    },
  );
}
