import type { ReactNode } from 'react';
import {
  TrophyOutlined,
  LineChartOutlined,
  VideoCameraOutlined,
  GiftOutlined,
  IdcardOutlined,
  InboxOutlined,
  NodeIndexOutlined,
  StarOutlined,
  AlertOutlined,
  BookOutlined,
  FileProtectOutlined,
  FlagOutlined,
  ReadOutlined,
  SolutionOutlined,
  WarningOutlined,
  AppstoreOutlined,
  AuditOutlined,
  CloudUploadOutlined,
  FileSearchOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  ShoppingOutlined,
  SwapOutlined,
  BellOutlined,
  CalendarOutlined,
  ApartmentOutlined,
  DashboardOutlined,
  ScheduleOutlined,
  TeamOutlined,
  UserOutlined,
  EditOutlined,
  ProfileOutlined,
  UnorderedListOutlined,
  PhoneOutlined,
  BarChartOutlined,
  PartitionOutlined,
  EnvironmentOutlined,
} from '@ant-design/icons';
import type { MessageKey } from '../i18n/zh-CN';

export interface MenuEntry {
  key: string;
  path: string;
  label: MessageKey;
  icon: ReactNode;
  group: 'main' | 'catalog' | 'matching' | 'compliance' | 'desk' | 'admin';
}

/** Every navigation module the web app knows; the menu shows those in `me.modules`. */
export const MENU: MenuEntry[] = [
  { key: 'workbench', path: '/', label: 'module.workbench', icon: <DashboardOutlined />, group: 'main' },
  { key: 'notifications', path: '/notifications', label: 'module.notifications', icon: <BellOutlined />, group: 'main' },
  { key: 'calendar', path: '/calendar', label: 'module.calendar', icon: <CalendarOutlined />, group: 'main' },
  { key: 'profile', path: '/profile', label: 'module.profile', icon: <UserOutlined />, group: 'main' },
  { key: 'catalog.pool', path: '/catalog/pool', label: 'module.catalog.pool', icon: <AppstoreOutlined />, group: 'catalog' },
  { key: 'catalog.myProducers', path: '/catalog/my-producers', label: 'module.catalog.myProducers', icon: <ShopOutlined />, group: 'catalog' },
  { key: 'catalog.myProducts', path: '/catalog/my-products', label: 'module.catalog.myProducts', icon: <ShoppingOutlined />, group: 'catalog' },
  { key: 'catalog.producerReview', path: '/catalog/producer-review', label: 'module.catalog.producerReview', icon: <FileSearchOutlined />, group: 'catalog' },
  { key: 'catalog.productReview', path: '/catalog/product-review', label: 'module.catalog.productReview', icon: <SafetyCertificateOutlined />, group: 'catalog' },
  { key: 'catalog.synonyms', path: '/catalog/synonyms', label: 'module.catalog.synonyms', icon: <SwapOutlined />, group: 'catalog' },
  { key: 'catalog.import', path: '/catalog/import', label: 'module.catalog.import', icon: <CloudUploadOutlined />, group: 'catalog' },
  { key: 'matching.recommendations', path: '/matching/recommendations', label: 'module.matching.recommendations', icon: <StarOutlined />, group: 'matching' },
  { key: 'matching.samples', path: '/matching/samples', label: 'module.matching.samples', icon: <GiftOutlined />, group: 'matching' },
  { key: 'matching.profile', path: '/matching/profile', label: 'module.matching.profile', icon: <IdcardOutlined />, group: 'matching' },
  { key: 'matching.sampleRequests', path: '/matching/sample-requests', label: 'module.matching.sampleRequests', icon: <InboxOutlined />, group: 'matching' },
  { key: 'matching.matchmaking', path: '/matching/matchmaking', label: 'module.matching.matchmaking', icon: <NodeIndexOutlined />, group: 'matching' },
  { key: 'matching.cooperations', path: '/matching/cooperations', label: 'module.matching.cooperations', icon: <TeamOutlined />, group: 'matching' },
  { key: 'matching.sessions', path: '/matching/sessions', label: 'module.matching.sessions', icon: <VideoCameraOutlined />, group: 'matching' },
  { key: 'matching.priceBoard', path: '/matching/price-board', label: 'module.matching.priceBoard', icon: <LineChartOutlined />, group: 'matching' },
  { key: 'matching.reliability', path: '/matching/reliability', label: 'module.matching.reliability', icon: <TrophyOutlined />, group: 'matching' },
  { key: 'matching.partyMembers', path: '/matching/party-members', label: 'module.matching.partyMembers', icon: <FlagOutlined />, group: 'matching' },
  { key: 'compliance.check', path: '/compliance/check', label: 'module.compliance.check', icon: <FileProtectOutlined />, group: 'compliance' },
  { key: 'compliance.convention', path: '/compliance/convention', label: 'module.compliance.convention', icon: <ReadOutlined />, group: 'compliance' },
  { key: 'compliance.myViolations', path: '/compliance/my-violations', label: 'module.compliance.myViolations', icon: <WarningOutlined />, group: 'compliance' },
  { key: 'compliance.reports', path: '/compliance/reports', label: 'module.compliance.reports', icon: <FlagOutlined />, group: 'compliance' },
  { key: 'compliance.violations', path: '/compliance/violations', label: 'module.compliance.violations', icon: <AlertOutlined />, group: 'compliance' },
  { key: 'compliance.conventionAdmin', path: '/compliance/convention-admin', label: 'module.compliance.conventionAdmin', icon: <SolutionOutlined />, group: 'compliance' },
  { key: 'compliance.lexicon', path: '/compliance/lexicon', label: 'module.compliance.lexicon', icon: <BookOutlined />, group: 'compliance' },
  { key: 'desk.new', path: '/desk/new', label: 'module.desk.new', icon: <EditOutlined />, group: 'desk' },
  { key: 'desk.mine', path: '/desk/mine', label: 'module.desk.mine', icon: <ProfileOutlined />, group: 'desk' },
  { key: 'desk.queue', path: '/desk/queue', label: 'module.desk.queue', icon: <UnorderedListOutlined />, group: 'desk' },
  { key: 'desk.followups', path: '/desk/followups', label: 'module.desk.followups', icon: <PhoneOutlined />, group: 'desk' },
  { key: 'desk.serviceDays', path: '/desk/service-days', label: 'module.desk.serviceDays', icon: <EnvironmentOutlined />, group: 'desk' },
  { key: 'desk.dashboard', path: '/desk/dashboard', label: 'module.desk.dashboard', icon: <BarChartOutlined />, group: 'desk' },
  { key: 'admin.units', path: '/admin/units', label: 'module.admin.units', icon: <ApartmentOutlined />, group: 'admin' },
  { key: 'admin.users', path: '/admin/users', label: 'module.admin.users', icon: <TeamOutlined />, group: 'admin' },
  { key: 'admin.audit', path: '/admin/audit', label: 'module.admin.audit', icon: <AuditOutlined />, group: 'admin' },
  { key: 'admin.calendar', path: '/admin/calendar', label: 'module.admin.calendar', icon: <ScheduleOutlined />, group: 'admin' },
  { key: 'admin.desk', path: '/admin/desk', label: 'module.admin.desk', icon: <PartitionOutlined />, group: 'admin' },
];

/** The menu entry whose path best matches the current location. */
export function activeMenuKey(pathname: string): string | undefined {
  let best: MenuEntry | undefined;
  for (const m of MENU) {
    const hit = m.path === '/' ? pathname === '/' : pathname === m.path || pathname.startsWith(m.path + '/');
    if (hit && (!best || m.path.length > best.path.length)) best = m;
  }
  return best?.key;
}
