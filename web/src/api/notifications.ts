import { api } from './client';
import type { NotificationPage, Ok, UnreadCount } from './types';

export const notificationsApi = {
  list: (query: { unreadOnly?: boolean; page?: number; pageSize?: number }) =>
    api.get<NotificationPage>('/api/notifications', {
      unreadOnly: query.unreadOnly ? 'true' : 'false',
      page: query.page,
      pageSize: query.pageSize,
    }),
  unreadCount: () => api.get<UnreadCount>('/api/notifications/unread-count'),
  markRead: (id: string) => api.post<Ok>(`/api/notifications/${encodeURIComponent(id)}/read`),
  markAllRead: () => api.post<Ok>('/api/notifications/read-all'),
};
