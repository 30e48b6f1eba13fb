import { Card, Progress, Result, Typography } from 'antd';
import { useReliability } from '../../../api/matchingHooks';
import { useI18n } from '../../../i18n/context';
import type { MessageKey } from '../../../i18n/zh-CN';
import { PageSpin } from '../../../components/PageSpin';

const PART_KEYS = ['decisions', 'shipping_time', 'shipped', 'cooperations', 'after_sale', 'incidents'];
const scoreColor = (score: number) => (score >= 90 ? '#52c41a' : score >= 80 ? '#1677ff' : score >= 60 ? '#fa8c16' : '#f5222d');

/** 履约分 of one approved producer: the score, what raises it, and each part against its maximum. */
export function ReliabilityCard({ producerId, name }: { producerId: string; name: string }) {
  const { t, locale } = useI18n();
  const q = useReliability(producerId);
  if (q.isPending) return <Card size="small" title={name}><PageSpin /></Card>;
  if (q.isError) return <Card size="small" title={name}><Result status="warning" title={t('error.loadFailed')} subTitle={q.error.message} /></Card>;
  const r = q.data;
  const label = (key: string, fallback: string) => (locale === 'en' && PART_KEYS.includes(key) ? t(`reliability.part.${key}` as MessageKey) : fallback);
  return (
    <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{r.producerName}</span>} data-testid="reliability-card" data-producer-id={r.producerId} data-score={r.score}>
      <div style={{ display: 'flex', gap: 16, alignItems: 'center', flexWrap: 'wrap' }}>
        <Progress type="dashboard" percent={r.score} size={108} strokeColor={scoreColor(r.score)} format={() => <span data-testid="reliability-score">{r.score}</span>} />
        <Typography.Paragraph type="secondary" style={{ flex: 1, minWidth: 180, fontSize: 12, margin: 0 }} data-testid="reliability-raise">
          {t('reliability.raise')}
        </Typography.Paragraph>
      </div>
      <div style={{ marginTop: 8 }}>
        {r.parts.map((p) => (
          <div key={p.key} data-testid="reliability-part" data-key={p.key} data-points={p.points} data-max={p.max} style={{ padding: '6px 0', borderTop: '1px solid #f5f5f5' }}>
            <div style={{ display: 'flex', gap: 8 }}>
              <Typography.Text style={{ flex: 1, minWidth: 0 }}>{label(p.key, p.label)}</Typography.Text>
              <Typography.Text strong type={p.points < 0 ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }} data-testid="reliability-part-points">
                {p.max > 0 ? `${p.points} / ${p.max}` : p.points === 0 ? '0' : `${p.points}`}
              </Typography.Text>
            </div>
            {p.max > 0 ? (
              <Progress percent={Math.max(0, Math.min(100, (p.points / p.max) * 100))} showInfo={false} size="small" strokeColor={scoreColor((p.points / p.max) * 100)} style={{ margin: 0 }} />
            ) : (
              <div style={{ fontSize: 12, color: 'rgba(0,0,0,.45)' }}>{t('reliability.perIncident')}</div>
            )}
            <div style={{ fontSize: 12, color: 'rgba(0,0,0,.55)', overflowWrap: 'anywhere' }}>{p.detail}</div>
          </div>
        ))}
      </div>
    </Card>
  );
}

/** 「生产主体履约分 NN」 for the streamer's view of a sample; nothing while loading or unavailable. */
export function ReliabilityLine({ producerId }: { producerId: string }) {
  const { t } = useI18n();
  const q = useReliability(producerId);
  if (!q.data) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }} data-testid="producer-reliability" data-score={q.data.score}>
      {t('reliability.scoreOf', { score: q.data.score })}
    </Typography.Text>
  );
}
