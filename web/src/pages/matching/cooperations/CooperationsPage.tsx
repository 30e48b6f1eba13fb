import { useEffect, useState, type ReactNode } from 'react';
import { Button, Space, Table, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { COOPERATION_STATUSES, type CooperationStatus } from '../../../../../src/modules/matching/rules/cooperation.machine';
import type { CooperationSummary } from '../../../api/cooperation';
import { useCooperationList, useSides } from '../../../api/cooperationHooks';
import { matchingApi } from '../../../api/matching';
import { productsApi } from '../../../api/products';
import { useI18n } from '../../../i18n/context';
import { useIsMobile } from '../../../layout/useIsMobile';
import { ItemList, ItemRow } from '../../../components/ItemList';
import { formatBp, formatFen } from '../../../components/money';
import { useUrlFilters } from '../../../components/useUrlFilters';
import { OversightExport } from '../OversightExport';
import { CoopStatusTag, ProposedByTag, priceLine, windowText } from './coopBits';
import { ProposeDrawer } from './ProposeDrawer';
import type { PickedProduct } from './ProductPick';

const PAGE_SIZE = 20;

/** 合作: the caller's cooperations by status, and 「发起合作」 (also opened by `?product=<id>`). */
export function CooperationsPage() {
  const { t } = useI18n();
  const mobile = useIsMobile();
  const location = useLocation();
  const sides = useSides();
  const { params, set } = useUrlFilters();
  const status = (params.get('status') ?? '') as CooperationStatus | '';
  const page = Number(params.get('page') ?? 1);
  const productParam = params.get('product');
  const list = useCooperationList({ status: status || undefined, page, pageSize: PAGE_SIZE });
  const [open, setOpen] = useState(false);
  const fromUrl = useQuery({ queryKey: ['cooperation', 'url-product', productParam], queryFn: () => productsApi.get(productParam!), enabled: !!productParam, retry: false });
  const initial: PickedProduct | null = fromUrl.data ?? null;
  useEffect(() => {
    if (fromUrl.data) setOpen(true);
  }, [fromUrl.data]);

  const close = () => {
    setOpen(false);
    if (productParam) set({ product: undefined });
  };

  const link = (c: CooperationSummary, children: ReactNode) => (
    <Link to={`/matching/cooperations/${encodeURIComponent(c.id)}`} state={{ from: location.search }} data-testid="coop-row-link">
      {children}
    </Link>
  );
  const rowProps = (c: CooperationSummary) => ({ 'data-testid': 'coop-row', 'data-id': c.id, 'data-status': c.status, 'data-product-id': c.product.id });
  const items = list.data?.items ?? [];
  const pagination = { current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: (p: number) => set({ page: String(p) }) };

  return (
    <div data-testid="page-matching-cooperations">
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap', marginBottom: 4 }}>
        <Typography.Title level={4} style={{ margin: 0, flex: 1 }}>
          {t('module.matching.cooperations')}
        </Typography.Title>
        <OversightExport run={() => matchingApi.exportCooperations(status || undefined)} />
        {(sides.streamer || sides.manager) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="coop-new">
            {t('coop.new')}
          </Button>
        )}
      </div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 4 }}>
        {t('coop.intro')}
      </Typography.Paragraph>
      <Tabs
        activeKey={status || 'all'}
        onChange={(k) => set({ status: k === 'all' ? undefined : k })}
        items={[{ key: 'all', label: <span data-testid="coop-tab-all">{t('common.all')}</span> }, ...COOPERATION_STATUSES.map((s) => ({ key: s, label: <span data-testid={`coop-tab-${s}`}>{t(`coop.status.${s}`)}</span> }))]}
      />
      {list.isError && <Typography.Text type="danger">{list.error.message}</Typography.Text>}
      {mobile ? (
        <ItemList
          loading={list.isFetching}
          items={items}
          rowKey={(c) => c.id}
          data-testid="coop-table"
          pagination={pagination}
          renderItem={(c) => (
            <ItemRow
              {...rowProps(c)}
              title={link(c, c.product.name)}
              description={
                <>
                  <Space size={[4, 4]} wrap style={{ margin: '4px 0', display: 'flex' }}>
                    <CoopStatusTag status={c.status} />
                    <ProposedByTag side={c.proposedBySide} />
                  </Space>
                  <div>
                    {c.streamer.displayName} · {c.product.producerName}
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {windowText(c)} · {priceLine(t, c)}
                  </Typography.Text>
                </>
              }
            />
          )}
        />
      ) : (
        <Table<CooperationSummary>
          data-testid="coop-table"
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={items}
          scroll={{ x: 'max-content' }}
          onRow={(c) => rowProps(c) as React.HTMLAttributes<HTMLElement>}
          pagination={{ ...pagination, showSizeChanger: false, showTotal: (n) => t('common.total', { n }) }}
          columns={[
            { title: t('common.status'), dataIndex: 'status', render: (s: CooperationStatus) => <CoopStatusTag status={s} /> },
            {
              title: t('coop.product'),
              key: 'product',
              render: (_: unknown, c) => (
                <span style={{ display: 'inline-block', minWidth: 160, maxWidth: 320, whiteSpace: 'normal' }}>
                  {link(c, c.product.name)}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {c.product.producerName}
                    </Typography.Text>
                  </div>
                </span>
              ),
            },
            { title: t('coop.streamer'), key: 'streamer', render: (_: unknown, c) => c.streamer.displayName },
            { title: t('coop.window'), key: 'window', render: (_: unknown, c) => windowText(c) },
            { title: t('coop.supplyPriceShort'), dataIndex: 'supplyPriceFen', align: 'right', render: (v: number) => formatFen(v) },
            { title: t('product.commissionShort'), dataIndex: 'commissionBp', align: 'right', render: (v: number) => formatBp(v) },
            { title: t('coop.proposedByCol'), dataIndex: 'proposedBySide', render: (s: CooperationSummary['proposedBySide']) => <ProposedByTag side={s} /> },
          ]}
        />
      )}
      <ProposeDrawer open={open} onClose={close} initial={initial} />
    </div>
  );
}
