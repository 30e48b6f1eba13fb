import { Alert, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { matchingApi, type Sample } from '../../../api/matching';
import { useI18n } from '../../../i18n/context';
import { formatFollowers } from '../recommendations/matchBits';

/**
 * What a producer weighs before approving (骗样 is their commonest complaint): the streamer's credit
 * score, sample follow-through and open requests, and their reach.
 */
export function StreamerRecord({ s }: { s: Sample }) {
  const { t, locale } = useI18n();
  const r = s.streamerRecord;
  const profile = useQuery({ queryKey: ['matching', 'streamer-profile', s.streamer.userId], queryFn: () => matchingApi.streamerProfile(s.streamer.userId), enabled: !!r, staleTime: 60_000 });
  if (!r) return null;
  const f = r.followThrough;
  const rate = f.rate === null ? t('credit.noRecord') : t('credit.rateValue', { pct: Math.round(f.rate * 100), evaluated: f.evaluated, overdue: f.overdue });
  const risky = r.creditScore < 60 || (f.rate !== null && f.rate < 0.6);
  const pr = profile.data;
  return (
    <Alert
      type={risky ? 'warning' : 'info'}
      showIcon
      style={{ margin: '8px 0' }}
      data-testid="streamer-record"
      data-score={r.creditScore}
      data-rate={f.rate ?? ''}
      title={
        <span>
          <Typography.Text strong>{s.streamer.displayName}</Typography.Text> · {t('credit.scoreValue', { score: r.creditScore })} · {t('credit.followThrough')} {rate} ·{' '}
          {t('credit.openValue', { n: r.openRequests })}
        </span>
      }
      description={
        pr && pr.exists ? (
          <Space size={[4, 4]} wrap style={{ fontSize: 12 }} data-testid="streamer-record-profile">
            <span>{t('streamerProfile.followersTotal', { n: formatFollowers(pr.followers, locale) })}</span>
            {pr.accounts.map((a) => (
              <Tag key={`${a.platform}-${a.handle}`} style={{ marginInlineEnd: 0 }}>
                {t(`streamerProfile.platform.${a.platform}`)} {a.handle} · {formatFollowers(a.followers, locale)}
              </Tag>
            ))}
            {pr.party.declared && pr.party.confirmedAt && <Tag color="red">{t('match.partyMember')}</Tag>}
          </Space>
        ) : undefined
      }
    />
  );
}
