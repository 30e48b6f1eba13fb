import { Card, Progress, Result, Typography } from 'antd';
import { useCredit } from '../../../api/matchingHooks';
import { useI18n } from '../../../i18n/context';
import type { MessageKey } from '../../../i18n/zh-CN';
import { PageSpin } from '../../../components/PageSpin';

const PART_KEYS = ['base', 'convention', 'violations', 'samples', 'reports', 'refunds', 'complaints'];

/** 信用分: the score, how it is made up, and what it allows (the sample quota). */
export function CreditCard() {
  const { t, locale } = useI18n();
  const q = useCredit();
  if (q.isPending) return <Card size="small" title={t('credit.title')}><PageSpin /></Card>;
  if (q.isError) return <Result status="warning" title={t('error.loadFailed')} subTitle={q.error.message} />;
  const c = q.data;
  const color = c.score >= 90 ? '#52c41a' : c.score >= 80 ? '#1677ff' : c.score >= 60 ? '#fa8c16' : '#f5222d';
  const label = (key: string, fallback: string) => (locale === 'en' && PART_KEYS.includes(key) ? t(`credit.part.${key}` as MessageKey) : fallback);
  const f = c.followThrough;
  return (
    <Card size="small" title={t('credit.title')} data-testid="credit-card" data-score={c.score}>
      <div style={{ display: 'flex', gap: 16, alignItems: 'center', flexWrap: 'wrap' }}>
        <Progress type="dashboard" percent={c.score} size={108} strokeColor={color} format={() => <span data-testid="credit-score">{c.score}</span>} />
        <div style={{ flex: 1, minWidth: 180, display: 'flex', flexDirection: 'column', gap: 8 }}>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('credit.quota')}
            </Typography.Text>
            <div data-testid="credit-quota">{t('credit.quotaValue', { quota: c.sampleQuota, open: c.openSamples })}</div>
          </div>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('credit.followThrough')}
            </Typography.Text>
            <div data-testid="credit-follow-through">
              {f.rate === null ? t('credit.noRecord') : t('credit.rateValue', { pct: Math.round(f.rate * 100), evaluated: f.evaluated, overdue: f.overdue })}
            </div>
          </div>
        </div>
      </div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0' }}>
        {t('credit.quotaRule')}
      </Typography.Paragraph>
      <div>
        {c.parts.map((p) => (
          <div key={p.key} data-testid="credit-part" data-key={p.key} data-points={p.points} style={{ display: 'flex', gap: 8, padding: '6px 0', borderTop: '1px solid #f5f5f5' }}>
            <div style={{ flex: 1, minWidth: 0 }}>
              <Typography.Text>{label(p.key, p.label)}</Typography.Text>
              <div style={{ fontSize: 12, color: 'rgba(0,0,0,.55)', overflowWrap: 'anywhere' }}>{p.detail}</div>
            </div>
            <Typography.Text strong type={p.points < 0 ? 'danger' : p.points > 0 ? 'success' : undefined} style={{ whiteSpace: 'nowrap' }}>
              {p.points > 0 && p.key !== 'base' ? `+${p.points}` : p.points}
            </Typography.Text>
          </div>
        ))}
      </div>
    </Card>
  );
}
