import { Card, Descriptions, Progress, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Cooperation } from '../../../api/cooperation';
import { useI18n } from '../../../i18n/context';
import { formatBp, formatFen } from '../../../components/money';
import { formatDateTime } from '../../../components/time';
import { ProposedByTag, useProductPath, windowText } from './coopBits';

const block = { whiteSpace: 'pre-wrap' as const, overflowWrap: 'anywhere' as const };

/** The agreed supply price next to the producer's current one (a later change is recorded, not applied). */
function SupplyPrice({ c }: { c: Cooperation }) {
  const { t } = useI18n();
  const same = c.currentSupplyPriceFen === c.supplyPriceFen;
  return (
    <span data-testid="coop-supply" data-agreed={c.supplyPriceFen} data-current={c.currentSupplyPriceFen}>
      {formatFen(c.supplyPriceFen)}{' '}
      {same ? (
        <Tag color="green">{t('coop.supplySame')}</Tag>
      ) : (
        <Tag color={c.currentSupplyPriceFen > c.supplyPriceFen ? 'orange' : 'blue'} data-testid="coop-supply-changed">
          {t('coop.supplyNow', { price: formatFen(c.currentSupplyPriceFen) })}
        </Tag>
      )}
    </span>
  );
}

/** Every term of the cooperation, the same for every party. */
export function CoopTerms({ c }: { c: Cooperation }) {
  const { t, locale } = useI18n();
  const item = (key: string, label: string, children: React.ReactNode) => ({ key, label, children });
  const productPath = useProductPath()(c.product.id);
  const items = [
    item('product', t('coop.product'), <Link to={productPath} data-testid="coop-product-link">{c.product.name}</Link>),
    item('producer', t('product.producer'), c.product.producerName),
    item('streamer', t('coop.streamer'), <span data-testid="coop-streamer-name">{c.streamer.displayName}</span>),
    item('window', t('coop.window'), windowText(c)),
    item('supply', t('coop.supplyPriceShort'), <SupplyPrice c={c} />),
    item('commission', t('product.commissionShort'), formatBp(c.commissionBp)),
    item('cap', t('coop.quantityCap'), c.quantityCap.toLocaleString(locale === 'en' ? 'en' : 'zh-CN')),
    item('shipping', t('coop.shippingMode'), t(`coop.shipping.${c.shippingMode}`)),
    item('afterSale', t('coop.afterSale'), <span style={block}>{c.afterSaleTerms}</span>),
    item('proposedBy', t('coop.proposedByCol'), <ProposedByTag side={c.proposedBySide} />),
    ...(c.acceptedAt ? [item('acceptedAt', t('coop.acceptedAt'), formatDateTime(c.acceptedAt, locale))] : []),
    ...(c.activatedAt ? [item('activatedAt', t('coop.activatedAt'), formatDateTime(c.activatedAt, locale))] : []),
    ...(c.closedAt ? [item('closedAt', t('coop.closedAt'), formatDateTime(c.closedAt, locale))] : []),
    ...(c.terminateReason ? [item('reason', t('coop.terminateReason'), <Typography.Text type="danger" style={block}>{c.terminateReason}</Typography.Text>)] : []),
  ];
  return (
    <Card size="small" title={t('coop.terms')} data-testid="coop-terms">
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered items={items} styles={{ label: { whiteSpace: 'nowrap' } }} />
    </Card>
  );
}

const SHARES = [
  ['collectiveBp', 'collective', '#52c41a'],
  ['membersBp', 'members', '#1677ff'],
  ['streamerBp', 'streamerShare', '#722ed1'],
] as const;

/** The split of proceeds where a village collective sells for villagers: shown to every party. */
export function CoopSplit({ c }: { c: Cooperation }) {
  const { t } = useI18n();
  if (!c.split) return null;
  const split = c.split;
  return (
    <Card size="small" title={t('coop.split')} data-testid="coop-split">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('coop.splitShown')}
      </Typography.Paragraph>
      {SHARES.map(([field, key, color]) => (
        <div key={key} style={{ display: 'flex', alignItems: 'center', gap: 8 }} data-testid={`coop-split-${key}`} data-bp={split[field]}>
          <Typography.Text style={{ width: 72, flexShrink: 0 }}>{t(`coop.split.${key}`)}</Typography.Text>
          <Progress percent={split[field] / 100} strokeColor={color} format={() => formatBp(split[field])} style={{ margin: 0, flex: 1 }} />
        </div>
      ))}
    </Card>
  );
}
