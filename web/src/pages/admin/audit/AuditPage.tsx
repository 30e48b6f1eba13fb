import { useMemo, useState } from 'react';
import { Card, Col, Row, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditApi } from '../../../api/audit';
import type { AuditEntry, ListAuditQuery } from '../../../api/types';
import { QK } from '../../../api/hooks';
import { useI18n } from '../../../i18n/context';
import { formatDateTime } from '../../../components/time';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';

function Json({ value, testId }: { value: unknown; testId: string }) {
  return (
    <pre className="lb-json" data-testid={testId}>
      {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
    </pre>
  );
}

export function AuditPage() {
  const { t, locale } = useI18n();
  const [query, setQuery] = useState<ListAuditQuery>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const list = useQuery({
    queryKey: [...QK.audit, query, paging],
    queryFn: () => auditApi.list({ ...query, ...paging }),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.items ?? [];
  const known = useMemo(
    () => ({
      actions: Array.from(new Set(items.map((i) => i.action))).sort(),
      entityTypes: Array.from(new Set(items.map((i) => i.entityType))).sort(),
    }),
    [items],
  );

  const onSearch = (v: AuditFilterValues) => {
    setQuery({
      action: v.action?.trim() || undefined,
      entityType: v.entityType?.trim() || undefined,
      entityId: v.entityId?.trim() || undefined,
      actorId: v.actorId || undefined,
      from: v.range?.[0]?.format() || undefined,
      to: v.range?.[1]?.format() || undefined,
    });
    setPaging((p) => ({ ...p, page: 1 }));
  };

  return (
    <Card title={t('module.admin.audit')} data-testid="page-audit">
      <AuditFilters knownActions={known.actions} knownEntityTypes={known.entityTypes} onSearch={onSearch} />
      {list.isError && <Typography.Text type="danger">{list.error.message}</Typography.Text>}
      <Table<AuditEntry>
        data-testid="audit-table"
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={items}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t('common.total', { n }),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        expandable={{
          expandedRowRender: (e) => (
            <Row gutter={[16, 8]}>
              <Col xs={24} md={12}>
                <Typography.Text strong>{t('audit.before')}</Typography.Text>
                <Json value={e.before} testId="audit-before" />
              </Col>
              <Col xs={24} md={12}>
                <Typography.Text strong>{t('audit.after')}</Typography.Text>
                <Json value={e.after} testId="audit-after" />
              </Col>
            </Row>
          ),
        }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v, locale) },
          { title: t('audit.actor'), dataIndex: 'actorName', render: (v: string | null) => v ?? t('audit.system') },
          { title: t('audit.action'), dataIndex: 'action', render: (v: string) => <Tag>{v}</Tag> },
          { title: t('audit.entityType'), dataIndex: 'entityType' },
          {
            title: t('audit.entityId'),
            dataIndex: 'entityId',
            render: (v: string | null) => (v ? <Typography.Text copyable={{ text: v }}>{v.length > 14 ? `${v.slice(0, 14)}…` : v}</Typography.Text> : '—'),
          },
          { title: 'IP', dataIndex: 'ip', render: (v: string | null) => v ?? '—' },
        ]}
      />
    </Card>
  );
}
