import { useState } from 'react';
import { Alert, Button, Card, Col, Result, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined, GiftOutlined, NodeIndexOutlined, TeamOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { productsApi } from '../../../api/products';
import { QK } from '../../../api/hooks';
import { useCurrentUser } from '../../../auth/useMe';
import { useT } from '../../../i18n/context';
import type { MessageKey } from '../../../i18n/zh-CN';
import { PageSpin } from '../../../components/PageSpin';
import { HistoryTimeline } from '../common/HistoryTimeline';
import { PoolTag, ProductStatusTag, QualityBadge } from '../common/StatusTags';
import { ProductInfo } from './ProductInfo';
import { ProductBatches } from './ProductBatches';
import { QualityCard } from './QualityCard';
import { ProductActions } from './ProductActions';
import { RequestSampleModal } from '../../matching/samples/RequestSampleModal';

export interface ProductDetailProps {
  id: string;
  /** Where 返回 goes (the list of the module the page belongs to). */
  backTo: string;
  /** The edit page, shown when the server says `canEdit`. */
  editPath?: string;
}

/** One product page for the pool, 我的商品 and 商品核验; the server's `actions`/`canEdit` decide the buttons. */
export function ProductDetail({ id, backTo, editPath }: ProductDetailProps) {
  const t = useT();
  const me = useCurrentUser();
  const q = useQuery({ queryKey: QK.product(id), queryFn: () => productsApi.get(id) });
  // Streamers ask for a sample (or propose a cooperation) from any pool product, not only from 为你选品.
  const [asking, setAsking] = useState(false);
  if (q.isPending) return <PageSpin />;
  if (q.isError) return <Result status="warning" title={t('error.loadFailed')} subTitle={q.error.message} extra={<Link to={backTo}>{t('common.back')}</Link>} />;
  const p = q.data;
  const statusLabel = (s: string) => t(`product.status.${s}` as MessageKey);
  return (
    <div data-testid="page-product-detail" data-product-id={p.id}>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Link to={backTo} data-testid="product-back">
          <ArrowLeftOutlined /> {t('common.back')}
        </Link>
        <Typography.Title level={4} style={{ margin: '8px 0' }} data-testid="product-name">
          {p.name}
        </Typography.Title>
        <div style={{ marginBottom: 8 }}>
          <Space size={[4, 4]} wrap>
            <ProductStatusTag status={p.status} />
            <PoolTag inPool={p.inPool} until={p.poolValidUntil} />
            <QualityBadge score={p.qualityScore} />
          </Space>
        </div>
        {p.statusNote && (p.status === 'rejected' || p.status === 'suspended') && (
          <Alert type="error" showIcon style={{ marginBottom: 8 }} title={`${t('product.statusNote')}：${p.statusNote}`} data-testid="product-status-note" />
        )}
        <ProductActions product={p} editPath={editPath} />
        {p.inPool && me.modules.includes('matching.samples') && (
          <Space wrap style={{ marginTop: 8 }}>
            <Button type="primary" icon={<GiftOutlined />} onClick={() => setAsking(true)} data-testid="product-request-sample">
              {t('sample.request')}
            </Button>
            <Link to={`/matching/cooperations?product=${encodeURIComponent(p.id)}`} data-testid="product-propose">
              <TeamOutlined /> {t('coop.new')}
            </Link>
          </Space>
        )}
        <RequestSampleModal product={asking ? { id: p.id, name: p.name } : null} onClose={() => setAsking(false)} />
        {p.canEdit && me.modules.includes('matching.matchmaking') && (
          <div style={{ marginTop: 8 }}>
            <Link to={`/matching/matchmaking?product=${encodeURIComponent(p.id)}`} data-testid="product-matchmaking">
              <NodeIndexOutlined /> {t('match.productEntry')}
            </Link>
          </div>
        )}
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <ProductInfo product={p} />
            <ProductBatches product={p} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <QualityCard quality={p.quality} />
            {p.history.length > 0 && (
              <Card size="small" title={t('common.history')}>
                <HistoryTimeline entries={p.history} statusLabel={statusLabel} />
              </Card>
            )}
          </Space>
        </Col>
      </Row>
    </div>
  );
}
