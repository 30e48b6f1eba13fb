import { Button, Card, Col, Result, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined, LineChartOutlined, VideoCameraAddOutlined } from '@ant-design/icons';
import { Link, useLocation, useParams } from 'react-router';
import { useCooperation } from '../../../api/cooperationHooks';
import { useT } from '../../../i18n/context';
import { PageSpin } from '../../../components/PageSpin';
import { HistoryTimeline } from '../../catalog/common/HistoryTimeline';
import { CoopActions } from './CoopActions';
import { CoopSplit, CoopTerms } from './CoopTerms';
import { CoopStatusTag, CoopSteps, ProposedByTag, coopStatusLabel, windowText } from './coopBits';

/** One cooperation for both parties (and staff over the product): terms, split, steps, history. */
export function CooperationDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const location = useLocation();
  const q = useCooperation(id);
  const from = (location.state as { from?: string } | null)?.from ?? '';
  const back = (
    <Link to={`/matching/cooperations${from}`} data-testid="coop-back">
      <ArrowLeftOutlined /> {t('common.back')}
    </Link>
  );
  if (q.isPending) return <PageSpin />;
  if (q.isError) return <Result status="warning" title={t('error.loadFailed')} subTitle={q.error.message} extra={back} />;
  const c = q.data;
  const canSchedule = c.viewerIs === 'streamer' && (c.status === 'accepted' || c.status === 'active');
  return (
    <div data-testid="page-matching-cooperation" data-coop-id={c.id} data-status={c.status} data-viewer={c.viewerIs} data-product-id={c.product.id}>
      <Card size="small" style={{ marginBottom: 12 }}>
        {back}
        <Typography.Title level={4} style={{ margin: '8px 0', overflowWrap: 'anywhere' }} data-testid="coop-title">
          {c.product.name}
        </Typography.Title>
        <Space size={[6, 4]} wrap>
          <CoopStatusTag status={c.status} />
          <ProposedByTag side={c.proposedBySide} />
          <Typography.Text type="secondary">
            {c.viewerIs === 'producer' ? c.streamer.displayName : c.product.producerName} · {windowText(c)}
          </Typography.Text>
        </Space>
        <CoopSteps c={c} />
        <CoopActions c={c} />
        <Space wrap style={{ marginTop: 10 }}>
          {canSchedule && (
            <Link to={`/matching/sessions/new?cooperation=${encodeURIComponent(c.id)}`}>
              <Button type="primary" ghost icon={<VideoCameraAddOutlined />} data-testid="coop-schedule-session">
                {t('coop.scheduleSession')}
              </Button>
            </Link>
          )}
          <Link to={`/matching/price-board/${encodeURIComponent(c.product.id)}`}>
            <Button icon={<LineChartOutlined />} data-testid="coop-price-board">
              {t('coop.priceBoard')}
            </Button>
          </Link>
        </Space>
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <CoopTerms c={c} />
            <CoopSplit c={c} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('common.history')}>
            <HistoryTimeline entries={c.history} statusLabel={(s) => coopStatusLabel(t, s)} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
