import { useMemo, useState } from 'react';
import { Card, Col, Empty, Progress, Result, Row, Segmented, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { complianceApi, type Coverage } from '../../../api/compliance';
import { useI18n } from '../../../i18n/context';
import { formatDateTime } from '../../../components/time';
import { useIsMobile } from '../../../layout/useIsMobile';
import { CONVENTION_KEYS } from './keys';

type Filter = 'all' | 'signed' | 'unsigned';
type Signer = Coverage['items'][number];

/** 签署情况: who in the staff member's units has signed the current version. */
export function CoverageTab() {
  const { t, locale } = useI18n();
  const mobile = useIsMobile();
  const [filter, setFilter] = useState<Filter>('all');
  const q = useQuery({ queryKey: CONVENTION_KEYS.signatures, queryFn: complianceApi.signatures });
  const rows = useMemo(() => {
    const items = q.data?.items ?? [];
    if (filter === 'all') return items;
    return items.filter((r) => (filter === 'signed' ? r.signedAt !== null : r.signedAt === null));
  }, [q.data, filter]);

  const unit = (v: string) => <Typography.Text type="secondary">{v}</Typography.Text>;
  const columns: TableColumnsType<Signer> = [
    {
      key: 'name',
      title: t('convention.colName'),
      dataIndex: 'displayName',
      // Phones: the unit goes under the name, so the table needs no sideways scrolling.
      render: (v: string, r) => (
        <>
          <div>{v}</div>
          {mobile && <div style={{ fontSize: 12 }}>{unit(r.unitName)}</div>}
        </>
      ),
    },
    ...(mobile ? [] : [{ key: 'unit', title: t('convention.colUnit'), dataIndex: 'unitName', render: unit }]),
    {
      key: 'signedAt',
      title: t('convention.colSignedAt'),
      dataIndex: 'signedAt',
      render: (v: string | null) =>
        v ? (
          formatDateTime(v, locale)
        ) : (
          <Tag color="red" data-testid="coverage-unsigned-tag">
            {t('convention.notSigned')}
          </Tag>
        ),
    },
  ];

  if (q.isError) return <Result status="warning" title={t('error.loadFailed')} subTitle={q.error.message} />;
  const c = q.data;
  const percent = c && c.total > 0 ? Math.round((c.signed / c.total) * 100) : 0;
  return (
    <div data-testid="convention-coverage">
      <Card size="small" loading={q.isPending} title={c ? t('convention.coverageOf', { n: c.version }) : undefined} style={{ marginBottom: 12 }}>
        {c && (
          <Row gutter={[16, 12]} align="middle">
            <Col xs={24} sm={8} style={{ textAlign: 'center' }}>
              <Progress type="circle" percent={percent} size={96} status={c.signed === c.total ? 'success' : 'normal'} />
            </Col>
            <Col xs={8} sm={5}>
              <Statistic title={t('convention.signedCount')} value={c.signed} data-testid="coverage-signed" data-value={c.signed} />
            </Col>
            <Col xs={8} sm={5}>
              <Statistic title={t('convention.unsignedCount')} value={c.total - c.signed} styles={{ content: { color: c.total > c.signed ? '#cf1322' : undefined } }} />
            </Col>
            <Col xs={8} sm={6}>
              <Statistic title={t('convention.total')} value={c.total} data-testid="coverage-total" data-value={c.total} />
            </Col>
          </Row>
        )}
      </Card>
      <Card size="small">
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          data-testid="coverage-filter"
          style={{ marginBottom: 12 }}
          options={[
            { value: 'all', label: <span data-testid="coverage-filter-all">{t('convention.filterAll')}</span> },
            { value: 'signed', label: <span data-testid="coverage-filter-signed">{t('convention.filterSigned')}</span> },
            { value: 'unsigned', label: <span data-testid="coverage-filter-unsigned">{t('convention.filterUnsigned')}</span> },
          ]}
        />
        <Table<Signer>
          data-testid="coverage-table"
          size="small"
          rowKey="userId"
          loading={q.isPending}
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false, size: 'small' } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={c && c.total === 0 ? t('convention.emptyScope') : undefined} /> }}
          onRow={(r) => ({ 'data-testid': 'coverage-row', 'data-signed': r.signedAt !== null }) as React.HTMLAttributes<HTMLElement>}
          columns={columns}
        />
      </Card>
    </div>
  );
}
