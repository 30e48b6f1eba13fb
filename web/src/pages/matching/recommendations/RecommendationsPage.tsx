import { useState } from 'react';
import { Alert, Card, Col, Empty, Result, Row, Space, Spin, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { Recommendation } from '../../../api/matching';
import { useRecommendations } from '../../../api/matchingHooks';
import { useT } from '../../../i18n/context';
import { CreditLine } from '../samples/CreditLine';
import { RequestSampleModal } from '../samples/RequestSampleModal';
import { MonthSelect } from './matchBits';
import { RecommendationCard } from './RecommendationCard';

/** 为你选品: the pool ranked for the signed-in streamer, with the reasons and 申请样品. */
export function RecommendationsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('month'));
  const month = raw >= 1 && raw <= 12 ? raw : undefined;
  const q = useRecommendations(month);
  const [requesting, setRequesting] = useState<Recommendation | null>(null);
  const setMonth = (m: number | undefined) => setParams(m ? { month: String(m) } : {}, { replace: true });
  const items = q.data?.items ?? [];

  return (
    <div data-testid="page-matching-recommendations" data-month={q.data?.month ?? ''}>
      <Card size="small" style={{ marginBottom: 12 }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
          <Typography.Title level={4} style={{ margin: 0, flex: 1, minWidth: 120 }}>
            {t('module.matching.recommendations')}
          </Typography.Title>
          <Space size={8}>
            <Typography.Text type="secondary">{t('match.sessionMonth')}</Typography.Text>
            <MonthSelect value={month} onChange={setMonth} data-testid="reco-month" />
          </Space>
        </div>
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0', fontSize: 12 }}>
          {t('match.recoIntro')}
        </Typography.Paragraph>
        <CreditLine style={{ marginTop: 6 }} />
        {q.data && !q.data.profileComplete && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 8 }}
            data-testid="reco-profile-alert"
            title={
              <>
                {t('match.profileIncomplete')} <Link to="/matching/profile">{t('match.completeProfile')}</Link>
              </>
            }
          />
        )}
      </Card>
      {q.isError ? (
        <Result status="warning" title={t('error.loadFailed')} subTitle={q.error.message} />
      ) : (
        <Spin spinning={q.isFetching}>
          {items.length === 0 && !q.isPending ? (
            <Empty description={t('match.noReco')} data-testid="reco-empty" />
          ) : (
            <Row gutter={[12, 12]} data-testid="reco-list">
              {items.map((item, i) => (
                <Col key={item.product.id} xs={24} md={12} xxl={8}>
                  <RecommendationCard item={item} rank={i + 1} onRequest={setRequesting} />
                </Col>
              ))}
            </Row>
          )}
        </Spin>
      )}
      <RequestSampleModal product={requesting?.product ?? null} onClose={() => setRequesting(null)} />
    </div>
  );
}
