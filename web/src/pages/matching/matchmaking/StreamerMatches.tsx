import { Button, Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import type { StreamerMatches as Matches } from '../../../api/matching';
import { useI18n } from '../../../i18n/context';
import { ReasonTags, ScoreBadge, WhyToggle, formatFollowers } from '../recommendations/matchBits';

type Item = Matches['items'][number];

interface Props {
  data: Matches | undefined;
  loading: boolean;
  error: Error | null;
  /** Streamers already in the targeted plan being edited. */
  targeted: string[];
  onTarget: (item: Item) => void;
}

/** 适合的主播: the ranked streamers for the product, with reasons, reach and the score's parts. */
export function StreamerMatches({ data, loading, error, targeted, onTarget }: Props) {
  const { t, locale } = useI18n();
  const items = data?.items ?? [];
  return (
    <Card size="small" title={t('match.streamersTitle')} data-testid="streamer-matches">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 0 }}>
        {t('match.streamersIntro')}
      </Typography.Paragraph>
      {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
      <Spin spinning={loading}>
        {items.length === 0 && !loading ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('match.noStreamers')} />
        ) : (
          items.map((it, i) => {
            const s = it.streamer;
            const inPlan = targeted.includes(s.userId);
            return (
              <div key={s.userId} data-testid="streamer-match" data-user-id={s.userId} data-name={s.displayName} style={{ padding: '10px 0', borderTop: i ? '1px solid #f0f0f0' : undefined }}>
                <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <Typography.Text type="secondary" style={{ width: 24, flexShrink: 0 }}>
                    #{i + 1}
                  </Typography.Text>
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Space size={[6, 2]} wrap>
                      <Typography.Text strong data-testid="streamer-match-name">
                        {s.displayName}
                      </Typography.Text>
                      {s.partyMember && (
                        <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="party-tag">
                          {t('match.partyMember')}
                        </Tag>
                      )}
                    </Space>
                    <div style={{ fontSize: 12, color: 'rgba(0,0,0,.55)' }}>
                      {s.unitName ? `${s.unitName} · ` : ''}
                      {t('streamerProfile.followersTotal', { n: formatFollowers(s.followers, locale) })}
                    </div>
                  </div>
                  <ScoreBadge score={it.score} />
                </div>
                <div style={{ margin: '6px 0 0 32px' }}>
                  <ReasonTags reasons={it.reasons} cautions={it.cautions} />
                  <div style={{ marginTop: 6 }}>
                    <WhyToggle
                      parts={it.parts}
                      label={t('match.whyStreamer')}
                      extra={
                        <Button size="small" icon={<UserAddOutlined />} disabled={inPlan} onClick={() => onTarget(it)} data-testid="add-targeted">
                          {inPlan ? t('match.inTargeted') : t('match.addTargeted')}
                        </Button>
                      }
                    />
                  </div>
                </div>
              </div>
            );
          })
        )}
      </Spin>
    </Card>
  );
}
