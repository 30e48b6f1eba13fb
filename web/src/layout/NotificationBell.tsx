import { Badge, Button, Empty, Popover, Space, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationsApi } from '../api/notifications';
import type { Notification } from '../api/types';
import { QK } from '../api/hooks';
import { useI18n } from '../i18n/context';
import { formatDateTime } from '../components/time';
import { useNotifyError } from '../components/useNotifyError';
import { ItemList, ItemRow } from '../components/ItemList';

/** Header bell: unread count (polled every 30 s) and a popover of the latest notifications. */
export function NotificationBell() {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const notifyError = useNotifyError();
  const [open, setOpen] = useState(false);
  const count = useQuery({ queryKey: QK.unreadCount, queryFn: notificationsApi.unreadCount, refetchInterval: 30_000 });
  const recent = useQuery({
    queryKey: [...QK.notifications, 'recent'],
    queryFn: () => notificationsApi.list({ page: 1, pageSize: 6 }),
    enabled: open,
  });
  const refresh = () => qc.invalidateQueries({ queryKey: QK.notifications });
  const readAll = useMutation({ mutationFn: notificationsApi.markAllRead, onSuccess: refresh, onError: notifyError });
  const readOne = useMutation({ mutationFn: notificationsApi.markRead, onSuccess: refresh, onError: notifyError });
  const unread = count.data?.count ?? 0;

  const openItem = (n: Notification) => {
    if (!n.readAt) readOne.mutate(n.id);
    setOpen(false);
    if (n.link) navigate(n.link);
  };

  const content = (
    <div style={{ width: 'min(340px, calc(100vw - 32px))' }} data-testid="notification-popover">
      <ItemList
        loading={recent.isPending}
        items={recent.data?.items ?? []}
        rowKey={(n) => n.id}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />}
        style={{ maxHeight: 360, overflowY: 'auto' }}
        renderItem={(n) => (
          <ItemRow
            dense
            style={{ cursor: 'pointer', opacity: n.readAt ? 0.6 : 1 }}
            onClick={() => openItem(n)}
            data-testid="notification-popover-item"
            title={
              <Space size={4}>
                {!n.readAt && <Badge status="processing" />}
                <Typography.Text strong={!n.readAt} ellipsis style={{ maxWidth: 260 }}>
                  {n.title}
                </Typography.Text>
              </Space>
            }
            description={
              <>
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }} type="secondary">
                  {n.body}
                </Typography.Paragraph>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(n.createdAt, locale)}
                </Typography.Text>
              </>
            }
          />
        )}
      />
      <div style={{ display: 'flex', justifyContent: 'space-between', paddingTop: 8, borderTop: '1px solid #f0f0f0' }}>
        <Button
          size="small"
          type="link"
          disabled={unread === 0}
          loading={readAll.isPending}
          onClick={() => readAll.mutate()}
          data-testid="notification-read-all"
        >
          {t('notifications.readAll')}
        </Button>
        <Link to="/notifications" onClick={() => setOpen(false)} data-testid="notification-view-all">
          {t('notifications.viewAll')}
        </Link>
      </div>
    </div>
  );

  return (
    <Popover
      content={content}
      title={t('module.notifications')}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <Button
        type="text"
        aria-label={t('module.notifications')}
        data-testid="notification-bell"
        data-count={unread}
        icon={
          <Badge count={unread} size="small" overflowCount={99} data-testid="notification-badge">
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
