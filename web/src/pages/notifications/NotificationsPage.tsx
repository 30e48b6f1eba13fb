import { useState } from 'react';
import { Badge, Button, Card, Empty, Segmented, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationsApi } from '../../api/notifications';
import type { Notification } from '../../api/types';
import { QK } from '../../api/hooks';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../components/time';
import { useNotifyError } from '../../components/useNotifyError';
import { ItemList, ItemRow } from '../../components/ItemList';

const PAGE_SIZE = 20;

export function NotificationsPage() {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const notifyError = useNotifyError();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: [...QK.notifications, 'list', unreadOnly, page],
    queryFn: () => notificationsApi.list({ unreadOnly, page, pageSize: PAGE_SIZE }),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: QK.notifications });
  const markRead = useMutation({ mutationFn: notificationsApi.markRead, onSuccess: refresh, onError: notifyError });
  const markAll = useMutation({ mutationFn: notificationsApi.markAllRead, onSuccess: refresh, onError: notifyError });

  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    if (n.link) navigate(n.link);
  };

  return (
    <Card
      data-testid="page-notifications"
      title={
        <Space>
          {t('module.notifications')}
          <Badge count={q.data?.unread ?? 0} data-testid="notifications-unread" />
        </Space>
      }
      extra={
        <Button onClick={() => markAll.mutate()} loading={markAll.isPending} disabled={!q.data?.unread} data-testid="notifications-read-all">
          {t('notifications.readAll')}
        </Button>
      }
    >
      <Segmented
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(v) => {
          setUnreadOnly(v === 'unread');
          setPage(1);
        }}
        options={[
          { value: 'all', label: t('notifications.all') },
          { value: 'unread', label: <span data-testid="notifications-filter-unread">{t('notifications.unreadOnly')}</span> },
        ]}
        style={{ marginBottom: 12 }}
      />
      <ItemList
        loading={q.isPending}
        items={q.data?.items ?? []}
        rowKey={(n) => n.id}
        empty={<Empty description={t('notifications.empty')} />}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: q.data?.total ?? 0, onChange: setPage }}
        renderItem={(n) => (
          <ItemRow
            data-testid="notification-item"
            data-read={n.readAt ? 'true' : 'false'}
            avatar={n.readAt ? <Badge status="default" /> : <Badge status="processing" />}
            title={
              <Typography.Link onClick={() => open(n)} strong={!n.readAt} style={{ color: n.link ? undefined : 'inherit' }}>
                {n.title}
              </Typography.Link>
            }
            description={
              <>
                <div>{n.body}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(n.createdAt, locale)}
                </Typography.Text>
              </>
            }
            actions={
              !n.readAt && (
                <Button size="small" type="link" onClick={() => markRead.mutate(n.id)} data-testid="notification-mark-read">
                  {t('notifications.markRead')}
                </Button>
              )
            }
          />
        )}
      />
    </Card>
  );
}
