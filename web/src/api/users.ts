import { api } from './client';
import type { CreateUserBody, ListUsersQuery, Ok, Page, RoleAssignment, SensitiveUser, User } from './types';

const base = '/api/admin/users';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export const usersApi = {
  list: (query: ListUsersQuery) => api.get<Page<User>>(base, query),
  get: (id: string) => api.get<User>(one(id)),
  create: (body: CreateUserBody) => api.post<User>(base, body),
  update: (id: string, body: { displayName?: string; phone?: string | null }) => api.patch<User>(one(id), body),
  setRoles: (id: string, roles: RoleAssignment[]) => api.put<User>(`${one(id)}/roles`, { roles }),
  resetPassword: (id: string, newPassword: string) => api.post<Ok>(`${one(id)}/reset-password`, { newPassword }),
  disable: (id: string) => api.post<User>(`${one(id)}/disable`),
  enable: (id: string) => api.post<User>(`${one(id)}/enable`),
  unlock: (id: string) => api.post<User>(`${one(id)}/unlock`),
  sensitive: (id: string) => api.get<SensitiveUser>(`${one(id)}/sensitive`),
};
