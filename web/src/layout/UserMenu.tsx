import { Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { authApi } from '../api/auth';
import type { Me } from '../api/types';
import { ME_KEY } from '../auth/useMe';
import { useT } from '../i18n/context';

export function UserMenu({ me, compact }: { me: Me; compact: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const logout = async () => {
    try {
      await authApi.logout();
    } catch {
      /* the session may already be gone; leave anyway */
    }
    qc.clear();
    qc.setQueryData(ME_KEY, null);
    navigate('/login', { replace: true });
  };
  const items: MenuProps['items'] = [
    { key: 'profile', icon: <SettingOutlined />, label: <span data-testid="user-menu-profile">{t('user.settings')}</span> },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="user-menu-logout">{t('user.logout')}</span> },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'profile') navigate('/profile');
    if (key === 'logout') void logout();
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" data-testid="user-menu" style={{ paddingInline: 4 }}>
        <Avatar size="small" icon={<UserOutlined />} style={{ background: '#c41d1d' }} />
        {!compact && <span data-testid="user-display-name">{me.displayName}</span>}
      </Button>
    </Dropdown>
  );
}
