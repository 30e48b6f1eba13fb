import { Card, Col, Result, Row, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Link, useLocation, useParams } from 'react-router';
import { OPEN_TICKET_STATUSES } from '../../../../src/modules/desk/rules/ticket.machine';
import type { HistoryEntry } from '../../api/types';
import { useTicket } from '../../api/deskHooks';
import { hasModule, useMe } from '../../auth/useMe';
import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh-CN';
import { PageSpin } from '../../components/PageSpin';
import { HistoryTimeline } from '../catalog/common/HistoryTimeline';
import { TicketActions } from './TicketActions';
import { ExtensionsCard, FollowupCard } from './TicketExtras';
import { HandlingCard, RequestCard, TimeLimitCard } from './TicketFacts';
import { eventLabel, statusLabel, TicketStatusTag } from './deskBits';

const VIEWERS = ['requester', 'officer', 'assignee', 'head', 'dispatcher'];
/** Green when closed, red for setbacks (returned, withdrawn, reopened, escalated), gray for side notes. */
function historyColor(h: HistoryEntry): string {
  if (h.to === 'closed') return 'green';
  if (h.from !== h.to && (h.to === 'returned' || h.to === 'withdrawn' || h.to === 'reopened')) return 'red';
  if (h.event === 'escalate') return 'red';
  return h.from === h.to ? 'gray' : 'blue';
}

/** One ticket for every party: its requester, the department's officers and head, base dispatchers. */
export function TicketDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const location = useLocation();
  const me = useMe().data;
  const q = useTicket(id);
  const from = (location.state as { from?: string } | null)?.from ?? (hasModule(me, 'desk.queue') ? '/desk/queue' : '/desk/mine');
  const back = (
    <Link to={from} data-testid="desk-back">
      <ArrowLeftOutlined /> {t('common.back')}
    </Link>
  );
  if (q.isPending) return <PageSpin />;
  if (q.isError) return <Result status="warning" title={t('error.loadFailed')} subTitle={q.error.message} extra={back} />;
  const k = q.data;
  const roles = k.viewerIs.filter((v) => VIEWERS.includes(v));
  return (
    <div data-testid="page-desk-ticket" data-ticket-id={k.id} data-ticket-no={k.ticketNo} data-status={k.status} data-viewer={k.viewerIs.join(' ')}>
      <Card size="small" style={{ marginBottom: 12 }}>
        {back}
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary" copyable data-testid="desk-ticket-no">
            {k.ticketNo}
          </Typography.Text>
        </div>
        <Typography.Title level={4} style={{ margin: '4px 0 8px', overflowWrap: 'anywhere' }} data-testid="desk-ticket-title">
          {k.title}
        </Typography.Title>
        <Space size={[6, 4]} wrap>
          <TicketStatusTag status={k.status} />
          <Tag style={{ marginInlineEnd: 0 }} data-testid="desk-ticket-type">
            {t(`desk.type.${k.type}`)}
          </Tag>
          <Tag style={{ marginInlineEnd: 0 }} data-testid="desk-ticket-category">
            {t(`desk.category.${k.category}`)}
          </Tag>
          {roles.map((r) => (
            <Typography.Text key={r} type="secondary" style={{ fontSize: 12 }}>
              {t(`desk.viewer.${r}` as MessageKey)}
            </Typography.Text>
          ))}
        </Space>
        {k.viewerIs.includes('requester') && k.onsiteWanted && OPEN_TICKET_STATUSES.includes(k.status) && hasModule(me, 'desk.serviceDays') && (
          <div style={{ marginTop: 8 }}>
            <Link to="/desk/service-days" data-testid="desk-book-service-day">
              <EnvironmentOutlined /> {t('serviceDay.bookOnsite')}
            </Link>
          </div>
        )}
        <TicketActions ticket={k} />
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <TimeLimitCard ticket={k} />
            <HandlingCard ticket={k} />
            <RequestCard ticket={k} />
            <ExtensionsCard ticket={k} />
            <FollowupCard ticket={k} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('common.history')}>
            <HistoryTimeline entries={k.history} statusLabel={(s) => statusLabel(t, s)} eventLabel={(e) => eventLabel(t, e)} color={historyColor} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
