import type { App, AppContext } from '../../../core/app-context.js';
import type { RouteAccess } from '../../../core/http/access.js';
import { idParamsSchema } from '../../../core/http/common.schema.js';
import { registerFileReadRule } from '../../catalog/files/files.service.js';
import { deskViewerOf } from '../desk.access.js';
import {
  bulkAssignBodySchema,
  bulkAssignResultSchema,
  contactSchema,
  extensionBodySchema,
  extensionDecisionBodySchema,
  extensionIdParamsSchema,
  followupDoneBodySchema,
  followupListQuerySchema,
  followupListSchema,
  followupSchema,
  ticketCreateBodySchema,
  ticketListQuerySchema,
  ticketListSchema,
  ticketSchema,
  ticketTransitionBodySchema,
} from './tickets.schema.js';
import * as tickets from './tickets.service.js';
import * as workflow from './tickets.workflow.js';
import * as followups from './followups.service.js';
import { sendTicketExport } from './tickets.export.js';

/** Streamers (and their studios) and producers file requests and see their own. */
const REQUESTER: RouteAccess = { roles: ['streamer', 'producer'], scope: 'own' };
/** Officers see their departments' tickets; base staff and admins those of requesters in their units. */
const DESK: RouteAccess = { roles: ['dept_officer', 'base_staff', 'admin'], scope: 'unit-subtree' };
/** One ticket: its requester, its department's officers, or staff over the requester (checked in the service). */
const PARTIES: RouteAccess = { roles: ['streamer', 'producer', 'dept_officer', 'base_staff', 'admin'], scope: 'own' };
const OFFICER: RouteAccess = { roles: ['dept_officer'], scope: 'unit-subtree' };
const tags = ['desk: tickets'];

export function registerTicketRoutes(app: App, ctx: AppContext): void {
  registerFileReadRule('desk_ticket', (db, viewer, id) => tickets.canReadTicketFile(db, viewer, id));

  app.post(
    '/api/desk/tickets',
    { config: { access: REQUESTER }, schema: { tags, summary: '提交诉求（自动分派到对应部门，按工作日计算办理时限）', body: ticketCreateBodySchema, response: { 200: ticketSchema } } },
    async (req) => tickets.fileTicket(ctx, deskViewerOf(req), req.body),
  );

  app.get(
    '/api/desk/tickets/mine',
    { config: { access: REQUESTER }, schema: { tags, summary: '我的诉求', querystring: ticketListQuerySchema, response: { 200: ticketListSchema } } },
    async (req) => tickets.listMine(ctx, deskViewerOf(req), req.query),
  );

  app.get(
    '/api/desk/tickets/queue',
    { config: { access: DESK }, schema: { tags, summary: '工单队列：本部门的工单（部门工作人员）或管辖范围内诉求人的工单（基地、管理员）', querystring: ticketListQuerySchema, response: { 200: ticketListSchema } } },
    async (req) => tickets.listQueue(ctx, deskViewerOf(req), req.query),
  );

  app.get(
    '/api/desk/tickets/export.xlsx',
    { config: { access: DESK }, schema: { tags, summary: '按队列筛选条件导出工单（.xlsx）', querystring: ticketListQuerySchema } },
    async (req, reply) => sendTicketExport(ctx, deskViewerOf(req), req.query, reply),
  );

  app.post(
    '/api/desk/tickets/bulk-assign',
    { config: { access: OFFICER }, schema: { tags, summary: '批量分派待分派工单给本部门经办人', body: bulkAssignBodySchema, response: { 200: bulkAssignResultSchema } } },
    async (req) => workflow.bulkAssign(ctx, deskViewerOf(req), req.body),
  );

  app.get(
    '/api/desk/tickets/:id',
    { config: { access: PARTIES }, schema: { tags, summary: '工单详情（办理记录、时限、延期、回访、可做的操作）', params: idParamsSchema, response: { 200: ticketSchema } } },
    async (req) => tickets.getTicket(ctx, deskViewerOf(req), req.params.id),
  );

  app.get(
    '/api/desk/tickets/:id/contact',
    { config: { access: DESK }, schema: { tags, summary: '查看诉求人联系电话（记入审计日志）', params: idParamsSchema, response: { 200: contactSchema } } },
    async (req) => tickets.revealContact(ctx, deskViewerOf(req), req.params.id),
  );

  app.post(
    '/api/desk/tickets/:id/transition',
    {
      config: { access: PARTIES },
      schema: { tags, summary: '分派、开始办理、办结、退回、改派、评价关闭、重新办理、撤回', params: idParamsSchema, body: ticketTransitionBodySchema, response: { 200: ticketSchema } },
    },
    async (req) => workflow.transitionTicket(ctx, deskViewerOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/desk/tickets/:id/extensions',
    { config: { access: OFFICER }, schema: { tags, summary: '申请延期（由部门负责人审批）', params: idParamsSchema, body: extensionBodySchema, response: { 200: ticketSchema } } },
    async (req) => workflow.requestExtension(ctx, deskViewerOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/desk/extensions/:id/decide',
    { config: { access: OFFICER }, schema: { tags, summary: '部门负责人批准或驳回延期', params: extensionIdParamsSchema, body: extensionDecisionBodySchema, response: { 200: ticketSchema } } },
    async (req) => workflow.decideExtension(ctx, deskViewerOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/desk/followups',
    { config: { access: OFFICER }, schema: { tags, summary: '差评回访任务（1 个工作日内回访）', querystring: followupListQuerySchema, response: { 200: followupListSchema } } },
    async (req) => followups.listFollowups(ctx, deskViewerOf(req), req.query.open ?? false),
  );

  app.post(
    '/api/desk/followups/:id/done',
    { config: { access: OFFICER }, schema: { tags, summary: '记录回访结果', params: idParamsSchema, body: followupDoneBodySchema, response: { 200: followupSchema } } },
    async (req) => followups.completeFollowup(ctx, deskViewerOf(req), req.params.id, req.body.note),
  );
}
