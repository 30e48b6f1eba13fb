import { Card, Descriptions, Rate, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Sample } from '../../../api/matching';
import { useI18n } from '../../../i18n/context';
import { FileGallery } from '../../../components/FileThumb';
import { formatFen } from '../../../components/money';
import { formatDateTime } from '../../../components/time';
import { ReliabilityLine } from '../reliability/ReliabilityCard';

const block = { whiteSpace: 'pre-wrap' as const, overflowWrap: 'anywhere' as const };
export const RATING_KEYS = ['quality', 'taste', 'packaging', 'match'] as const;

/** What was asked for, where it goes, and what happened to it (carrier, receipt, reasons). */
export function SampleFacts({ s }: { s: Sample }) {
  const { t, locale } = useI18n();
  const p = s.productDetail;
  const item = (key: string, label: string, children: React.ReactNode) => ({ key, label, children });
  const items = [
    item('product', t('sample.product'), <Link to={`/catalog/pool/${encodeURIComponent(s.product.id)}`} data-testid="sample-product-link">{s.product.name}</Link>),
    item('producer', t('product.producer'), s.viewerIs === 'streamer' && p ? <>{s.product.producerName} <ReliabilityLine producerId={p.producerId} /></> : s.product.producerName),
    ...(p ? [item('price', t('sample.prices'), `${t('product.supplyPriceShort')} ${formatFen(p.supplyPriceFen)} · ${t('product.retailPriceShort')} ${formatFen(p.retailPriceFen)} / ${p.specWeight}`)] : []),
    item('streamer', t('sample.streamer'), <span data-testid="sample-streamer">{s.streamer.displayName}</span>),
    item('quantity', t('sample.quantity'), t('sample.quantityValue', { n: s.quantity })),
    item('requestedAt', t('sample.requestedAt'), formatDateTime(s.requestedAt, locale)),
    item('planned', t('sample.plannedSessionOn'), s.plannedSessionOn ?? t('sample.notPlanned')),
    item('shipTo', t('sample.shipTo'), <span style={block} data-testid="sample-ship-to-value">{s.shipTo}</span>),
    ...(s.message ? [item('message', t('sample.message'), <span style={block}>{s.message}</span>)] : []),
    ...(s.trackingNo
      ? [
          item(
            'tracking',
            t('sample.tracking'),
            <span data-testid="sample-tracking">
              {s.carrier} <Typography.Text copyable>{s.trackingNo}</Typography.Text>
            </span>,
          ),
        ]
      : []),
    ...(s.shippedAt ? [item('shippedAt', t('sample.shippedAt'), formatDateTime(s.shippedAt, locale))] : []),
    ...(s.receivedAt
      ? [
          item(
            'receivedAt',
            t('sample.receivedAt'),
            <>
              {formatDateTime(s.receivedAt, locale)} {s.receivedAutomatically && <Tag>{t('sample.receivedAuto')}</Tag>}
            </>,
          ),
        ]
      : []),
    ...(s.declineReason ? [item('decline', t('sample.declineReason'), <Typography.Text type="danger" style={block}>{s.declineReason}</Typography.Text>)] : []),
    ...(s.cancelReason ? [item('cancel', t('sample.cancelReason'), <span style={block}>{s.cancelReason}</span>)] : []),
  ];
  return (
    <Card size="small" title={t('sample.facts')} data-testid="sample-facts">
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered items={items} styles={{ label: { whiteSpace: 'nowrap' } }} />
    </Card>
  );
}

/** The streamer's evaluation: four ratings, the words, the photos. */
export function SampleEvaluation({ s }: { s: Sample }) {
  const { t, locale } = useI18n();
  const e = s.evaluation;
  if (!e) return null;
  return (
    <Card size="small" title={t('sample.evaluation')} data-testid="sample-evaluation">
      {RATING_KEYS.map((k) => (
        <div key={k} style={{ display: 'flex', alignItems: 'center', gap: 8 }} data-testid={`evaluation-${k}`} data-value={e.ratings[k]}>
          <Typography.Text style={{ width: 84 }}>{t(`sample.rating.${k}`)}</Typography.Text>
          <Rate disabled value={e.ratings[k]} style={{ fontSize: 16 }} />
        </div>
      ))}
      {e.text && (
        <Typography.Paragraph style={{ ...block, marginTop: 8 }} data-testid="evaluation-text-value">
          {e.text}
        </Typography.Paragraph>
      )}
      {e.photos.length > 0 && <FileGallery files={e.photos} />}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(e.at, locale)}
      </Typography.Text>
    </Card>
  );
}
