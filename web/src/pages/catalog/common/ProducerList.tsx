import { useState, type ReactNode } from 'react';
import { Button, Card, Input, Segmented, Select, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PRODUCER_STATUSES, PRODUCER_TYPES } from '../../../../../src/modules/catalog/rules/producer-application.machine';
import { producersApi } from '../../../api/producers';
import { QK } from '../../../api/hooks';
import type { ListProducersQuery, Producer } from '../../../api/types';
import { useI18n } from '../../../i18n/context';
import { ItemList, ItemRow } from '../../../components/ItemList';
import { formatDateTime } from '../../../components/time';
import { useNotifyError } from '../../../components/useNotifyError';
import { ProducerStatusTag } from './StatusTags';

const PAGE_SIZE = 20;

interface Props {
  title: string;
  testId: string;
  base: string;
  defaultStatus?: Producer['status'];
  empty?: ReactNode;
  extra?: ReactNode;
}

/** Producers the viewer may see, by status (filters in the URL), with the Excel export. */
export function ProducerList({ title, testId, base, defaultStatus, empty, extra }: Props) {
  const { t, locale } = useI18n();
  const notifyError = useNotifyError();
  const [params, setParams] = useSearchParams();
  const [exporting, setExporting] = useState(false);
  const status = (params.get('status') ?? defaultStatus ?? '') as Producer['status'] | '';
  const type = (params.get('type') || undefined) as Producer['type'] | undefined;
  const query: ListProducersQuery = { q: params.get('q') || undefined, status: status || undefined, type, page: Number(params.get('page') ?? 1), pageSize: PAGE_SIZE };
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };
  const list = useQuery({ queryKey: [...QK.producers, 'list', query], queryFn: () => producersApi.list(query), placeholderData: keepPreviousData });
  const exportXlsx = async () => {
    setExporting(true);
    try {
      await producersApi.exportXlsx({ ...query, page: undefined, pageSize: undefined });
    } catch (err) {
      notifyError(err);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      data-testid={testId}
      title={title}
      extra={
        <Space wrap>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportXlsx} data-testid="producers-export" aria-label={t('common.export')}>
            <span className="lb-hide-mobile">{t('common.export')}</span>
          </Button>
          {extra}
        </Space>
      }
    >
      <div style={{ overflowX: 'auto', marginBottom: 8 }}>
        <Segmented
          value={status}
          onChange={(s) => set({ status: String(s) })}
          options={[{ value: '', label: t('common.all') }, ...PRODUCER_STATUSES.map((s) => ({ value: s, label: t(`producer.status.${s}`) }))]}
          data-testid="producers-filter-status"
        />
      </div>
      <Space wrap size={[8, 8]} style={{ marginBottom: 8 }}>
        <Input.Search
          allowClear
          defaultValue={query.q}
          placeholder={t('producer.searchPlaceholder')}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={{ width: 260, maxWidth: '100%' }}
          data-testid="producers-filter-q"
        />
        <Select
          value={type ?? ''}
          onChange={(v: string) => set({ type: v || undefined })}
          options={[{ value: '', label: `${t('producer.type')}：${t('common.all')}` }, ...PRODUCER_TYPES.map((ty) => ({ value: ty, label: t(`producer.type.${ty}`) }))]}
          popupMatchSelectWidth={false}
          style={{ width: 180 }}
          data-testid="producers-filter-type"
        />
      </Space>
      <ItemList
        loading={list.isFetching}
        items={list.data?.items ?? []}
        rowKey={(p) => p.id}
        empty={empty}
        data-testid="producers-list"
        pagination={{ current: query.page ?? 1, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: (page) => set({ page: String(page) }) }}
        renderItem={(p) => (
          <ItemRow
            data-testid="producer-row"
            data-producer-id={p.id}
            data-name={p.name}
            title={
              <Link to={`${base}/${encodeURIComponent(p.id)}`} data-testid="producer-row-link">
                {p.name}
              </Link>
            }
            description={
              <>
                <div>
                  {t(`producer.type.${p.type}`)} · {p.regionName}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {p.contactName} {p.contactPhone} · {t('producer.productCount')} {p.productCount}
                  {p.submittedAt ? ` · ${t('producer.submittedAt')} ${formatDateTime(p.submittedAt, locale)}` : ''}
                </Typography.Text>
                {p.status === 'rejected' && p.statusNote && (
                  <div>
                    <Typography.Text type="danger" style={{ fontSize: 12 }}>
                      {t('producer.statusNote')}：{p.statusNote}
                    </Typography.Text>
                  </div>
                )}
              </>
            }
            extra={<ProducerStatusTag status={p.status} />}
          />
        )}
      />
    </Card>
  );
}
