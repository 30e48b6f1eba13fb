import { Button, Popconfirm, Space } from 'antd';
import type { User } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { isFuture } from '../../../components/time';

export type UserAction = 'edit' | 'roles' | 'reset' | 'disable' | 'enable' | 'unlock';

export function UserActions({ user, onAction }: { user: User; onAction: (action: UserAction, user: User) => void }) {
  const t = useT();
  const id = (a: string) => `user-${a}-${user.username}`;
  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={() => onAction('edit', user)} data-testid={id('edit')}>
        {t('common.edit')}
      </Button>
      <Button type="link" size="small" onClick={() => onAction('roles', user)} data-testid={id('roles')}>
        {t('user.assignRoles')}
      </Button>
      <Button type="link" size="small" onClick={() => onAction('reset', user)} data-testid={id('reset')}>
        {t('user.resetPassword')}
      </Button>
      {user.status === 'active' ? (
        <Popconfirm title={t('user.disableConfirm', { name: user.username })} onConfirm={() => onAction('disable', user)} okButtonProps={{ danger: true }}>
          <Button type="link" size="small" danger data-testid={id('disable')}>
            {t('user.disable')}
          </Button>
        </Popconfirm>
      ) : (
        <Button type="link" size="small" onClick={() => onAction('enable', user)} data-testid={id('enable')}>
          {t('user.enable')}
        </Button>
      )}
      {isFuture(user.lockedUntil) && (
        <Button type="link" size="small" onClick={() => onAction('unlock', user)} data-testid={id('unlock')}>
          {t('user.unlock')}
        </Button>
      )}
    </Space>
  );
}
