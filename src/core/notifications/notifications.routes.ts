import type { App, AppContext } from '../app-context.js';
import type { RouteAccess } from '../http/access.js';
import { authOf } from '../http/access.js';
import { idParamsSchema, okSchema } from '../http/common.schema.js';
import { listNotificationsQuerySchema, notificationPageSchema, unreadCountSchema } from './notifications.schema.js';
import * as notifications from './notifications.service.js';

const OWN: RouteAccess = { roles: 'authenticated', scope: 'own' };
const tags = ['notifications'];

export function registerNotificationRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/notifications',
    { config: { access: OWN }, schema: { tags, summary: '我的站内通知', querystring: listNotificationsQuerySchema, response: { 200: notificationPageSchema } } },
    async (req) => notifications.listMine(ctx.db, authOf(req).user.id, req.query.unreadOnly === 'true', req.query.page, req.query.pageSize),
  );

  app.get(
    '/api/notifications/unread-count',
    { config: { access: OWN }, schema: { tags, summary: '未读通知数（铃铛角标）', response: { 200: unreadCountSchema } } },
    async (req) => ({ count: await notifications.unreadCount(ctx.db, authOf(req).user.id) }),
  );

  app.post(
    '/api/notifications/:id/read',
    { config: { access: OWN }, schema: { tags, summary: '标为已读', params: idParamsSchema, response: { 200: okSchema } } },
    async (req) => {
      await notifications.markRead(ctx.db, authOf(req).user.id, req.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/notifications/read-all',
    { config: { access: OWN }, schema: { tags, summary: '全部标为已读', response: { 200: okSchema } } },
    async (req) => {
      await notifications.markAllRead(ctx.db, authOf(req).user.id);
      return { ok: true as const };
    },
  );
}
