import { Card, Col, Result, Row, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useLocation, useParams } from 'react-router';
import { SAMPLE_STATUSES, type SampleStatus } from '../../../../../src/modules/matching/rules/sample.machine';
import { useSample } from '../../../api/matchingHooks';
import { useT } from '../../../i18n/context';
import { PageSpin } from '../../../components/PageSpin';
import { HistoryTimeline } from '../../catalog/common/HistoryTimeline';
import { SampleActions } from './SampleActions';
import { SampleEvaluation, SampleFacts } from './SampleFacts';
import { SampleSteps } from './SampleSteps';
import { StreamerRecord } from './StreamerRecord';
import { DueText, SampleStatusTag } from './sampleBits';

/** One sample request, for its streamer (我的样品) and the product's side (样品申请). */
export function SampleDetailPage({ base }: { base: string }) {
  const t = useT();
  const { id = '' } = useParams();
  const location = useLocation();
  const q = useSample(id);
  const from = (location.state as { from?: string } | null)?.from ?? '';
  const back = (
    <Link to={`${base}${from}`} data-testid="sample-back">
      <ArrowLeftOutlined /> {t('common.back')}
    </Link>
  );
  if (q.isPending) return <PageSpin />;
  if (q.isError) return <Result status="warning" title={t('error.loadFailed')} subTitle={q.error.message} extra={back} />;
  const s = q.data;
  const statusLabel = (st: string) => ((SAMPLE_STATUSES as readonly string[]).includes(st) ? t(`sample.status.${st as SampleStatus}`) : st);
  return (
    <div data-testid="page-matching-sample" data-sample-id={s.id} data-status={s.status} data-viewer={s.viewerIs}>
      <Card size="small" style={{ marginBottom: 12 }}>
        {back}
        <Typography.Title level={4} style={{ margin: '8px 0', overflowWrap: 'anywhere' }} data-testid="sample-title">
          {s.product.name}
        </Typography.Title>
        <Space size={[6, 4]} wrap>
          <SampleStatusTag status={s.status} />
          <Tag style={{ marginInlineEnd: 0 }}>{t('sample.quantityValue', { n: s.quantity })}</Tag>
          <Typography.Text type="secondary">{s.viewerIs === 'producer' ? s.streamer.displayName : s.product.producerName}</Typography.Text>
        </Space>
        <SampleSteps s={s} />
        {s.dueAt && (
          <div style={{ marginBottom: 4 }}>
            <DueText dueAt={s.dueAt} status={s.status} full />
          </div>
        )}
        {s.viewerIs === 'producer' && s.status === 'requested' && <StreamerRecord s={s} />}
        <SampleActions s={s} />
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <SampleEvaluation s={s} />
            <SampleFacts s={s} />
            {s.viewerIs === 'producer' && s.status !== 'requested' && <StreamerRecord s={s} />}
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('common.history')}>
            <HistoryTimeline entries={s.history} statusLabel={statusLabel} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
