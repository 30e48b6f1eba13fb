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
import type { importReportSchema } from '../../../src/modules/catalog/excel/excel.schema';
import type {
  producerSummarySchema,
  producerSchema,
  createProducerBodySchema,
  updateProducerBodySchema,
  listProducersQuerySchema,
  producerTransitionBodySchema,
  siteVisitBodySchema,
  bankRevealSchema,
  fileRefSchema,
  historyEntrySchema,
  siteVisitSchema,
} from '../../../src/modules/catalog/producers/producers.schema';
import type {
  productSummarySchema,
  productSchema,
  productInputSchema,
  createProductBodySchema,
  productTransitionBodySchema,
  batchBodySchema,
  evidenceBodySchema,
  batchSchema,
  evidenceSchema,
  qualitySchema,
  manageProductsQuerySchema,
} from '../../../src/modules/catalog/products/products.schema';
import type {
  searchQuerySchema,
  searchResultSchema,
  synonymGroupSchema,
  synonymBodySchema,
  categorySchema,
} from '../../../src/modules/catalog/search/search.schema';

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

// Catalogue (issue 3)
export type FileRef = z.infer<typeof fileRefSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type SiteVisit = z.infer<typeof siteVisitSchema>;
export type ProducerSummary = z.infer<typeof producerSummarySchema>;
export type Producer = z.infer<typeof producerSchema>;
export type CreateProducerBody = z.input<typeof createProducerBodySchema>;
export type UpdateProducerBody = z.input<typeof updateProducerBodySchema>;
export type ListProducersQuery = Partial<z.infer<typeof listProducersQuerySchema>>;
export type ProducerTransitionBody = z.infer<typeof producerTransitionBodySchema>;
export type SiteVisitBody = z.input<typeof siteVisitBodySchema>;
export type BankReveal = z.infer<typeof bankRevealSchema>;
export type ProductSummary = z.infer<typeof productSummarySchema>;
export type Product = z.infer<typeof productSchema>;
export type ProductInput = z.input<typeof productInputSchema>;
export type CreateProductBody = z.input<typeof createProductBodySchema>;
export type ProductTransitionBody = z.infer<typeof productTransitionBodySchema>;
export type ProductEvent = ProductTransitionBody['event'];
export type VerificationMethod = NonNullable<ProductTransitionBody['methods']>[number];
export type BatchBody = z.input<typeof batchBodySchema>;
export type EvidenceBody = z.input<typeof evidenceBodySchema>;
export type Batch = z.infer<typeof batchSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type EvidenceKind = Evidence['kind'];
export type Quality = z.infer<typeof qualitySchema>;
export type ManageProductsQuery = Partial<z.infer<typeof manageProductsQuerySchema>>;
type SearchQueryParsed = z.infer<typeof searchQuerySchema>;
/** Query string of the pool search: as the server reads it, booleans as 'true' | 'false'. */
export type SearchQuery = {
  [K in keyof SearchQueryParsed]?: SearchQueryParsed[K] extends boolean | undefined ? 'true' | 'false' : SearchQueryParsed[K];
};
export type SearchResult = z.infer<typeof searchResultSchema>;
export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
export type SynonymBody = z.infer<typeof synonymBodySchema>;
export type Category = z.infer<typeof categorySchema>;

/** Reply of POST /api/catalog/import/*: a row-by-row report (no shared schema for it yet). */
export type ImportReport = z.infer<typeof importReportSchema>;
