import { z } from 'zod';
import { shanghaiDateTime } from '../../../core/time.js';
import type { App, AppContext } from '../../../core/app-context.js';
import { authOf, type RouteAccess } from '../../../core/http/access.js';
import { STAFF_ROLES } from '../../catalog/access.js';
import { sendXlsx, writeWorkbook } from '../../catalog/excel/workbook.js';
import { PLATFORM_LABELS } from '../profiles/profiles.schema.js';
import { listCooperations } from '../cooperations/cooperations.service.js';
import { COOPERATION_STATUS_LABELS, COOPERATION_STATUSES } from '../rules/cooperation.machine.js';
import { SAMPLE_STATUS_LABELS, SAMPLE_STATUSES } from '../rules/sample.machine.js';
import { SESSION_STATUS_LABELS, SESSION_STATUSES } from '../rules/session.machine.js';
import { listSamples } from '../samples/samples.service.js';
import { listSessions } from '../sessions/sessions.service.js';

/** Oversight exports for base staff (SPEC §2.2): the same lists as the pages, as .xlsx, in the staff member's units. */
const STAFF: RouteAccess = { roles: ['base_staff', 'admin'], scope: 'unit-subtree' };
const tags = ['matching: oversight'];
const MAX_ROWS = 10_000;
const yuan = (fen: number) => Math.round(fen) / 100;
const local = shanghaiDateTime;

export function registerOversightRoutes(app: App, ctx: AppContext): void {
  const scopeOf = (req: Parameters<typeof authOf>[0]) => authOf(req).scope(STAFF_ROLES).pathPrefixes;

  app.get(
    '/api/matching/sessions/export.xlsx',
    { config: { access: STAFF }, schema: { tags, summary: '导出管辖范围内的直播场次（含战报逾期）', querystring: z.object({ status: z.enum(SESSION_STATUSES).optional() }) } },
    async (req, reply) => {
      const { items } = await listSessions(ctx.db, { unitPaths: scopeOf(req) }, { status: req.query.status, page: 1, pageSize: MAX_ROWS });
      const bytes = await writeWorkbook('直播场次', [
        { header: '主播', value: (r) => r.streamer.displayName },
        { header: '平台', value: (r) => PLATFORM_LABELS[r.platform] },
        { header: '标题', width: 30, value: (r) => r.title },
        { header: '开始（北京时间）', width: 18, value: (r) => local(r.startsAt) },
        { header: '结束（北京时间）', width: 18, value: (r) => local(r.endsAt) },
        { header: '状态', value: (r) => SESSION_STATUS_LABELS[r.status] },
        { header: '党员示范直播间', value: (r) => (r.partyDemo ? '是' : '否') },
        { header: '话术必须修改项', value: (r) => r.scriptMustFix },
        { header: '战报截止', width: 18, value: (r) => local(r.reportDueAt) },
        { header: '战报逾期', value: (r) => (r.reportOverdue ? '是' : '否') },
      ], items);
      return sendXlsx(reply, '直播场次', bytes);
    },
  );

  app.get(
    '/api/matching/cooperations/export.xlsx',
    { config: { access: STAFF }, schema: { tags, summary: '导出管辖范围内商品的合作', querystring: z.object({ status: z.enum(COOPERATION_STATUSES).optional() }) } },
    async (req, reply) => {
      const { items } = await listCooperations(ctx.db, { userId: authOf(req).user.id, unitPaths: scopeOf(req) }, { status: req.query.status, page: 1, pageSize: MAX_ROWS });
      const bytes = await writeWorkbook('合作', [
        { header: '商品', width: 28, value: (r) => r.product.name },
        { header: '生产主体', width: 24, value: (r) => r.product.producerName },
        { header: '主播', value: (r) => r.streamer.displayName },
        { header: '状态', value: (r) => COOPERATION_STATUS_LABELS[r.status] },
        { header: '发起方', value: (r) => (r.proposedBySide === 'streamer' ? '主播' : '生产主体') },
        { header: '开始', value: (r) => r.windowFrom },
        { header: '结束', value: (r) => r.windowTo },
        { header: '供货价（元）', value: (r) => yuan(r.supplyPriceFen) },
        { header: '佣金（%）', value: (r) => r.commissionBp / 100 },
      ], items);
      return sendXlsx(reply, '合作', bytes);
    },
  );

  app.get(
    '/api/matching/samples/export.xlsx',
    { config: { access: STAFF }, schema: { tags, summary: '导出管辖范围内商品的样品申请', querystring: z.object({ status: z.enum(SAMPLE_STATUSES).optional() }) } },
    async (req, reply) => {
      const { items } = await listSamples(ctx.db, { ownerUserId: authOf(req).user.id, unitPaths: scopeOf(req) }, { status: req.query.status, page: 1, pageSize: MAX_ROWS });
      const bytes = await writeWorkbook('样品申请', [
        { header: '商品', width: 28, value: (r) => r.product.name },
        { header: '生产主体', width: 24, value: (r) => r.product.producerName },
        { header: '主播', value: (r) => r.streamer.displayName },
        { header: '数量', value: (r) => r.quantity },
        { header: '状态', value: (r) => SAMPLE_STATUS_LABELS[r.status] },
        { header: '申请时间（北京时间）', width: 18, value: (r) => local(r.requestedAt) },
        { header: '当前时限（北京时间）', width: 18, value: (r) => local(r.dueAt) },
      ], items);
      return sendXlsx(reply, '样品申请', bytes);
    },
  );
}
