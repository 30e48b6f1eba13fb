import { Space, Tag, Typography } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { ProductSummary } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { formatBp, formatFen } from '../../../components/money';
import { shortRegionName } from '../../../components/regionName';
import { QualityBadge } from '../common/StatusTags';
import { ProductThumb } from '../common/ProductThumb';

/** A pool result: compact and horizontal, so it reads well at 375 px and tiles on a desktop. */
export function ProductCard({ product: p, to, state, month }: { product: ProductSummary; to: string; state?: unknown; month: number }) {
  const t = useT();
  const inSeason = p.seasonMonths.includes(month);
  return (
    <Link to={to} state={state} style={{ color: 'inherit', display: 'block', height: '100%' }} data-testid="pool-card" data-product-id={p.id} data-name={p.name}>
      <div style={{ display: 'flex', gap: 10, padding: 10, background: '#fff', borderRadius: 8, border: '1px solid #f0f0f0', height: '100%' }}>
        <ProductThumb url={p.imageUrl} size={84} />
        <div style={{ flex: 1, minWidth: 0 }}>
          <Typography.Text strong ellipsis={{ tooltip: p.name }} style={{ display: 'block' }} data-testid="pool-card-name">
            {p.name}
          </Typography.Text>
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,.55)', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            <EnvironmentOutlined /> {shortRegionName(p.originName)} · {p.producerName}
          </div>
          <div style={{ margin: '2px 0' }}>
            <Typography.Text strong style={{ color: '#c41d1d' }}>
              {formatFen(p.supplyPriceFen)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              / {p.specWeight} · {t('product.retailPriceShort')} {formatFen(p.retailPriceFen)}
            </Typography.Text>
          </div>
          <Space size={[4, 4]} wrap>
            <QualityBadge score={p.qualityScore} />
            <Tag color="volcano">
              {t('product.commissionShort')} {formatBp(p.commissionBp)}
            </Tag>
            {inSeason && <Tag color="green">{t('pool.inSeason')}</Tag>}
            {p.freeShipping && <Tag>{t('product.freeShipping')}</Tag>}
            {p.storage !== 'ambient' && <Tag color="blue">{t(`product.storage.${p.storage}`)}</Tag>}
            {p.tags.slice(0, 2).map((tag) => (
              <Tag key={tag} color="red" variant="outlined">
                {tag}
              </Tag>
            ))}
          </Space>
        </div>
      </div>
    </Link>
  );
}
