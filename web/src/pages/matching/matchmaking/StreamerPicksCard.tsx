import { useState } from 'react';
import { Alert, Card, Empty, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Recommendations } from '../../../api/matching';
import { formatFen } from '../../../components/money';
import { useT } from '../../../i18n/context';
import { ReasonTags, ScoreBadge, WhyToggle } from '../recommendations/matchBits';
import { StreamerPicker, type KnownStreamers } from './StreamerPicker';

/** Base staff: the products the ranker picks for a streamer in their units (为主播选品). */
export function StreamerPicksCard({ month }: { month?: number }) {
  const t = useT();
  const [streamerId, setStreamerId] = useState<string | null>(null);
  const [known, setKnown] = useState<KnownStreamers>(new Map());
  const picks = useQuery({
    queryKey: ['matching', 'staff-picks', streamerId, month],
    queryFn: () => api.get<Recommendations>(`/api/matching/streamers/${encodeURIComponent(streamerId!)}/recommendations`, { month, limit: 10 }),
    enabled: Boolean(streamerId),
  });
  return (
    <Card size="small" title={t('picks.title')} data-testid="staff-picks" style={{ marginTop: 12 }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('picks.hint')}
      </Typography.Paragraph>
      <StreamerPicker<string | null>
        value={streamerId}
        onChange={setStreamerId}
        known={known}
        onSeen={(people) => setKnown((m) => new Map([...m, ...people.map((p) => [p.userId, p.displayName] as const)]))}
        data-testid="staff-picks-streamer"
      />
      {picks.data && !picks.data.profileComplete && <Alert type="info" showIcon style={{ marginTop: 8 }} message={t('picks.noProfile')} />}
      {streamerId && (
        <List
          style={{ marginTop: 8 }}
          loading={picks.isFetching}
          dataSource={picks.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('picks.empty')} /> }}
          renderItem={(it) => (
            <List.Item data-testid="staff-pick">
              <div style={{ width: '100%', minWidth: 0 }}>
                <Space size={8} wrap>
                  <ScoreBadge score={it.score} />
                  <Link to={`/catalog/pool/${encodeURIComponent(it.product.id)}`}>{it.product.name}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {it.product.producerName} · {formatFen(it.product.retailPriceFen)}
                  </Typography.Text>
                </Space>
                <div style={{ marginTop: 4 }}>
                  <ReasonTags reasons={it.reasons} />
                </div>
                <WhyToggle parts={it.parts} label={t('match.why')} />
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
