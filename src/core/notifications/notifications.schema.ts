import { z } from 'zod';
import { pageQuerySchema } from '../http/common.schema.js';

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** In-app path to act on, e.g. `/admin/users?id=…`, or null. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const listNotificationsQuerySchema = pageQuerySchema.extend({
  unreadOnly: z.enum(['true', 'false']).default('false'),
});
export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  total: z.number().int(),
  unread: z.number().int(),
});
export const unreadCountSchema = z.object({ count: z.number().int() });
