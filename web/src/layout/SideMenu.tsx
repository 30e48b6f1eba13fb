import { Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/zh-CN';
import { activeMenuKey, MENU, type MenuEntry } from './menu';

/** The titled groups below the main entries, in menu order. */
const GROUPS: { group: Exclude<MenuEntry['group'], 'main'>; label: MessageKey }[] = [
  { group: 'catalog', label: 'menu.catalogGroup' },
  { group: 'matching', label: 'menu.matchingGroup' },
  { group: 'compliance', label: 'menu.complianceGroup' },
  { group: 'desk', label: 'menu.deskGroup' },
  { group: 'admin', label: 'menu.adminGroup' },
];

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
  const items: MenuProps['items'] = [
    ...granted.filter((m) => m.group === 'main').map(toItem),
    ...GROUPS.flatMap(({ group, label }) => {
      const children = granted.filter((m) => m.group === group).map(toItem);
      return children.length ? [{ type: 'group' as const, key: group, label: t(label), children }] : [];
    }),
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
