import { useState } from 'react';
import { Badge, Button, Card, Col, Drawer, Empty, Input, Pagination, Row, Select, Space, Spin, Tag, Typography } from 'antd';
import { DownloadOutlined, FilterOutlined } from '@ant-design/icons';
import { useLocation, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { SEARCH_SORTS } from '../../../../../src/modules/catalog/search/search.schema';
import { productsApi } from '../../../api/products';
import { QK } from '../../../api/hooks';
import { useT } from '../../../i18n/context';
import { useIsMobile } from '../../../layout/useIsMobile';
import { useNotifyError } from '../../../components/useNotifyError';
import { PoolFilters } from './PoolFilters';
import { ProductCard } from './ProductCard';
import { FILTER_KEYS, PAGE_SIZE, patchPoolParams, readPoolQuery, type PoolKey } from './poolQuery';

const thisMonth = () => Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', month: 'numeric' }).format(new Date()));

/** 选品池: full-text search over verified products with valid evidence, filters, sorts, paging. */
export function PoolPage() {
  const t = useT();
  const mobile = useIsMobile();
  const notifyError = useNotifyError();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const [drawer, setDrawer] = useState(false);
  const [exporting, setExporting] = useState(false);
  const query = readPoolQuery(params);
  const page = query.page ?? 1;
  const filterCount = FILTER_KEYS.filter((k) => params.get(k)).length;

  const patch = (p: Partial<Record<PoolKey, string | number | undefined>>) => setParams(patchPoolParams(params, p), { replace: !('q' in p) });
  const clear = () => setParams(patchPoolParams(params, Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined]))), { replace: true });

  const result = useQuery({ queryKey: [...QK.pool, query], queryFn: () => productsApi.search(query), placeholderData: keepPreviousData });
  const exportXlsx = async () => {
    setExporting(true);
    try {
      await productsApi.exportSearch({ ...query, page: undefined, pageSize: undefined });
    } catch (err) {
      notifyError(err);
    } finally {
      setExporting(false);
    }
  };

  const filters = <PoolFilters query={query} onPatch={patch} onClear={clear} />;
  const terms = result.data?.terms ?? [];
  return (
    <div data-testid="page-pool">
      <Card size="small" style={{ marginBottom: 12 }}>
        <Input.Search
          key={query.q ?? ''}
          defaultValue={query.q}
          allowClear
          enterButton
          size="large"
          maxLength={64}
          placeholder={t('pool.searchPlaceholder')}
          onSearch={(q) => patch({ q: q.trim() || undefined })}
          data-testid="pool-search"
        />
        <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 10, flexWrap: 'wrap' }}>
          {mobile && (
            <Badge count={filterCount} size="small">
              <Button icon={<FilterOutlined />} onClick={() => setDrawer(true)} data-testid="pool-filters-open">
                {t('common.filters')}
              </Button>
            </Badge>
          )}
          <Select
            value={query.sort ?? 'relevance'}
            onChange={(sort: string) => patch({ sort: sort === 'relevance' ? undefined : sort })}
            options={SEARCH_SORTS.map((s) => ({ value: s, label: t(`pool.sort.${s}`) }))}
            style={{ width: mobile ? 124 : 150 }}
            data-testid="pool-sort"
          />
          <Typography.Text type="secondary" data-testid="pool-count" style={{ flex: 1, minWidth: 64, whiteSpace: 'nowrap' }}>
            {result.data ? t('pool.count', { n: result.data.total }) : ''}
          </Typography.Text>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportXlsx} data-testid="pool-export" aria-label={t('common.export')}>
            {!mobile && t('common.export')}
          </Button>
        </div>
        {terms.length > 0 && (
          <div style={{ marginTop: 8 }} data-testid="pool-terms">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('pool.terms')}
            </Typography.Text>
            <Space size={[4, 4]} wrap>
              {terms.map((group, i) => (
                <Tag key={i}>{group.join(' / ')}</Tag>
              ))}
            </Space>
          </div>
        )}
        {!mobile && <div style={{ marginTop: 12 }}>{filters}</div>}
      </Card>
      {mobile && (
        <Drawer open={drawer} onClose={() => setDrawer(false)} placement="bottom" size="80%" title={t('common.filters')} data-testid="pool-filters-drawer">
          {filters}
        </Drawer>
      )}
      <Spin spinning={result.isFetching}>
        {result.isError ? (
          <Empty description={result.error.message} />
        ) : (result.data?.items.length ?? 0) === 0 && !result.isPending ? (
          <Empty description={t('pool.empty')} data-testid="pool-empty" />
        ) : (
          <Row gutter={[12, 12]} data-testid="pool-results">
            {(result.data?.items ?? []).map((p) => (
              <Col key={p.id} xs={24} md={12} xxl={8}>
                <ProductCard product={p} to={`/catalog/pool/${encodeURIComponent(p.id)}`} state={{ from: location.search }} month={thisMonth()} />
              </Col>
            ))}
          </Row>
        )}
      </Spin>
      {(result.data?.total ?? 0) > PAGE_SIZE && (
        <Pagination
          size="small"
          style={{ marginTop: 12, textAlign: 'center' }}
          current={page}
          pageSize={PAGE_SIZE}
          total={result.data?.total ?? 0}
          showSizeChanger={false}
          onChange={(p) => {
            patch({ page: p });
            window.scrollTo({ top: 0 });
          }}
          data-testid="pool-pagination"
        />
      )}
    </div>
  );
}
