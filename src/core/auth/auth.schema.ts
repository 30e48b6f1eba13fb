import { z } from 'zod';
import { ROLES } from '../access/roles.js';

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const roleGrantSchema = z.object({
  role: z.enum(ROLES),
  unitId: z.string(),
  unitName: z.string(),
});
export type RoleGrant = z.infer<typeof roleGrantSchema>;

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  /** The owner sees their own phone unmasked. */
  phone: z.string().nullable(),
  locale: z.enum(['zh-CN', 'en']),
  roles: z.array(roleGrantSchema),
  /** Navigation module keys this user may use (see src/core/access/modules.ts). */
  modules: z.array(z.string()),
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

export const loginReplySchema = z.object({ user: meSchema });

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(8).max(256),
});

export const updateMeBodySchema = z.object({
  displayName: z.string().trim().min(1).max(64).optional(),
  locale: z.enum(['zh-CN', 'en']).optional(),
});
