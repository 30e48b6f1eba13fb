import type { App, AppContext } from '../app-context.js';
import { DomainError } from '../errors.js';
import type { RouteAccess } from '../http/access.js';
import { actorOf } from '../http/request-actor.js';
import { authOf } from '../http/access.js';
import {
  calendarCheckQuerySchema,
  calendarCheckSchema,
  calendarYearsSchema,
  putYearBodySchema,
  yearEntriesSchema,
  yearParamsSchema,
} from './calendar.schema.js';
import { isValidIsoDate } from './working-days.js';

const SHARED: RouteAccess = { roles: 'authenticated', scope: 'shared-reference' };
const tags = ['calendar'];

export function registerCalendarRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/calendar/years',
    { config: { access: SHARED }, schema: { tags, summary: '各年份节假日数据来源（内置 / 管理员录入 / 无官方数据）', response: { 200: calendarYearsSchema } } },
    async () => ({ items: await ctx.calendar.years() }),
  );

  app.get(
    '/api/calendar/years/:year',
    { config: { access: SHARED }, schema: { tags, summary: '某年的法定节假日与调休上班日', params: yearParamsSchema, response: { 200: yearEntriesSchema } } },
    async (req) => ctx.calendar.year(req.params.year),
  );

  app.put(
    '/api/calendar/years/:year',
    {
      config: { access: { roles: ['admin'], scope: 'shared-reference' } },
      schema: { tags, summary: '录入某年官方节假日与调休（覆盖内置数据）', params: yearParamsSchema, body: putYearBodySchema, response: { 200: yearEntriesSchema } },
    },
    async (req) => {
      const unitId = authOf(req).roles.find((r) => r.role === 'admin')?.unitId ?? null;
      return ctx.calendar.putYear({ ...actorOf(req), unitId }, req.params.year, req.body.entries);
    },
  );

  app.get(
    '/api/calendar/check',
    {
      config: { access: SHARED },
      schema: { tags, summary: '某日是否工作日，及其后第 N 个工作日', querystring: calendarCheckQuerySchema, response: { 200: calendarCheckSchema } },
    },
    async (req) => {
      if (!isValidIsoDate(req.query.date)) throw new DomainError('VALIDATION_FAILED', `日期 ${req.query.date} 不存在`);
      const cal = await ctx.calendar.current();
      const day = cal.isWorkingDay(req.query.date);
      const result = cal.addWorkingDays(req.query.date, req.query.add);
      return { date: req.query.date, isWorkingDay: day.value, result: result.value, provisional: day.provisional || result.provisional };
    },
  );
}
