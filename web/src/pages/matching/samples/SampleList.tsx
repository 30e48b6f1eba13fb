import type { ReactNode } from 'react';
import { Select, Space, Table, Tabs, Typography } from 'antd';
import { Link, useLocation, useSearchParams } from 'react-router';
import { SAMPLE_STATUSES, type SampleStatus } from '../../../../../src/modules/matching/rules/sample.machine';
import type { SampleSummary } from '../../../api/matching';
import { useSampleList, type SampleListKind } from '../../../api/matchingHooks';
import { useI18n } from '../../../i18n/context';
import { useIsMobile } from '../../../layout/useIsMobile';
import { ItemList, ItemRow } from '../../../components/ItemList';
import { formatDateTime } from '../../../components/time';
import { DueText, SampleStatusTag } from './sampleBits';

const PAGE_SIZE = 20;
/** The producer's tabs: what waits for them first. */
const TAB_ORDER: SampleStatus[] = ['requested', 'approved', 'shipped', 'received', 'evaluated', 'overdue', 'declined', 'expired', 'cancelled'];

interface Props {
  kind: SampleListKind;
  /** Detail pages live at `${base}/:id`. */
  base: string;
  /** Status tabs (default 待审批) instead of a status select (default 全部). */
  tabs?: boolean;
  empty?: ReactNode;
}

/** Sample requests, the streamer's own or those for the viewer's products; filters in the URL. */
export function SampleList({ kind, base, tabs = false, empty }: Props) {
  const { t, locale } = useI18n();
  const mobile = useIsMobile();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status') ?? (tabs ? 'requested' : 'all');
  const status = (SAMPLE_STATUSES as readonly string[]).includes(raw) ? (raw as SampleStatus) : undefined;
  const page = Number(params.get('page') ?? 1);
  const list = useSampleList(kind, { status, page, pageSize: PAGE_SIZE });
  const set = (next: { status?: string; page?: number }) => {
    const p = new URLSearchParams(params);
    if (next.status !== undefined) p.set('status', next.status);
    if (next.page && next.page > 1) p.set('page', String(next.page));
    else p.delete('page');
    setParams(p, { replace: true });
  };
  const items = list.data?.items ?? [];
  const link = (s: SampleSummary, children: ReactNode) => (
    <Link to={`${base}/${encodeURIComponent(s.id)}`} state={{ from: location.search }} data-testid="sample-row-link">
      {children}
    </Link>
  );
  const rowProps = (s: SampleSummary) => ({ 'data-testid': 'sample-row', 'data-id': s.id, 'data-status': s.status, 'data-product-id': s.product.id });
  const pagination = { current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: (p: number) => set({ page: p }) };
  const filter = tabs ? (
    <Tabs
      activeKey={status ?? 'all'}
      onChange={(k) => set({ status: k })}
      items={[...TAB_ORDER.map((s) => ({ key: s, label: <span data-testid={`sample-tab-${s}`}>{t(`sample.status.${s}`)}</span> })), { key: 'all', label: <span data-testid="sample-tab-all">{t('common.all')}</span> }]}
    />
  ) : (
    <Select
      value={status ?? 'all'}
      onChange={(v: string) => set({ status: v })}
      style={{ width: 160, marginBottom: 12 }}
      data-testid="sample-status-filter"
      options={[{ value: 'all', label: t('sample.allStatuses') }, ...SAMPLE_STATUSES.map((s) => ({ value: s, label: t(`sample.status.${s}`) }))]}
    />
  );

  return (
    <div>
      {filter}
      {list.isError && <Typography.Text type="danger">{list.error.message}</Typography.Text>}
      {mobile ? (
        <ItemList
          loading={list.isFetching}
          items={items}
          rowKey={(s) => s.id}
          empty={empty}
          data-testid="sample-table"
          pagination={pagination}
          renderItem={(s) => (
            <ItemRow
              {...rowProps(s)}
              title={link(s, s.product.name)}
              extra={<SampleStatusTag status={s.status} />}
              description={
                <>
                  <div>
                    {kind === 'incoming' ? <span data-testid="sample-streamer">{s.streamer.displayName}</span> : s.product.producerName} · {t('sample.quantityValue', { n: s.quantity })}
                  </div>
                  <Space size={8} wrap style={{ fontSize: 12 }}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(s.requestedAt, locale)}
                    </Typography.Text>
                    {s.dueAt && <DueText dueAt={s.dueAt} status={s.status} />}
                  </Space>
                </>
              }
            />
          )}
        />
      ) : (
        <Table<SampleSummary>
          data-testid="sample-table"
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={items}
          scroll={{ x: 'max-content' }}
          locale={empty ? { emptyText: empty } : undefined}
          onRow={(s) => rowProps(s) as React.HTMLAttributes<HTMLElement>}
          pagination={{ ...pagination, showSizeChanger: false, showTotal: (n) => t('common.total', { n }) }}
          columns={[
            { title: t('common.status'), dataIndex: 'status', render: (s: SampleStatus) => <SampleStatusTag status={s} /> },
            {
              title: t('sample.product'),
              key: 'product',
              render: (_, s) => (
                <span style={{ display: 'inline-block', minWidth: 180, maxWidth: 360, whiteSpace: 'normal' }}>
                  {link(s, s.product.name)}
                  <div style={{ fontSize: 12, color: 'rgba(0,0,0,.55)' }}>{s.product.producerName}</div>
                </span>
              ),
            },
            ...(kind === 'incoming' ? [{ title: t('sample.streamer'), key: 'streamer', render: (_: unknown, s: SampleSummary) => <span data-testid="sample-streamer">{s.streamer.displayName}</span> }] : []),
            { title: t('sample.quantity'), dataIndex: 'quantity' },
            { title: t('sample.requestedAt'), dataIndex: 'requestedAt', render: (v: string) => formatDateTime(v, locale) },
            { title: t('sample.timeLimit'), key: 'due', render: (_, s) => <DueText dueAt={s.dueAt} status={s.status} /> },
          ]}
        />
      )}
    </div>
  );
}
