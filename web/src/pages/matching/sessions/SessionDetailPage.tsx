import { Button, Card, Col, Result, Row, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useLocation, useParams } from 'react-router';
import { useSession } from '../../../api/cooperationHooks';
import { useT } from '../../../i18n/context';
import { PageSpin } from '../../../components/PageSpin';
import { HistoryTimeline } from '../../catalog/common/HistoryTimeline';
import { SalesReportForm } from './SalesReport';
import { SessionActions } from './SessionActions';
import { ClashAlert, SessionFactsCard, SessionProductsCard, SessionScriptCard } from './SessionFacts';
import { SessionFlags, SessionStatusTag, SessionSteps, sessionStatusLabel, timeRange } from './sessionBits';

/** One live session for its streamer and for base staff over the streamer. */
export function SessionDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const location = useLocation();
  const q = useSession(id);
  const from = (location.state as { from?: string } | null)?.from ?? '';
  const back = (
    <Link to={`/matching/sessions${from}`} data-testid="session-back">
      <ArrowLeftOutlined /> {t('common.back')}
    </Link>
  );
  if (q.isPending) return <PageSpin />;
  if (q.isError) return <Result status="warning" title={t('error.loadFailed')} subTitle={q.error.message} extra={back} />;
  const s = q.data;
  // The override is a history entry that stays in 'draft': name it as what it is.
  const history = s.history.map((h) => (h.event === 'override' ? { ...h, to: 'override' } : h));
  const mine = s.viewerIs === 'streamer';
  return (
    <div data-testid="page-matching-session" data-session-id={s.id} data-status={s.status} data-viewer={s.viewerIs}>
      <Card size="small" style={{ marginBottom: 12 }}>
        {back}
        <Typography.Title level={4} style={{ margin: '8px 0', overflowWrap: 'anywhere' }} data-testid="session-title">
          {s.title}
        </Typography.Title>
        <Space size={[6, 4]} wrap>
          <SessionStatusTag status={s.status} />
          <SessionFlags s={s} />
          {s.override && (
            <Tag color="green" data-testid="session-overridden" style={{ marginInlineEnd: 0 }}>
              {t('session.overrideEntry')}
            </Tag>
          )}
          <Typography.Text type="secondary">
            {t(`session.platform.${s.platform}`)} · {timeRange(s.startsAt, s.endsAt)}
            {!mine && ` · ${s.streamer.displayName}`}
          </Typography.Text>
        </Space>
        <SessionSteps s={s} />
        <SessionActions s={s} />
        {mine && s.status === 'draft' && (
          <Link to={`/matching/sessions/${encodeURIComponent(s.id)}/edit`}>
            <Button icon={<EditOutlined />} style={{ marginTop: 8 }} data-testid="session-edit">
              {t('session.edit')}
            </Button>
          </Link>
        )}
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <ClashAlert s={s} />
            {mine && s.status === 'ended' && <SalesReportForm s={s} />}
            <SessionProductsCard s={s} />
            <SessionScriptCard s={s} />
            <SessionFactsCard s={s} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('common.history')}>
            <HistoryTimeline entries={history} statusLabel={(st) => sessionStatusLabel(t, st)} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
