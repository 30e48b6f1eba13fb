import { Badge, Card, Empty, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { notificationsApi } from '../../api/notifications';
import { QK } from '../../api/hooks';
import { useI18n } from '../../i18n/context';
import { formatDateTime } from '../../components/time';
import { ItemList, ItemRow } from '../../components/ItemList';

export function UnreadCard() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const q = useQuery({
    queryKey: [...QK.notifications, 'unread-preview'],
    queryFn: () => notificationsApi.list({ unreadOnly: true, page: 1, pageSize: 5 }),
  });
  return (
    <Card
      title={
        <span>
          {t('workbench.unread')} <Badge count={q.data?.unread ?? 0} showZero color="#c41d1d" data-testid="workbench-unread-count" />
        </span>
      }
      extra={<Link to="/notifications">{t('notifications.viewAll')}</Link>}
      loading={q.isPending}
      data-testid="unread-card"
    >
      <ItemList
        items={q.data?.items ?? []}
        rowKey={(n) => n.id}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.noUnread')} />}
        renderItem={(n) => (
          <ItemRow
            dense
            style={{ cursor: n.link ? 'pointer' : undefined }}
            onClick={() => n.link && navigate(n.link)}
            title={<Typography.Text ellipsis>{n.title}</Typography.Text>}
            extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(n.createdAt, locale)}</Typography.Text>}
          />
        )}
      />
    </Card>
  );
}
