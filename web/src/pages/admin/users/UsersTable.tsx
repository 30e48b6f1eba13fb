import { Table, Tag } from 'antd';
import type { User } from '../../../api/types';
import { useI18n } from '../../../i18n/context';
import { RoleTags } from '../../../components/RoleTags';
import { formatDateTime, isFuture } from '../../../components/time';
import { SensitivePhone } from './SensitivePhone';
import { UserActions, type UserAction } from './UserActions';

interface Props {
  items: User[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
  onAction: (action: UserAction, user: User) => void;
}

export function UsersTable({ items, total, page, pageSize, loading, onPage, onAction }: Props) {
  const { t, locale } = useI18n();
  return (
    <Table<User>
      data-testid="users-table"
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      onRow={(u) => ({ 'data-testid': `user-row-${u.username}` }) as React.HTMLAttributes<HTMLElement>}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (n) => t('common.total', { n }),
        onChange: onPage,
      }}
      columns={[
        { title: t('user.username'), dataIndex: 'username', fixed: 'left' },
        { title: t('user.displayName'), dataIndex: 'displayName' },
        { title: t('user.phone'), key: 'phone', render: (_, u) => <SensitivePhone user={u} /> },
        { title: t('user.roles'), key: 'roles', render: (_, u) => <RoleTags roles={u.roles} /> },
        {
          title: t('user.status'),
          dataIndex: 'status',
          render: (s: User['status']) =>
            s === 'active' ? (
              <Tag color="green" data-testid="user-status-active">{t('user.status.active')}</Tag>
            ) : (
              <Tag color="default" data-testid="user-status-disabled">{t('user.status.disabled')}</Tag>
            ),
        },
        {
          title: t('user.lockedUntil'),
          dataIndex: 'lockedUntil',
          render: (v: string | null) =>
            isFuture(v) ? <Tag color="orange">{formatDateTime(v, locale)}</Tag> : '—',
        },
        { title: t('common.actions'), key: 'actions', render: (_, u) => <UserActions user={u} onAction={onAction} /> },
      ]}
    />
  );
}
