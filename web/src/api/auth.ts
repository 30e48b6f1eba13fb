import { api } from './client';
import type { LoginBody, Me, Ok } from './types';

export const authApi = {
  login: (body: LoginBody) => api.post<{ user: Me }>('/api/auth/login', body),
  logout: () => api.post<Ok>('/api/auth/logout'),
  me: () => api.get<Me>('/api/me'),
  updateMe: (body: { displayName?: string; locale?: Me['locale'] }) => api.patch<Me>('/api/me', body),
  changePassword: (body: { currentPassword: string; newPassword: string }) => api.post<Ok>('/api/me/password', body),
};
