import { useState } from 'react';
import { Button, Card, Col, Empty, Row, Space, Spin, Switch, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { ServiceDaySummary } from '../../api/desk';
import { useMyDepartments, useServiceDays } from '../../api/deskHooks';
import { hasModule, useMe } from '../../auth/useMe';
import { useT } from '../../i18n/context';
import { useUrlFilters } from '../../components/useUrlFilters';
import { PublishDialog } from './PublishDialog';
import { DayFacts, DayStatusTag, DayWithWeekday } from './serviceDayBits';

const dayLink = (d: ServiceDaySummary) => `/desk/service-days/${encodeURIComponent(d.id)}`;

function DayCard({ d, requester }: { d: ServiceDaySummary; requester: boolean }) {
  const t = useT();
  const canBook = requester && d.bookable && !d.myBooking && d.placesLeft > 0;
  return (
    <Card size="small" style={{ height: '100%' }} data-testid="sd-card" data-id={d.id} data-places-left={d.placesLeft} data-status={d.status}>
      <Space size={[8, 4]} wrap style={{ marginBottom: 4 }}>
        <Typography.Text strong>
          <DayWithWeekday day={d.day} />
        </Typography.Text>
        <DayStatusTag d={d} />
        {d.myBooking && (
          <Tag color="purple" style={{ marginInlineEnd: 0 }} data-testid="sd-card-my-booking">
            {t('serviceDay.myBooking', { slot: d.myBooking.slot })}
          </Tag>
        )}
      </Space>
      <Typography.Title level={5} style={{ margin: '4px 0 8px', overflowWrap: 'anywhere' }}>
        <Link to={dayLink(d)} data-testid="sd-card-link">
          {d.title}
        </Link>
      </Typography.Title>
      <DayFacts d={d} clampNotes />
      <div style={{ marginTop: 10, display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="sd-places-left">
          {t('serviceDay.placesLeft', { n: d.placesLeft })}
        </Typography.Text>
        <Link to={dayLink(d)}>
          <Button size="small" type={canBook ? 'primary' : 'default'} data-testid="sd-card-open">
            {canBook ? t('serviceDay.book') : t('serviceDay.view')}
          </Button>
        </Link>
      </div>
    </Card>
  );
}

/** 上门服务日: the days departments come to a base; requesters book a slot, officers publish days. */
export function ServiceDaysPage() {
  const t = useT();
  const me = useMe().data;
  const { get, set } = useUrlFilters();
  const desk = hasModule(me, 'desk.queue');
  const past = desk && get('past') === 'true';
  const list = useServiceDays(past);
  const mine = useMyDepartments();
  const [publishing, setPublishing] = useState(false);
  const items = list.data ?? [];
  return (
    <Card
      data-testid="page-desk-service-days"
      title={t('module.desk.serviceDays')}
      extra={
        mine.departments.length > 0 && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setPublishing(true)} data-testid="sd-publish">
            {t('serviceDay.publish')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('serviceDay.intro')}
      </Typography.Paragraph>
      {desk && (
        <Space style={{ marginBottom: 12 }}>
          <Switch size="small" checked={past} onChange={(on) => set({ past: on ? 'true' : undefined })} data-testid="sd-include-past" />
          <span>{t('serviceDay.includePast')}</span>
        </Space>
      )}
      {list.isError && <Typography.Text type="danger">{list.error.message}</Typography.Text>}
      <Spin spinning={list.isFetching}>
        {items.length === 0 && !list.isPending ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('serviceDay.none')} />
        ) : (
          <Row gutter={[12, 12]} data-testid="sd-list">
            {items.map((d) => (
              <Col key={d.id} xs={24} md={12} xl={8}>
                <DayCard d={d} requester={hasModule(me, 'desk.new')} />
              </Col>
            ))}
          </Row>
        )}
      </Spin>
      {mine.departments.length > 0 && <PublishDialog open={publishing} departments={mine.departments} onClose={() => setPublishing(false)} />}
    </Card>
  );
}
