import { Button, Space, Tag, Typography } from 'antd';
import { EnvironmentOutlined, GiftOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Recommendation } from '../../../api/matching';
import { useT } from '../../../i18n/context';
import { formatBp, formatFen } from '../../../components/money';
import { shortRegionName } from '../../../components/regionName';
import { QualityBadge } from '../../catalog/common/StatusTags';
import { ProductThumb } from '../../catalog/common/ProductThumb';
import { ReasonTags, ScoreBadge, WhyToggle } from './matchBits';

interface Props {
  item: Recommendation;
  rank: number;
  onRequest: (item: Recommendation) => void;
}

/** One recommended product: what it is, what it pays, why it fits, and 申请样品. */
export function RecommendationCard({ item, rank, onRequest }: Props) {
  const t = useT();
  const p = item.product;
  const to = `/catalog/pool/${encodeURIComponent(p.id)}`;
  return (
    <div
      data-testid="reco-card"
      data-product-id={p.id}
      data-name={p.name}
      data-producer={p.producerName}
      style={{ background: '#fff', borderRadius: 8, border: '1px solid #f0f0f0', padding: 12, height: '100%', display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      <div style={{ display: 'flex', gap: 10 }}>
        <Link to={to} style={{ flexShrink: 0 }}>
          <ProductThumb url={p.imageUrl} size={84} />
        </Link>
        <div style={{ flex: 1, minWidth: 0 }}>
          <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
            <Link to={to} style={{ flex: 1, minWidth: 0, color: 'inherit' }} data-testid="reco-link">
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                #{rank}{' '}
              </Typography.Text>
              <Typography.Text strong style={{ overflowWrap: 'anywhere' }} data-testid="reco-name">
                {p.name}
              </Typography.Text>
            </Link>
            <ScoreBadge score={item.score} />
          </div>
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,.55)', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            <EnvironmentOutlined /> {shortRegionName(p.originName)} · <span data-testid="reco-producer">{p.producerName}</span>
          </div>
          <div style={{ margin: '2px 0', fontSize: 13 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('product.supplyPriceShort')}{' '}
            </Typography.Text>
            <Typography.Text strong style={{ color: '#c41d1d' }}>
              {formatFen(p.supplyPriceFen)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              · {t('product.retailPriceShort')} {formatFen(p.retailPriceFen)} / {p.specWeight}
            </Typography.Text>
          </div>
          <Space size={[4, 4]} wrap>
            <Tag color="volcano" style={{ marginInlineEnd: 0 }}>
              {t('product.commissionShort')} {formatBp(p.commissionBp)}
            </Tag>
            <QualityBadge score={p.qualityScore} />
            <Tag style={{ marginInlineEnd: 0 }}>{p.categoryName}</Tag>
          </Space>
        </div>
      </div>
      <ReasonTags reasons={item.reasons} />
      <div style={{ marginTop: 'auto' }}>
        <WhyToggle
          parts={item.parts}
          label={t('match.why')}
          extra={
            <Button type="primary" icon={<GiftOutlined />} onClick={() => onRequest(item)} data-testid="request-sample">
              {t('sample.request')}
            </Button>
          }
        />
      </div>
    </div>
  );
}
