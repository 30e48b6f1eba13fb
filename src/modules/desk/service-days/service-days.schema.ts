import { z } from 'zod';
import { BOOKING_STATUSES, MAX_SLOT_CAPACITY, MAX_SLOTS } from '../rules/service-day.js';
import { TICKET_STATUSES } from '../rules/ticket.machine.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');

export const serviceDayBodySchema = z.object({
  departmentId: z.string().min(1).max(64),
  /** The base (or venue) the department comes to. */
  baseUnitId: z.string().min(1, '请选择服务地点所在基地').max(64),
  day: isoDate,
  place: z.string().trim().min(2, '请填写具体地点').max(100, '地点最多 100 个字'),
  title: z.string().trim().min(2, '请填写主题').max(60, '主题最多 60 个字'),
  notes: z.string().trim().max(1000).nullish(),
  slots: z.array(z.object({ startsAt: hhmm, endsAt: hhmm, capacity: z.number().int().min(1, '名额至少 1 人').max(MAX_SLOT_CAPACITY, `名额最多 ${MAX_SLOT_CAPACITY} 人`) })).min(1, '请至少设置一个时段').max(MAX_SLOTS, `时段最多 ${MAX_SLOTS} 个`),
});
export type ServiceDayBody = z.infer<typeof serviceDayBodySchema>;

export const serviceDayListQuerySchema = z.object({
  /** Past days too (officers looking back); default: today and later. */
  past: z.stringbool().optional(),
  departmentId: z.string().min(1).max(64).optional(),
});

const slotSchema = z.object({ id: z.string(), startsAt: z.string(), endsAt: z.string(), capacity: z.number().int(), taken: z.number().int(), left: z.number().int() });

export const bookingSchema = z.object({
  id: z.string(),
  dayId: z.string(),
  slotId: z.string(),
  slot: z.string(),
  requester: z.object({ userId: z.string(), displayName: z.string() }),
  question: z.string(),
  ticket: z.object({ id: z.string(), ticketNo: z.string(), status: z.enum(TICKET_STATUSES) }).nullable(),
  status: z.enum(BOOKING_STATUSES),
  outcome: z.string().nullable(),
  outcomeAt: z.string().nullable(),
  createdAt: z.string(),
});

export const serviceDaySummarySchema = z.object({
  id: z.string(),
  department: z.object({ id: z.string(), name: z.string() }),
  base: z.object({ id: z.string(), name: z.string() }),
  day: z.string(),
  place: z.string(),
  title: z.string(),
  notes: z.string().nullable(),
  status: z.enum(['published', 'cancelled']),
  cancelReason: z.string().nullable(),
  slots: z.array(slotSchema),
  /** Places left across the slots. */
  placesLeft: z.number().int(),
  bookable: z.boolean(),
  /** The caller's own booking on this day, if any (on a cancelled day, the booking the cancellation ended). */
  myBooking: bookingSchema.nullable(),
  /** The caller is an officer of the department: sees the bookings and records outcomes. */
  canManage: z.boolean(),
});

export const serviceDaySchema = serviceDaySummarySchema.extend({
  /** Every booking of the day (the department's officers only; empty for others). */
  bookings: z.array(bookingSchema),
  createdBy: z.string(),
});
export type ServiceDay = z.infer<typeof serviceDaySchema>;

export const serviceDayListSchema = z.object({ items: z.array(serviceDaySummarySchema) });

export const bookingBodySchema = z.object({
  slotId: z.string().min(1).max(64),
  question: z.string().trim().min(5, '请简要写下想咨询的问题（至少 5 个字）').max(500, '问题最多 500 个字'),
  /** One of the requester's own open tickets that the visit should settle. */
  ticketId: z.string().min(1).max(64).nullish(),
});

export const bookingOutcomeBodySchema = z.object({
  attended: z.boolean(),
  outcome: z.string().trim().max(2000).nullish(),
  /** Resolve the linked ticket with the outcome as its answer. */
  resolveTicket: z.boolean().default(false),
});

export const cancelBodySchema = z.object({ reason: z.string().trim().min(2, '请填写取消原因').max(500, '原因最多 500 个字') });

export const servicePlacesSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), regionName: z.string().nullable() })) });
