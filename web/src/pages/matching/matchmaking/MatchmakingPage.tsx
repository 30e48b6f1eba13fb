import { useEffect, useState } from 'react';
import { App, Card, Col, Empty, Form, Row, Select, Space, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { QK } from '../../../api/hooks';
import { useManagedProducts, useStreamerMatches } from '../../../api/matchingHooks';
import { productsApi } from '../../../api/products';
import { useCurrentUser } from '../../../auth/useMe';
import { useT } from '../../../i18n/context';
import { formatBp, formatFen } from '../../../components/money';
import { ProductThumb } from '../../catalog/common/ProductThumb';
import { QualityBadge, PoolTag } from '../../catalog/common/StatusTags';
import { MonthSelect } from '../recommendations/matchBits';
import { PlanCard, type PlanValues } from './PlanCard';
import { StreamerMatches } from './StreamerMatches';
import { StreamerPicksCard } from './StreamerPicksCard';
import type { KnownStreamers } from './StreamerPicker';

/** 主播匹配: for one of the viewer's products, the streamers who fit it and its distribution plan. */
export function MatchmakingPage() {
  const t = useT();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const productId = params.get('product') || undefined;
  const raw = Number(params.get('month'));
  const month = raw >= 1 && raw <= 12 ? raw : undefined;
  const [q, setQ] = useState('');
  const managed = useManagedProducts(q);
  const product = useQuery({ queryKey: QK.product(productId ?? ''), queryFn: () => productsApi.get(productId!), enabled: !!productId });
  const matches = useStreamerMatches(productId, month);
  const [planForm] = Form.useForm<PlanValues>();
  const targeted = (Form.useWatch('streamerIds', planForm) as string[] | undefined) ?? [];
  const planMode = Form.useWatch('mode', planForm);
  const { message } = App.useApp();
  const [known, setKnown] = useState<KnownStreamers>(new Map());
  const seen = (people: { userId: string; displayName: string }[]) =>
    setKnown((m) => (people.every((p) => m.get(p.userId) === p.displayName) ? m : new Map([...m, ...people.map((p) => [p.userId, p.displayName] as const)])));
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) (v ? next.set(k, v) : next.delete(k));
    setParams(next, { replace: true });
  };

  // Nothing chosen yet: start with the first product in the pool.
  useEffect(() => {
    const first = managed.data?.items.find((p) => p.inPool) ?? managed.data?.items[0];
    if (!productId && !q && first) set({ product: first.id });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [managed.data, productId]);
  useEffect(() => {
    if (matches.data) seen(matches.data.items.map((i) => i.streamer));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [matches.data]);

  const options = (managed.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (product.data && !options.some((o) => o.value === product.data.id)) options.unshift({ value: product.data.id, label: product.data.name });
  const detailBase = me.modules.includes('catalog.myProducts') ? '/catalog/my-products' : me.modules.includes('catalog.productReview') ? '/catalog/product-review' : '/catalog/pool';
  const p = product.data;
  // Base staff match both ways: streamers for a product above, products for a streamer below.
  const isStaff = me.modules.includes('compliance.violations');

  return (
    <div data-testid="page-matching-matchmaking" data-product-id={productId ?? ''}>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: '0 0 8px' }}>
          {t('module.matching.matchmaking')}
        </Typography.Title>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
          <Select
            value={productId}
            onChange={(v: string) => set({ product: v })}
            options={options}
            loading={managed.isFetching}
            showSearch={{ filterOption: false, onSearch: (s) => setQ(s.trim()) }}
            placeholder={t('match.pickProduct')}
            style={{ flex: '1 1 240px', minWidth: 0, maxWidth: 480 }}
            data-testid="matchmaking-product"
          />
          <MonthSelect value={month} onChange={(m) => set({ month: m ? String(m) : undefined })} data-testid="matchmaking-month" />
        </div>
        {p && (
          <div style={{ display: 'flex', gap: 10, marginTop: 10 }} data-testid="matchmaking-product-summary">
            <ProductThumb url={p.imageUrl} size={56} />
            <div style={{ minWidth: 0 }}>
              <Link to={`${detailBase}/${encodeURIComponent(p.id)}`} style={{ fontWeight: 500 }}>
                {p.name}
              </Link>
              <div style={{ fontSize: 12, color: 'rgba(0,0,0,.55)' }}>
                {p.producerName} · {t('product.supplyPriceShort')} {formatFen(p.supplyPriceFen)} · {t('product.retailPriceShort')} {formatFen(p.retailPriceFen)}
              </div>
              <Space size={[4, 4]} wrap style={{ marginTop: 2 }}>
                <PoolTag inPool={p.inPool} until={p.poolValidUntil} />
                <QualityBadge score={p.qualityScore} />
                <Tag style={{ marginInlineEnd: 0 }}>
                  {t('product.commissionShort')} {formatBp(p.commissionBp)}
                </Tag>
              </Space>
            </div>
          </div>
        )}
      </Card>
      {!productId ? (
        <Card size="small">
          <Empty description={managed.data && managed.data.total === 0 ? t('match.noProducts') : t('match.pickProduct')} />
        </Card>
      ) : (
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={14}>
            <StreamerMatches
              data={matches.data}
              loading={matches.isFetching}
              error={matches.error}
              targeted={planMode === 'targeted' ? targeted : []}
              onTarget={(it) => {
                seen([it.streamer]);
                const cur = planForm.getFieldValue('mode') === 'targeted' ? ((planForm.getFieldValue('streamerIds') as string[] | undefined) ?? []) : [];
                planForm.setFieldsValue({ mode: 'targeted', streamerIds: [...new Set([...cur, it.streamer.userId])] });
                void message.info(t('match.addedTargeted', { name: it.streamer.displayName }));
              }}
            />
          </Col>
          <Col xs={24} lg={10}>
            <PlanCard key={productId} productId={productId} form={planForm} known={known} onSeen={seen} />
          </Col>
        </Row>
      )}
      {isStaff && <StreamerPicksCard month={month} />}
    </div>
  );
}
