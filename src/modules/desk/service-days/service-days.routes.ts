import type { App, AppContext } from '../../../core/app-context.js';
import type { RouteAccess } from '../../../core/http/access.js';
import { idParamsSchema } from '../../../core/http/common.schema.js';
import { deskViewerOf } from '../desk.access.js';
import { bookingBodySchema, bookingOutcomeBodySchema, cancelBodySchema, serviceDayBodySchema, serviceDayListQuerySchema, serviceDayListSchema, serviceDaySchema, servicePlacesSchema } from './service-days.schema.js';
import * as days from './service-days.service.js';

/** Published service days are public notices to everyone signed in; bookings show only to their department. */
const ANYONE: RouteAccess = { roles: 'authenticated', scope: 'shared-reference' };
const REQUESTER: RouteAccess = { roles: ['streamer', 'producer'], scope: 'own' };
/** Officers manage their own departments' days (checked in the service). */
const OFFICER: RouteAccess = { roles: ['dept_officer'], scope: 'unit-subtree' };
const tags = ['desk: service days'];

export function registerServiceDayRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/desk/service-days',
    { config: { access: ANYONE }, schema: { tags, summary: '上门服务日（今天及以后；past=true 含已过和已取消）', querystring: serviceDayListQuerySchema, response: { 200: serviceDayListSchema } } },
    async (req) => days.listServiceDays(ctx, deskViewerOf(req), req.query),
  );

  app.get(
    '/api/desk/service-day-places',
    { config: { access: { roles: ['dept_officer', 'admin'], scope: 'shared-reference' } }, schema: { tags, summary: '可举办上门服务日的地点（基地、人才之家、实训基地）', response: { 200: servicePlacesSchema } } },
    async () => days.servicePlaces(ctx),
  );

  app.post(
    '/api/desk/service-days',
    { config: { access: OFFICER }, schema: { tags, summary: '发布上门服务日（日期、基地、地点、时段和名额）', body: serviceDayBodySchema, response: { 200: serviceDaySchema } } },
    async (req) => days.createServiceDay(ctx, deskViewerOf(req), req.body),
  );

  app.get(
    '/api/desk/service-days/:id',
    { config: { access: ANYONE }, schema: { tags, summary: '服务日详情（本部门工作人员可见全部预约）', params: idParamsSchema, response: { 200: serviceDaySchema } } },
    async (req) => days.getServiceDay(ctx, deskViewerOf(req), req.params.id),
  );

  app.post(
    '/api/desk/service-days/:id/cancel',
    { config: { access: OFFICER }, schema: { tags, summary: '取消服务日（预约一并取消并通知）', params: idParamsSchema, body: cancelBodySchema, response: { 200: serviceDaySchema } } },
    async (req) => days.cancelServiceDay(ctx, deskViewerOf(req), req.params.id, req.body.reason),
  );

  app.post(
    '/api/desk/service-days/:id/bookings',
    { config: { access: REQUESTER }, schema: { tags, summary: '预约时段（写明问题，可关联自己的诉求）', params: idParamsSchema, body: bookingBodySchema, response: { 200: serviceDaySchema } } },
    async (req) => days.bookSlot(ctx, deskViewerOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/desk/bookings/:id/cancel',
    { config: { access: REQUESTER }, schema: { tags, summary: '取消我的预约', params: idParamsSchema, response: { 200: serviceDaySchema } } },
    async (req) => days.cancelBooking(ctx, deskViewerOf(req), req.params.id),
  );

  app.post(
    '/api/desk/bookings/:id/outcome',
    { config: { access: OFFICER }, schema: { tags, summary: '记录接待情况（到场或未到场；可用接待结果办结关联诉求）', params: idParamsSchema, body: bookingOutcomeBodySchema, response: { 200: serviceDaySchema } } },
    async (req) => days.recordOutcome(ctx, deskViewerOf(req), req.params.id, req.body),
  );
}
