import { z } from 'zod';
import { pageQuerySchema } from '../http/common.schema.js';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  unitId: z.string().nullable(),
  /** e.g. `user.create`, `unit.move`, `user.read_sensitive` */
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  ip: z.string().nullable(),
});
export const listAuditQuerySchema = pageQuerySchema.extend({
  actorId: z.string().optional(),
  action: z.string().max(64).optional(),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
