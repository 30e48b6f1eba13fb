import { useState, type ReactNode } from 'react';
import { Button, Card, Input, Select, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link, useLocation, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PRODUCT_STATUSES } from '../../../../../src/modules/catalog/rules/product-verification.machine';
import { productsApi } from '../../../api/products';
import { QK } from '../../../api/hooks';
import type { ManageProductsQuery, Product } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { ItemList, ItemRow } from '../../../components/ItemList';
import { formatBp, formatFen } from '../../../components/money';
import { useNotifyError } from '../../../components/useNotifyError';
import { PoolTag, ProductStatusTag, QualityBadge } from './StatusTags';
import { ProductThumb } from './ProductThumb';

const PAGE_SIZE = 20;

interface Props {
  title: string;
  testId: string;
  /** Detail pages live at `${base}/:id`. */
  base: string;
  defaultStatus?: Product['status'];
  extra?: ReactNode;
}

/** The manage list (GET /api/catalog/products/manage) with filters in the URL, and its export. */
export function ProductManageList({ title, testId, base, defaultStatus, extra }: Props) {
  const t = useT();
  const notifyError = useNotifyError();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const [exporting, setExporting] = useState(false);
  const status = (params.get('status') ?? defaultStatus ?? '') as Product['status'] | '';
  const query: ManageProductsQuery = {
    q: params.get('q') || undefined,
    status: status || undefined,
    inPool: (params.get('inPool') as 'true' | 'false' | null) || undefined,
    page: Number(params.get('page') ?? 1),
    pageSize: PAGE_SIZE,
  };
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };
  const list = useQuery({ queryKey: [...QK.products, 'manage', query], queryFn: () => productsApi.manage(query), placeholderData: keepPreviousData });

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await productsApi.exportManage({ ...query, page: undefined, pageSize: undefined });
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
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportXlsx} data-testid="products-export">
            <span className="lb-hide-mobile">{t('common.export')}</span>
          </Button>
          {extra}
        </Space>
      }
    >
      <Space wrap size={[8, 8]} style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          defaultValue={query.q}
          placeholder={t('product.searchPlaceholder')}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={{ width: 240, maxWidth: '100%' }}
          data-testid="products-filter-q"
        />
        <Select
          value={status}
          onChange={(s: string) => set({ status: s })}
          options={[{ value: '', label: t('common.all') }, ...PRODUCT_STATUSES.map((s) => ({ value: s, label: t(`product.status.${s}`) }))]}
          style={{ width: 130 }}
          data-testid="products-filter-status"
        />
        <Select
          value={query.inPool ?? ''}
          onChange={(v: string) => set({ inPool: v || undefined })}
          options={[
            { value: '', label: `${t('review.inPoolFilter')}：${t('common.all')}` },
            { value: 'true', label: t('product.inPool') },
            { value: 'false', label: t('product.notInPool') },
          ]}
          style={{ width: 150 }}
          data-testid="products-filter-in-pool"
        />
      </Space>
      <ItemList
        loading={list.isFetching}
        items={list.data?.items ?? []}
        rowKey={(p) => p.id}
        data-testid="products-list"
        pagination={{ current: query.page ?? 1, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: (page) => set({ page: String(page) }) }}
        renderItem={(p) => (
          <ItemRow
            data-testid="product-row"
            data-product-id={p.id}
            data-name={p.name}
            avatar={<ProductThumb url={p.imageUrl} size={56} />}
            title={
              <Link to={`${base}/${encodeURIComponent(p.id)}`} state={{ from: location.search }} data-testid="product-row-link">
                {p.name}
              </Link>
            }
            description={
              <>
                <Space size={[4, 4]} wrap style={{ margin: '4px 0' }}>
                  <ProductStatusTag status={p.status} />
                  <PoolTag inPool={p.inPool} />
                  <QualityBadge score={p.qualityScore} />
                </Space>
                <div>
                  {p.producerName} · {p.categoryName} · {p.specWeight}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('product.supplyPriceShort')} {formatFen(p.supplyPriceFen)} · {t('product.commissionShort')} {formatBp(p.commissionBp)}
                </Typography.Text>
              </>
            }
          />
        )}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('common.total', { n: list.data?.total ?? 0 })}
      </Typography.Text>
    </Card>
  );
}
