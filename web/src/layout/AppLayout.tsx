import { Suspense, useState } from 'react';
import { Alert, Button, Drawer, Layout } from 'antd';
import { MenuOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../auth/useMe';
import { useT } from '../i18n/context';
import { PageSpin } from '../components/PageSpin';
import { SideMenu } from './SideMenu';
import { NotificationBell } from './NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';
import { useIsMobile } from './useIsMobile';

function Brand() {
  return (
    <div className="lb-brand">
      <VideoCameraOutlined style={{ fontSize: 20 }} />
      <span>LiveBase</span>
    </div>
  );
}

export function AppLayout() {
  const me = useCurrentUser();
  const t = useT();
  const mobile = useIsMobile();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { pathname } = useLocation();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!mobile && (
        <Layout.Sider width={220} breakpoint="md" data-testid="app-sider" style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
          <Brand />
          <SideMenu modules={me.modules} />
        </Layout.Sider>
      )}
      {mobile && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={240}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
          data-testid="menu-drawer"
        >
          <Brand />
          <SideMenu modules={me.modules} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header className="lb-header">
          {mobile && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('menu.open')}
              data-testid="menu-toggle"
              onClick={() => setDrawerOpen(true)}
            />
          )}
          <Link to="/" className="lb-title" data-testid="app-title" style={{ color: 'inherit' }}>
            {t('app.title')}
          </Link>
          <NotificationBell />
          <LanguageSwitch size="small" compact={mobile} />
          <UserMenu me={me} compact={mobile} />
        </Layout.Header>
        <Layout.Content className="lb-content">
          {me.mustChangePassword && pathname !== '/profile' && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="must-change-password"
              title={t('profile.mustChange')}
              action={<Link to="/profile">{t('profile.changePassword')}</Link>}
            />
          )}
          <Suspense fallback={<PageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
