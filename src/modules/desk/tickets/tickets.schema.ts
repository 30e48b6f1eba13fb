import { z } from 'zod';
import { pageQuerySchema } from '../../../core/http/common.schema.js';
import { fileRefSchema, historyEntrySchema } from '../../catalog/producers/producers.schema.js';
import { CONTACT_METHODS, DEPARTMENT_KINDS, MAX_EXTENSION_DAYS, TICKET_CATEGORIES, TICKET_TYPES } from '../rules/categories.js';
import { TICKET_STATUSES } from '../rules/ticket.machine.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const idList = z.array(z.string().min(1).max(64));

export const ticketCreateBodySchema = z.object({
  category: z.enum(TICKET_CATEGORIES, '请选择问题类别'),
  type: z.enum(TICKET_TYPES, '请选择诉求类型（咨询、求助或投诉）'),
  title: z.string().trim().min(4, '标题至少 4 个字').max(60, '标题最多 60 个字'),
  description: z.string().trim().min(10, '请把问题描述清楚（至少 10 个字）').max(3000, '描述最多 3000 个字'),
  contactMethod: z.enum(CONTACT_METHODS, '请选择联系方式').default('in_app'),
  /** Needed when the requester asks to be called. */
  contactPhone: z.string().trim().regex(/^1\d{10}$/, '请填写 11 位手机号').nullish(),
  onsiteWanted: z.boolean().default(false),
  /** Uploaded first with purpose ticket_attachment. */
  attachmentIds: idList.max(9, '附件最多 9 个').default([]),
});
export type TicketCreateBody = z.infer<typeof ticketCreateBodySchema>;

export const TICKET_EVENTS = ['assign', 'reassign', 'start', 'resolve', 'return', 'reroute', 'close', 'reopen', 'withdraw'] as const;

export const ticketTransitionBodySchema = z.object({
  event: z.enum(TICKET_EVENTS),
  /** assign, reassign: the officer of the ticket's department. */
  officerId: z.string().min(1).max(64).nullish(),
  /** return, reopen: why. */
  reason: z.string().trim().max(500, '原因最多 500 个字').nullish(),
  /** resolve: the answer given to the requester. */
  resolution: z.string().trim().max(3000, '办理结果最多 3000 个字').nullish(),
  /** reroute: the department that should answer. */
  departmentId: z.string().min(1).max(64).nullish(),
  /** close: satisfaction 1–5 and a comment. */
  rating: z.number().int().min(1, '满意度为 1–5 分').max(5, '满意度为 1–5 分').nullish(),
  comment: z.string().trim().max(500, '评价最多 500 个字').nullish(),
});
export type TicketTransitionBody = z.infer<typeof ticketTransitionBodySchema>;

export const bulkAssignBodySchema = z.object({
  ids: idList.min(1, '请至少选择一张工单').max(100, '一次最多分派 100 张工单'),
  officerId: z.string().min(1).max(64),
});

export const bulkAssignResultSchema = z.object({
  assigned: z.array(z.string()),
  /** Tickets left as they were, with the reason (not in the officer's department, already assigned…). */
  skipped: z.array(z.object({ id: z.string(), ticketNo: z.string().nullable(), message: z.string() })),
});

export const extensionBodySchema = z.object({
  days: z.number().int().min(1, '延期至少 1 个工作日').max(MAX_EXTENSION_DAYS, `一次延期最多 ${MAX_EXTENSION_DAYS} 个工作日`),
  reason: z.string().trim().min(5, '请写明延期原因（至少 5 个字）').max(500),
});

export const extensionDecisionBodySchema = z.object({
  approve: z.boolean(),
  note: z.string().trim().max(500).nullish(),
});

export const ticketListQuerySchema = pageQuerySchema.extend({
  status: z.enum(TICKET_STATUSES).optional(),
  /** Only tickets whose clock is running. */
  open: z.stringbool().optional(),
  category: z.enum(TICKET_CATEGORIES).optional(),
  type: z.enum(TICKET_TYPES).optional(),
  departmentId: z.string().min(1).max(64).optional(),
  /** 'me': assigned to the caller; 'none': not assigned yet. */
  officer: z.enum(['me', 'none']).optional(),
  overdue: z.stringbool().optional(),
  /** Open tickets due on or before this day. */
  dueBy: isoDate.optional(),
  q: z.string().trim().max(60).optional(),
});
export type TicketListQuery = z.infer<typeof ticketListQuerySchema>;

export const ticketSummarySchema = z.object({
  id: z.string(),
  ticketNo: z.string(),
  title: z.string(),
  category: z.enum(TICKET_CATEGORIES),
  type: z.enum(TICKET_TYPES),
  status: z.enum(TICKET_STATUSES),
  requester: z.object({ userId: z.string(), displayName: z.string() }),
  department: z.object({ id: z.string(), name: z.string() }).nullable(),
  officer: z.object({ userId: z.string(), displayName: z.string() }).nullable(),
  submittedAt: z.string(),
  /** The Shanghai date the answer is due by, in working days (咨询 3, 求助 7, 投诉 15). */
  dueOn: z.string(),
  /** The due date touches a year without official holiday data (暂定). */
  dueProvisional: z.boolean(),
  overdue: z.boolean(),
  onsiteWanted: z.boolean(),
  rating: z.number().int().nullable(),
});

const extensionSchema = z.object({
  id: z.string(),
  days: z.number().int(),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'declined']),
  /** Display names of who asked and who decided. */
  requestedBy: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
});

export const followupSchema = z.object({
  id: z.string(),
  ticketId: z.string(),
  ticketNo: z.string(),
  title: z.string(),
  requesterName: z.string(),
  departmentName: z.string(),
  rating: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  dueOn: z.string(),
  overdue: z.boolean(),
  status: z.enum(['open', 'done']),
  note: z.string().nullable(),
  doneBy: z.string().nullable(),
  doneAt: z.string().nullable(),
});

export const ticketSchema = ticketSummarySchema.extend({
  description: z.string(),
  contactMethod: z.enum(CONTACT_METHODS),
  /** Masked (138****5678) for everyone but the requester; officers reveal it through /contact (audited). */
  contactPhone: z.string().nullable(),
  attachments: z.array(fileRefSchema),
  departmentKind: z.enum(DEPARTMENT_KINDS).nullable(),
  limitDays: z.number().int(),
  clockStartOn: z.string(),
  extendedDays: z.number().int(),
  returnReason: z.string().nullable(),
  resolution: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  handlingDays: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  closedAt: z.string().nullable(),
  autoClosed: z.boolean(),
  /** When an unrated resolved ticket closes itself. */
  autoCloseAt: z.string().nullable(),
  escalatedAt: z.string().nullable(),
  extensions: z.array(extensionSchema),
  followup: followupSchema.nullable(),
  history: z.array(historyEntrySchema),
  /** How the caller relates to the ticket: requester, officer, assignee, head, dispatcher. */
  viewerIs: z.array(z.string()),
  actions: z.array(z.string()),
  blockedActions: z.array(z.object({ event: z.string(), reason: z.string(), message: z.string() })),
  /** Whether the caller may ask for an extension now / decide the pending one. */
  canRequestExtension: z.boolean(),
  canDecideExtension: z.boolean(),
  /** For assign: the officers of the ticket's department (officers and heads only). */
  officers: z.array(z.object({ userId: z.string(), displayName: z.string() })),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const ticketListSchema = z.object({ items: z.array(ticketSummarySchema), total: z.number().int() });
export const contactSchema = z.object({ contactPhone: z.string().nullable() });
export const followupListQuerySchema = z.object({ open: z.stringbool().optional() });
export const followupListSchema = z.object({ items: z.array(followupSchema) });
export const followupDoneBodySchema = z.object({ note: z.string().trim().min(5, '请记录回访情况（至少 5 个字）').max(1000) });
export const extensionIdParamsSchema = z.object({ id: z.string().min(1).max(64) });
