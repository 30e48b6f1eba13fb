import { Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router';
import { useT } from '../i18n/context';
import { activeMenuKey, MENU } from './menu';

/** Shows exactly the modules the server granted (`me.modules`), in the app's order. */
export function SideMenu({ modules, onNavigate }: { modules: string[]; onNavigate?: () => void }) {
  const t = useT();
  const { pathname } = useLocation();
  const granted = MENU.filter((m) => modules.includes(m.key));
  const toItem = (m: (typeof MENU)[number]) => ({
    key: m.key,
    icon: m.icon,
    label: (
      <Link to={m.path} data-testid={`menu-${m.key}`} data-menu-key={m.key} onClick={onNavigate}>
        {t(m.label)}
      </Link>
    ),
  });
  const main = granted.filter((m) => m.group === 'main').map(toItem);
  const catalog = granted.filter((m) => m.group === 'catalog').map(toItem);
  const matching = granted.filter((m) => m.group === 'matching').map(toItem);
  const compliance = granted.filter((m) => m.group === 'compliance').map(toItem);
  const admin = granted.filter((m) => m.group === 'admin').map(toItem);
  const items: MenuProps['items'] = [
    ...main,
    ...(catalog.length ? [{ type: 'group' as const, key: 'catalog', label: t('menu.catalogGroup'), children: catalog }] : []),
    ...(matching.length ? [{ type: 'group' as const, key: 'matching', label: t('menu.matchingGroup'), children: matching }] : []),
    ...(compliance.length ? [{ type: 'group' as const, key: 'compliance', label: t('menu.complianceGroup'), children: compliance }] : []),
    ...(admin.length ? [{ type: 'group' as const, key: 'admin', label: t('menu.adminGroup'), children: admin }] : []),
  ];
  const selected = activeMenuKey(pathname);
  return (
    <Menu
      data-testid="side-menu"
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
    />
  );
}
