/** Types inferred from the server's shared Zod schemas — never hand-written copies. */
import type { z } from 'zod';
import type { meSchema, roleGrantSchema, loginBodySchema } from '../../../src/core/auth/auth.schema';
import type { unitSchema, createUnitBodySchema } from '../../../src/core/identity/units.schema';
import type {
  userSchema,
  createUserBodySchema,
  sensitiveUserSchema,
  roleAssignmentSchema,
  listUsersQuerySchema,
} from '../../../src/core/identity/users.schema';
import type { auditEntrySchema, listAuditQuerySchema } from '../../../src/core/audit/audit.schema';
import type {
  notificationSchema,
  notificationPageSchema,
  unreadCountSchema,
} from '../../../src/core/notifications/notifications.schema';
import type { regionSchema, regionDetailSchema } from '../../../src/core/regions/regions.schema';
import type {
  calendarEntrySchema,
  calendarYearSchema,
  calendarYearsSchema,
  yearEntriesSchema,
  calendarCheckSchema,
} from '../../../src/core/calendar/calendar.schema';
import type { healthSchema } from '../../../src/core/http/health.schema';

export type Me = z.infer<typeof meSchema>;
export type RoleGrant = z.infer<typeof roleGrantSchema>;
export type LoginBody = z.infer<typeof loginBodySchema>;
export type Unit = z.infer<typeof unitSchema>;
export type CreateUnitBody = z.input<typeof createUnitBodySchema>;
export type User = z.infer<typeof userSchema>;
export type CreateUserBody = z.input<typeof createUserBodySchema>;
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;
export type ListUsersQuery = Partial<z.infer<typeof listUsersQuerySchema>>;
export type SensitiveUser = z.infer<typeof sensitiveUserSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type ListAuditQuery = Partial<z.infer<typeof listAuditQuerySchema>>;
export type Notification = z.infer<typeof notificationSchema>;
export type NotificationPage = z.infer<typeof notificationPageSchema>;
export type UnreadCount = z.infer<typeof unreadCountSchema>;
export type Region = z.infer<typeof regionSchema>;
export type RegionDetail = z.infer<typeof regionDetailSchema>;
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;
export type CalendarYear = z.infer<typeof calendarYearSchema>;
export type CalendarYears = z.infer<typeof calendarYearsSchema>;
export type YearEntries = z.infer<typeof yearEntriesSchema>;
export type CalendarCheck = z.infer<typeof calendarCheckSchema>;
export type Health = z.infer<typeof healthSchema>;

export interface Page<T> {
  items: T[];
  total: number;
}
export interface Ok {
  ok: true;
}
