import { useState } from 'react';
import { App, Button, Select, Space, Table, Tag, Typography } from 'antd';
import { GlobalOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DEPARTMENT_KINDS, type DepartmentKind, type TicketCategory } from '../../../../../src/modules/desk/rules/categories';
import { deskApi, type RoutingBody, type RoutingEntry } from '../../../api/desk';
import { DK, useRouting } from '../../../api/deskHooks';
import { useT } from '../../../i18n/context';
import { RegionCascader } from '../../../components/RegionCascader';
import { useNotifyError } from '../../../components/useNotifyError';

const SOURCE_COLORS: Record<RoutingEntry['source'], string> = { region: 'blue', inherited: 'default', default: 'default' };

/** The routing table of one region ('' = nationwide default): which department kind answers each category. */
export function RoutingTab() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [regionCode, setRegionCode] = useState('');
  const [changed, setChanged] = useState<Partial<Record<TicketCategory, DepartmentKind>>>({});
  /** Region rules the admin chose to drop (the category then follows the wider region). */
  const [dropped, setDropped] = useState<TicketCategory[]>([]);
  const routing = useRouting(regionCode);
  const entries = routing.data?.entries ?? [];
  const reset = () => {
    setChanged({});
    setDropped([]);
  };
  const pick = (code: string) => {
    reset();
    setRegionCode(code);
  };

  const save = useMutation({
    mutationFn: () => {
      const rules: RoutingBody['rules'] = entries
        .filter((e) => changed[e.category] !== undefined || (e.source === 'region' && !dropped.includes(e.category)))
        .map((e) => ({ category: e.category, kind: changed[e.category] ?? e.kind }));
      return deskApi.saveRouting({ regionCode, rules });
    },
    onSuccess: (r) => {
      qc.setQueryData(DK.routing(r.regionCode), r);
      reset();
      void message.success(t('deskAdmin.routingSaved'));
    },
    onError: notifyError,
  });
  const dirty = Object.keys(changed).length > 0 || dropped.length > 0;

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('deskAdmin.routingIntro')}
      </Typography.Paragraph>
      <Space size={[8, 8]} wrap style={{ marginBottom: 12, display: 'flex' }}>
        <Button type={regionCode === '' ? 'primary' : 'default'} icon={<GlobalOutlined />} onClick={() => pick('')} data-testid="admin-desk-region-default">
          {t('deskAdmin.regionDefault')}
        </Button>
        <RegionCascader value={regionCode || null} onChange={(code) => pick(code ?? '')} maxLevel="county" placeholder={t('deskAdmin.regionPick')} style={{ width: 280, maxWidth: '100%' }} data-testid="admin-desk-region" />
        <Typography.Text strong data-testid="admin-desk-region-name">
          {regionCode ? (routing.data?.regionName ?? regionCode) : t('deskAdmin.regionDefault')}
        </Typography.Text>
      </Space>
      {routing.isError && <Typography.Text type="danger">{routing.error.message}</Typography.Text>}
      <Table<RoutingEntry>
        data-testid="admin-desk-routing"
        rowKey="category"
        size="middle"
        loading={routing.isFetching}
        dataSource={entries}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(e) => ({ 'data-testid': 'admin-desk-route', 'data-category': e.category, 'data-source': e.source }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('deskAdmin.category'), dataIndex: 'category', render: (c: TicketCategory) => t(`desk.category.${c}`) },
          {
            title: t('deskAdmin.kind'),
            key: 'kind',
            render: (_, e) => (
              <Select
                value={changed[e.category] ?? e.kind}
                onChange={(kind: DepartmentKind) => setChanged((c) => ({ ...c, [e.category]: kind }))}
                style={{ width: 180 }}
                popupMatchSelectWidth={false}
                options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: t(`desk.kind.${k}`) }))}
                data-testid="admin-desk-route-kind"
              />
            ),
          },
          {
            title: t('deskAdmin.source'),
            key: 'source',
            render: (_, e) => (
              <Space size={4}>
                <Tag color={SOURCE_COLORS[e.source]} data-testid="admin-desk-route-source" style={{ marginInlineEnd: 0 }}>
                  {t(`deskAdmin.source.${e.source}`)}
                </Tag>
                {(changed[e.category] !== undefined || dropped.includes(e.category)) && (
                  <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                    {dropped.includes(e.category) ? t('deskAdmin.inherit') : t('deskAdmin.changed')}
                  </Tag>
                )}
                {e.source === 'region' && !dropped.includes(e.category) && changed[e.category] === undefined && (
                  <Button size="small" type="link" icon={<UndoOutlined />} onClick={() => setDropped((d) => [...d, e.category])} data-testid="admin-desk-route-inherit">
                    {t('deskAdmin.inherit')}
                  </Button>
                )}
              </Space>
            ),
          },
          {
            title: t('deskAdmin.reaches'),
            key: 'department',
            render: (_, e) =>
              e.department ? (
                <span data-testid="admin-desk-route-department">{e.department.name}</span>
              ) : (
                // Nationwide there is no one department: each region's own of that kind answers.
                <Typography.Text type={regionCode ? 'warning' : 'secondary'}>{regionCode ? t('deskAdmin.noDepartment') : '—'}</Typography.Text>
              ),
          },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={() => save.mutate()} data-testid="admin-desk-routing-save">
          {t('common.save')}
        </Button>
        {dirty && (
          <Button onClick={reset} data-testid="admin-desk-routing-reset">
            {t('common.reset')}
          </Button>
        )}
      </Space>
    </>
  );
}
