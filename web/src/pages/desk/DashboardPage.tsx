import { Card, Col, Row, Select, Space, Statistic, Typography } from 'antd';
import { TICKET_CATEGORIES } from '../../../../src/modules/desk/rules/categories';
import { TICKET_STATUSES } from '../../../../src/modules/desk/rules/ticket.machine';
import { useDashboard } from '../../api/deskHooks';
import { useT } from '../../i18n/context';
import { PageSpin } from '../../components/PageSpin';
import { CountBars } from './CountBars';
import { useUrlFilters } from '../../components/useUrlFilters';
import { ratingLabel } from './deskBits';

const DAYS = [30, 90, 180, 365];
/** 非常满意 green … 非常不满意 red. */
const RATING_COLORS: Record<number, string> = { 5: '#52c41a', 4: '#95de64', 3: '#fadb14', 2: '#fa8c16', 1: '#f5222d' };

/** The on-time rate as a percentage with one decimal (the server sends a share of 1). */
const percent = (rate: number | null) => (rate === null ? null : Math.round((rate <= 1 ? rate * 100 : rate) * 10) / 10);

/** 办理统计: a department's counts, overdue, on-time rate, handling time in working days and ratings. */
export function DashboardPage() {
  const t = useT();
  const { get, set } = useUrlFilters();
  const days = DAYS.includes(Number(get('days'))) ? Number(get('days')) : 90;
  const departmentId = get('departmentId') || undefined;
  const q = useDashboard(departmentId, days);
  const d = q.data;
  const ratings = new Map(d?.ratings.map((x) => [x.rating, x.count]));
  const statuses = new Map(d?.byStatus.map((x) => [x.status as string, x.count]));
  const categories = new Map(d?.byCategory.map((x) => [x.category as string, x.count]));
  const stat = (key: string, title: string, value: number | string | null, suffix?: string, danger = false) => (
    <Col xs={12} sm={8} lg={6} xl={6} key={key}>
      <Card size="small" data-testid={`desk-stat-${key}`} data-value={value ?? ''}>
        <Statistic title={title} value={value ?? '—'} suffix={value === null ? undefined : suffix} styles={danger && Number(value) > 0 ? { content: { color: '#cf1322' } } : undefined} />
      </Card>
    </Col>
  );

  return (
    <div data-testid="page-desk-dashboard">
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space size={[12, 8]} wrap style={{ display: 'flex', justifyContent: 'space-between' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('module.desk.dashboard')}
          </Typography.Title>
          <Space size={[8, 8]} wrap>
            {d && d.departments.length > 1 && (
              <Select
                value={departmentId ?? ''}
                onChange={(v: string) => set({ departmentId: v || undefined })}
                style={{ width: 200, maxWidth: '100%' }}
                popupMatchSelectWidth={false}
                data-testid="desk-dash-department"
                options={[{ value: '', label: t('desk.allDepartments') }, ...d.departments.map((x) => ({ value: x.id, label: x.name }))]}
              />
            )}
            <Select
              value={days}
              onChange={(v: number) => set({ days: String(v) })}
              style={{ width: 120 }}
              aria-label={t('desk.dash.range')}
              data-testid="desk-dash-days"
              options={DAYS.map((n) => ({ value: n, label: t('desk.dash.days', { n }) }))}
            />
          </Space>
        </Space>
        {d && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('desk.dash.since', { date: d.since })}
          </Typography.Text>
        )}
      </Card>
      {q.isError && <Typography.Text type="danger">{q.error.message}</Typography.Text>}
      {q.isPending && <PageSpin />}
      {d && (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid="desk-dashboard">
            {stat('total', t('desk.dash.total'), d.total)}
            {stat('open', t('desk.dash.open'), d.open)}
            {stat('overdue', t('desk.dash.overdue'), d.overdue, undefined, true)}
            {stat('onTimeRate', t('desk.dash.onTimeRate'), percent(d.onTimeRate), '%')}
            {stat('avgHandlingDays', t('desk.dash.avgHandlingDays'), d.avgHandlingDays === null ? null : Math.round(d.avgHandlingDays * 10) / 10, t('desk.dash.workingDays'))}
            {stat('avgRating', t('desk.dash.avgRating'), d.avgRating === null ? null : Math.round(d.avgRating * 10) / 10, '/ 5')}
            {stat('openFollowups', t('desk.dash.openFollowups'), d.openFollowups, undefined, true)}
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={8}>
              <Card size="small" title={t('desk.dash.ratings')}>
                <CountBars
                  data-testid="desk-dash-ratings"
                  rows={[5, 4, 3, 2, 1].map((r) => ({ key: r, label: ratingLabel(t, r), count: ratings.get(r) ?? 0, color: RATING_COLORS[r] }))}
                />
              </Card>
            </Col>
            <Col xs={24} lg={8}>
              <Card size="small" title={t('desk.dash.byStatus')}>
                <CountBars data-testid="desk-dash-status" labelWidth={110} rows={TICKET_STATUSES.map((s) => ({ key: s, label: t(`desk.status.${s}`), count: statuses.get(s) ?? 0 }))} />
              </Card>
            </Col>
            <Col xs={24} lg={8}>
              <Card size="small" title={t('desk.dash.byCategory')}>
                <CountBars data-testid="desk-dash-category" labelWidth={130} rows={TICKET_CATEGORIES.map((c) => ({ key: c, label: t(`desk.category.${c}`), count: categories.get(c) ?? 0 }))} />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}
