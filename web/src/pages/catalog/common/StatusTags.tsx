import { Tag } from 'antd';
import type { Producer, Product } from '../../../api/types';
import { useT } from '../../../i18n/context';

const PRODUCER_COLORS: Record<Producer['status'], string> = { draft: 'default', submitted: 'processing', approved: 'success', rejected: 'error' };
const PRODUCT_COLORS: Record<Product['status'], string> = {
  draft: 'default',
  submitted: 'processing',
  verified: 'success',
  rejected: 'error',
  suspended: 'warning',
};

export function ProducerStatusTag({ status }: { status: Producer['status'] }) {
  const t = useT();
  return (
    <Tag color={PRODUCER_COLORS[status]} data-testid="producer-status" data-status={status}>
      {t(`producer.status.${status}`)}
    </Tag>
  );
}

export function ProductStatusTag({ status }: { status: Product['status'] }) {
  const t = useT();
  return (
    <Tag color={PRODUCT_COLORS[status]} data-testid="product-status" data-status={status}>
      {t(`product.status.${status}`)}
    </Tag>
  );
}

export function PoolTag({ inPool, until }: { inPool: boolean; until?: string | null }) {
  const t = useT();
  return inPool ? (
    <Tag color="green" data-testid="pool-tag" data-in-pool="true">
      {until ? t('product.poolUntil', { date: until }) : t('product.inPool')}
    </Tag>
  ) : (
    <Tag data-testid="pool-tag" data-in-pool="false">
      {t('product.notInPool')}
    </Tag>
  );
}

/** Quality score 0–100 as a coloured badge. */
export function QualityBadge({ score }: { score: number }) {
  const t = useT();
  const color = score >= 85 ? 'green' : score >= 70 ? 'blue' : score >= 60 ? 'orange' : 'red';
  return (
    <Tag color={color} data-testid="quality-badge" data-score={score}>
      {t('product.quality')} {score}
    </Tag>
  );
}
