import type { FastifyReply } from 'fastify';
import { sendXlsx, writeWorkbook } from '../../catalog/excel/workbook.js';
import type { DeskViewer } from '../desk.access.js';
import { CATEGORY_LABELS, RATING_LABELS, TYPE_LABELS, type TicketCategory, type TicketType } from '../rules/categories.js';
import { isOverdue } from '../rules/deadlines.js';
import { TICKET_STATUS_LABELS, type TicketStatus } from '../rules/ticket.machine.js';
import type { TicketListQuery } from './tickets.schema.js';
import { queueForExport, type DeskDeps } from './tickets.service.js';
import { shanghaiDate, shanghaiDateTime } from '../../../core/time.js';

const MAX_ROWS = 10_000;
const local = shanghaiDateTime;

/** The queue as filtered, as .xlsx (what departments hand in to their supervisors). */
export async function sendTicketExport(deps: DeskDeps, viewer: DeskViewer, query: TicketListQuery, reply: FastifyReply) {
  const rows = await queueForExport(deps, viewer, query, MAX_ROWS);
  const today = shanghaiDate();
  const bytes = await writeWorkbook('工单', [
    { header: '工单号', width: 16, value: (r) => r.ticket_no },
    { header: '标题', width: 30, value: (r) => r.title },
    { header: '类别', width: 18, value: (r) => CATEGORY_LABELS[r.category as TicketCategory] },
    { header: '类型', value: (r) => TYPE_LABELS[r.type as TicketType] },
    { header: '状态', value: (r) => TICKET_STATUS_LABELS[r.status as TicketStatus] },
    { header: '诉求人', value: (r) => r.requester_name },
    { header: '承办部门', width: 24, value: (r) => r.department_name ?? '' },
    { header: '经办人', value: (r) => r.officer_name ?? '' },
    { header: '提交时间（北京时间）', width: 18, value: (r) => local(r.submitted_at) },
    { header: '办理期限', value: (r) => r.due_on },
    { header: '超期', value: (r) => (isOverdue(r.status as TicketStatus, r.due_on, today) ? '是' : '否') },
    { header: '延期（工作日）', value: (r) => r.extended_days },
    { header: '办结时间（北京时间）', width: 18, value: (r) => local(r.resolved_at) },
    { header: '办理用时（工作日）', value: (r) => r.handling_days ?? '' },
    { header: '满意度', value: (r) => (r.rating ? RATING_LABELS[r.rating] : '') },
  ], rows);
  return sendXlsx(reply, '服务台工单', bytes);
}
