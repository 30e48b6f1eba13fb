/**
 * The service desk API (issue 6): requests (诉求) routed to departments, the officers' queue,
 * extensions, follow-up calls, the dashboard, on-site service days (上门服务日) and the admin's
 * departments and routing table.
 * Types are inferred from the server's Zod schemas.
 */
import type { z } from 'zod';
import type { dashboardSchema } from '../../../src/modules/desk/dashboard/dashboard.schema';
import type { departmentBodySchema, departmentListSchema, departmentSchema, routingBodySchema, routingSchema } from '../../../src/modules/desk/departments/departments.schema';
import type {
  bulkAssignBodySchema,
  bulkAssignResultSchema,
  contactSchema,
  extensionBodySchema,
  extensionDecisionBodySchema,
  followupListSchema,
  followupSchema,
  ticketCreateBodySchema,
  ticketListQuerySchema,
  ticketListSchema,
  ticketSchema,
  ticketSummarySchema,
  ticketTransitionBodySchema,
} from '../../../src/modules/desk/tickets/tickets.schema';
import type { bookingBodySchema, bookingOutcomeBodySchema, serviceDayBodySchema, serviceDayListSchema, serviceDaySchema, serviceDaySummarySchema, servicePlacesSchema } from '../../../src/modules/desk/service-days/service-days.schema';
import { api } from './client';

export type Ticket = z.infer<typeof ticketSchema>;
export type TicketSummary = z.infer<typeof ticketSummarySchema>;
export type TicketList = z.infer<typeof ticketListSchema>;
export type TicketCreateBody = z.input<typeof ticketCreateBodySchema>;
export type TicketTransitionBody = z.input<typeof ticketTransitionBodySchema>;
export type TicketEvent = TicketTransitionBody['event'];
export type TicketExtension = Ticket['extensions'][number];
export type BulkAssignBody = z.input<typeof bulkAssignBodySchema>;
export type BulkAssignResult = z.infer<typeof bulkAssignResultSchema>;
export type ExtensionBody = z.input<typeof extensionBodySchema>;
export type ExtensionDecisionBody = z.input<typeof extensionDecisionBodySchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Followup = z.infer<typeof followupSchema>;
export type FollowupList = z.infer<typeof followupListSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type DepartmentList = z.infer<typeof departmentListSchema>;
export type DepartmentBody = z.input<typeof departmentBodySchema>;
export type Routing = z.infer<typeof routingSchema>;
export type RoutingEntry = Routing['entries'][number];
export type RoutingBody = z.input<typeof routingBodySchema>;
export type Dashboard = z.infer<typeof dashboardSchema>;
export type Person = Ticket['officers'][number];
export type ServiceDay = z.infer<typeof serviceDaySchema>;
export type ServiceDaySummary = z.infer<typeof serviceDaySummarySchema>;
export type ServiceDayList = z.infer<typeof serviceDayListSchema>;
export type ServiceDayBody = z.input<typeof serviceDayBodySchema>;
export type Booking = ServiceDay['bookings'][number];
export type ServicePlaces = z.infer<typeof servicePlacesSchema>;
export type BookingBody = z.input<typeof bookingBodySchema>;
export type BookingOutcomeBody = z.input<typeof bookingOutcomeBodySchema>;

type ListQueryParsed = z.infer<typeof ticketListQuerySchema>;
/**
 * Query of the requester's list and the queue. The server reads the flags with z.coerce.boolean(),
 * to which any non-empty string (also 'false') is true: a flag is sent as `true` or left out.
 */
export type TicketQuery = Partial<Omit<ListQueryParsed, 'open' | 'overdue'>> & { open?: true; overdue?: true };

const enc = encodeURIComponent;

export const deskApi = {
  /** Files a request: routed to its department, due in working days by its type. */
  create: (body: TicketCreateBody) => api.post<Ticket>('/api/desk/tickets', body),
  /** The signed-in requester's own requests. */
  mine: (q: TicketQuery) => api.get<TicketList>('/api/desk/tickets/mine', { ...q }),
  /** Officers: their departments' tickets; base staff and admins: their requesters' tickets. */
  queue: (q: TicketQuery) => api.get<TicketList>('/api/desk/tickets/queue', { ...q }),
  exportQueue: (q: TicketQuery) => api.download('/api/desk/tickets/export.xlsx', { ...q, page: undefined, pageSize: undefined }, '工单.xlsx'),
  bulkAssign: (body: BulkAssignBody) => api.post<BulkAssignResult>('/api/desk/tickets/bulk-assign', body),
  ticket: (id: string) => api.get<Ticket>(`/api/desk/tickets/${enc(id)}`),
  /** The requester's phone in full (officers, staff); the server audits every read. */
  contact: (id: string) => api.get<Contact>(`/api/desk/tickets/${enc(id)}/contact`),
  transition: (id: string, body: TicketTransitionBody) => api.post<Ticket>(`/api/desk/tickets/${enc(id)}/transition`, body),
  requestExtension: (id: string, body: ExtensionBody) => api.post<Ticket>(`/api/desk/tickets/${enc(id)}/extensions`, body),
  decideExtension: (extensionId: string, body: ExtensionDecisionBody) => api.post<Ticket>(`/api/desk/extensions/${enc(extensionId)}/decide`, body),

  /** Follow-up calls after a bad rating; `open` true for the open ones only (left out: all). */
  followups: (open: boolean) => api.get<FollowupList>('/api/desk/followups', { open: open ? true : undefined }),
  followupDone: (id: string, note: string) => api.post<Followup>(`/api/desk/followups/${enc(id)}/done`, { note }),

  departments: () => api.get<DepartmentList>('/api/desk/departments'),
  saveDepartment: (id: string, body: DepartmentBody) => api.put<Department>(`/api/desk/departments/${enc(id)}`, body),
  /** The routing table as it applies in a region ('' = the nationwide default). */
  routing: (regionCode: string) => api.get<Routing>('/api/desk/routing', { regionCode }),
  saveRouting: (body: RoutingBody) => api.put<Routing>('/api/desk/routing', body),

  dashboard: (q: { departmentId?: string; days?: number }) => api.get<Dashboard>('/api/desk/dashboard', { ...q }),

  /** 上门服务日 from today on; `past` true adds past and cancelled days (the flag is sent as `true` or left out). */
  serviceDays: (past: boolean) => api.get<ServiceDayList>('/api/desk/service-days', { past: past ? true : undefined }),
  serviceDay: (id: string) => api.get<ServiceDay>(`/api/desk/service-days/${enc(id)}`),
  servicePlaces: () => api.get<ServicePlaces>('/api/desk/service-day-places'),
  publishServiceDay: (body: ServiceDayBody) => api.post<ServiceDay>('/api/desk/service-days', body),
  /** Calls the day off: its bookings are cancelled and their requesters notified. */
  cancelServiceDay: (id: string, reason: string) => api.post<ServiceDay>(`/api/desk/service-days/${enc(id)}/cancel`, { reason }),
  book: (dayId: string, body: BookingBody) => api.post<ServiceDay>(`/api/desk/service-days/${enc(dayId)}/bookings`, body),
  cancelBooking: (bookingId: string) => api.post<ServiceDay>(`/api/desk/bookings/${enc(bookingId)}/cancel`),
  /** 到场 with what was done (optionally resolving the linked ticket) or 未到场; on or after the day. */
  recordOutcome: (bookingId: string, body: BookingOutcomeBody) => api.post<ServiceDay>(`/api/desk/bookings/${enc(bookingId)}/outcome`, body),
};
