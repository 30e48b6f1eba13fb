import { useState } from 'react';
import { Alert, Button, Card, Col, Result, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined, StopOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { deskApi } from '../../api/desk';
import { useServiceDay, useServiceDayWrite } from '../../api/deskHooks';
import { hasModule, useMe } from '../../auth/useMe';
import { useT } from '../../i18n/context';
import { PageSpin } from '../../components/PageSpin';
import { ReasonModal } from '../catalog/common/ReasonModal';
import { BookingPanel } from './BookingPanel';
import { BookingsTable } from './BookingsTable';
import { DayFacts, DayStatusTag, DayWithWeekday, isPast } from './serviceDayBits';

/** One 上门服务日: its facts for everyone, the booking form for requesters, the day's list for its officers. */
export function ServiceDayPage() {
  const t = useT();
  const { id = '' } = useParams();
  const me = useMe().data;
  const q = useServiceDay(id);
  const [cancelling, setCancelling] = useState(false);
  const cancel = useServiceDayWrite((reason: string) => deskApi.cancelServiceDay(id, reason), () => t('serviceDay.dayCancelled'), () => setCancelling(false));
  const back = (
    <Link to="/desk/service-days" data-testid="sd-back">
      <ArrowLeftOutlined /> {t('common.back')}
    </Link>
  );
  if (q.isPending) return <PageSpin />;
  if (q.isError) return <Result status="warning" title={t('error.loadFailed')} subTitle={q.error.message} extra={back} />;
  const d = q.data;
  const requester = hasModule(me, 'desk.new');
  return (
    <div data-testid="page-desk-service-day" data-id={d.id} data-status={d.status} data-places-left={d.placesLeft}>
      <Card size="small" style={{ marginBottom: 12 }}>
        {back}
        <Space size={[8, 4]} wrap style={{ display: 'flex', marginTop: 8 }}>
          <Typography.Text strong>
            <DayWithWeekday day={d.day} />
          </Typography.Text>
          <DayStatusTag d={d} />
        </Space>
        <Typography.Title level={4} style={{ margin: '4px 0 8px', overflowWrap: 'anywhere' }} data-testid="sd-title">
          {d.title}
        </Typography.Title>
        <DayFacts d={d} />
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
          {t('serviceDay.publishedBy')}：{d.createdBy}
        </Typography.Paragraph>
        {d.status === 'cancelled' && <Alert type="warning" showIcon style={{ marginTop: 8 }} title={`${t('serviceDay.cancelReason')}：${d.cancelReason ?? '—'}`} data-testid="sd-cancel-reason" />}
        {d.canManage && d.status === 'published' && !isPast(d.day) && (
          <Button danger icon={<StopOutlined />} style={{ marginTop: 12 }} onClick={() => setCancelling(true)} data-testid="sd-cancel-day">
            {t('serviceDay.cancelDay')}
          </Button>
        )}
      </Card>
      <Row gutter={[12, 12]}>
        {requester && (
          <Col xs={24} lg={d.canManage ? 24 : 16}>
            <BookingPanel day={d} />
          </Col>
        )}
        {d.canManage && (
          <Col xs={24}>
            <BookingsTable day={d} />
          </Col>
        )}
      </Row>
      <ReasonModal
        open={cancelling}
        title={t('serviceDay.cancelDayTitle')}
        okText={t('serviceDay.cancelDay')}
        danger
        saving={cancel.isPending}
        onCancel={() => setCancelling(false)}
        onSubmit={(reason) => cancel.mutate(reason)}
      />
    </div>
  );
}
