import { z } from 'zod';
import { ROLES } from '../access/roles.js';
import { roleGrantSchema } from '../auth/auth.schema.js';
import { pageQuerySchema } from '../http/common.schema.js';

export const USER_STATUSES = ['active', 'disabled'] as const;

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  /** Masked (138****5678) unless the viewer is the owner. */
  phone: z.string().nullable(),
  status: z.enum(USER_STATUSES),
  /** ISO time until which logins are refused after repeated failures, or null. */
  lockedUntil: z.string().nullable(),
  roles: z.array(roleGrantSchema),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const listUsersQuerySchema = pageQuerySchema.extend({
  unitId: z.string().optional(),
  /** Include users of units below `unitId` (default true). */
  descendants: z.enum(['true', 'false']).default('true'),
  q: z.string().trim().max(64).optional(),
  status: z.enum(USER_STATUSES).optional(),
  role: z.enum(ROLES).optional(),
});

const username = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9_.-]{3,32}$/, '用户名为 3–32 位字母、数字、下划线、点或短横线');
const phone = z.string().regex(/^1[3-9]\d{9}$/, '请输入 11 位中国大陆手机号');
const password = z.string().min(8, '密码至少 8 位').max(256);
export const roleAssignmentSchema = z.object({ role: z.enum(ROLES), unitId: z.string() });

export const createUserBodySchema = z.object({
  username,
  displayName: z.string().trim().min(1).max(64),
  phone: phone.nullable().optional(),
  password,
  roles: z.array(roleAssignmentSchema).min(1, '至少分配一个角色').max(50),
});
export const updateUserBodySchema = z
  .object({ displayName: z.string().trim().min(1).max(64).optional(), phone: phone.nullable().optional() })
  .refine((b) => Object.keys(b).length > 0, '至少修改一项');
export const setRolesBodySchema = z.object({ roles: z.array(roleAssignmentSchema).min(1, '至少分配一个角色').max(50) });
export const resetPasswordBodySchema = z.object({ newPassword: password });
export const sensitiveUserSchema = z.object({ id: z.string(), phone: z.string().nullable() });
