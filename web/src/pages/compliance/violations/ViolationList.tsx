import type { ReactNode } from 'react';
import { Input, Space, Table, Tabs, Typography } from 'antd';
import { Link, useLocation } from 'react-router';
import { VIOLATION_STATUSES, type ViolationStatus } from '../../../../../src/modules/compliance/violations/violation.machine';
import type { ViolationSummary } from '../../../api/compliance';
import { useViolationList, type ViolationListKind } from '../../../api/violationHooks';
import { useI18n } from '../../../i18n/context';
import { useIsMobile } from '../../../layout/useIsMobile';
import { ItemList, ItemRow } from '../../../components/ItemList';
import { formatDateTime } from '../../../components/time';
import { useUrlFilters } from '../../../components/useUrlFilters';
import { DeductionTag, ResponseTag, SourceTag, ViolationStatusTag } from './StatusTags';

const PAGE_SIZE = 20;

interface Props {
  kind: ViolationListKind;
  /** Detail pages live at `${base}/:id`. */
  base: string;
  /** The staff queue: status tabs with counts, search, the source column. */
  queue?: boolean;
  showStreamer?: boolean;
  empty?: ReactNode;
}

/** A list of violations (queue, mine, reported) with its filters in the URL; rows open the record. */
export function ViolationList({ kind, base, queue = false, showStreamer = true, empty }: Props) {
  const { t, locale } = useI18n();
  const mobile = useIsMobile();
  const location = useLocation();
  const { params, set } = useUrlFilters();
  const status = (params.get('status') ?? '') as ViolationStatus | '';
  const page = Number(params.get('page') ?? 1);
  const q = params.get('q') || undefined;
  const list = useViolationList(kind, { status: status || undefined, q, page, pageSize: PAGE_SIZE });

  const counts = list.data?.counts;
  const all = counts ? VIOLATION_STATUSES.reduce((n, s) => n + (counts[s] ?? 0), 0) : undefined;
  const label = (key: string, text: string, n: number | undefined) => (
    <span data-testid={`violation-status-${key}`} data-count={n ?? ''}>
      {text}
      {n !== undefined && <Typography.Text type="secondary"> {n}</Typography.Text>}
    </span>
  );
  const link = (v: ViolationSummary, children: ReactNode) => (
    <Link to={`${base}/${encodeURIComponent(v.id)}`} state={{ from: location.search }} data-testid="violation-row-link">
      {children}
    </Link>
  );
  const streamer = (v: ViolationSummary) => (
    <span data-testid="violation-streamer">
      {v.streamer.displayName}
      {v.streamer.unitName && <Typography.Text type="secondary" style={{ fontSize: 12 }}> · {v.streamer.unitName}</Typography.Text>}
    </span>
  );
  const tags = (v: ViolationSummary) => (
    <>
      {v.hasResponse && <ResponseTag />}
      {v.creditDeduction !== null && <DeductionTag points={v.creditDeduction} />}
    </>
  );
  const rowProps = (v: ViolationSummary) => ({ 'data-testid': 'violation-row', 'data-id': v.id, 'data-status': v.status, 'data-summary': v.summary });
  const items = list.data?.items ?? [];

  return (
    <div>
      {queue && (
        <Tabs
          activeKey={status || 'all'}
          onChange={(k) => set({ status: k === 'all' ? undefined : k })}
          items={[
            { key: 'all', label: label('all', t('common.all'), all) },
            ...VIOLATION_STATUSES.map((s) => ({ key: s, label: label(s, t(`violation.status.${s}`), counts?.[s]) })),
          ]}
        />
      )}
      {queue && (
        <Input.Search
          allowClear
          defaultValue={q}
          maxLength={50}
          placeholder={t('violation.searchPlaceholder')}
          onSearch={(s) => set({ q: s.trim() || undefined })}
          style={{ width: 280, maxWidth: '100%', marginBottom: 12 }}
          data-testid="violation-search"
        />
      )}
      {list.isError && <Typography.Text type="danger">{list.error.message}</Typography.Text>}
      {mobile ? (
        <ItemList
          loading={list.isFetching}
          items={items}
          rowKey={(v) => v.id}
          empty={empty}
          data-testid="violation-table"
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: (p) => set({ page: String(p) }) }}
          renderItem={(v) => (
            <ItemRow
              {...rowProps(v)}
              title={link(v, v.summary)}
              description={
                <>
                  <Space size={[4, 4]} wrap style={{ margin: '4px 0', display: 'flex' }}>
                    <ViolationStatusTag status={v.status} />
                    {queue && <SourceTag source={v.source} />}
                    {tags(v)}
                  </Space>
                  {showStreamer && <div>{streamer(v)}</div>}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {v.clause !== null && `${t('violation.clauseValue', { n: v.clause })} · `}
                    {formatDateTime(v.reportedAt, locale)}
                  </Typography.Text>
                </>
              }
            />
          )}
        />
      ) : (
        <Table<ViolationSummary>
          data-testid="violation-table"
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={items}
          scroll={{ x: 'max-content' }}
          locale={empty ? { emptyText: empty } : undefined}
          onRow={(v) => rowProps(v) as React.HTMLAttributes<HTMLElement>}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, showSizeChanger: false, showTotal: (n) => t('common.total', { n }), onChange: (p) => set({ page: String(p) }) }}
          columns={[
            { title: t('common.status'), dataIndex: 'status', render: (s: ViolationStatus) => <ViolationStatusTag status={s} /> },
            ...(showStreamer ? [{ title: t('violation.streamer'), key: 'streamer', render: (_: unknown, v: ViolationSummary) => streamer(v) }] : []),
            {
              title: t('violation.summary'),
              dataIndex: 'summary',
              render: (s: string, v) => (
                <span style={{ display: 'inline-block', minWidth: 200, maxWidth: 420, whiteSpace: 'normal' }}>
                  {link(v, s)} {tags(v)}
                </span>
              ),
            },
            { title: t('violation.clause'), dataIndex: 'clause', render: (n: number | null) => (n === null ? '—' : t('violation.clauseValue', { n })) },
            ...(queue ? [{ title: t('violation.source'), dataIndex: 'source', render: (s: ViolationSummary['source']) => <SourceTag source={s} /> }] : []),
            { title: t('violation.reportedAt'), dataIndex: 'reportedAt', render: (v: string) => formatDateTime(v, locale) },
          ]}
        />
      )}
    </div>
  );
}
