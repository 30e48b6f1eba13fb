import { Card, Tabs } from 'antd';
import { useUrlFilters } from '../../../components/useUrlFilters';
import { useT } from '../../../i18n/context';
import { DepartmentsTab } from './DepartmentsTab';
import { RoutingTab } from './RoutingTab';

/** 部门与分派 (admin): each department's kind and heads, and which kind answers each category per region. */
export function AdminDeskPage() {
  const t = useT();
  const { get, set } = useUrlFilters();
  const tab = get('tab') === 'routing' ? 'routing' : 'departments';
  return (
    <Card data-testid="admin-desk" title={t('module.admin.desk')}>
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ tab: k === 'routing' ? k : undefined })}
        destroyOnHidden
        items={[
          { key: 'departments', label: <span data-testid="admin-desk-tab-departments">{t('deskAdmin.tab.departments')}</span>, children: <DepartmentsTab /> },
          { key: 'routing', label: <span data-testid="admin-desk-tab-routing">{t('deskAdmin.tab.routing')}</span>, children: <RoutingTab /> },
        ]}
      />
    </Card>
  );
}
