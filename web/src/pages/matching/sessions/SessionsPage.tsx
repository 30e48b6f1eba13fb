import type { ReactNode } from 'react';
import { Button, Space, Table, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate } from 'react-router';
import { SESSION_STATUSES, type SessionStatus } from '../../../../../src/modules/matching/rules/session.machine';
import type { SessionSummary } from '../../../api/cooperation';
import { useSessionList, useSides } from '../../../api/cooperationHooks';
import { matchingApi } from '../../../api/matching';
import { useI18n } from '../../../i18n/context';
import { useIsMobile } from '../../../layout/useIsMobile';
import { ItemList, ItemRow } from '../../../components/ItemList';
import { useUrlFilters } from '../../../components/useUrlFilters';
import { OversightExport } from '../OversightExport';
import { SessionFlags, SessionStatusTag, timeRange } from './sessionBits';

const PAGE_SIZE = 20;

/** 直播场次: a streamer's own sessions, or base staff's sessions of streamers in their units. */
export function SessionsPage() {
  const { t } = useI18n();
  const mobile = useIsMobile();
  const location = useLocation();
  const navigate = useNavigate();
  const sides = useSides();
  const kind = sides.streamer ? 'mine' : 'scope';
  const { params, set } = useUrlFilters();
  const status = (params.get('status') ?? '') as SessionStatus | '';
  const page = Number(params.get('page') ?? 1);
  const list = useSessionList(kind, { status: status || undefined, page, pageSize: PAGE_SIZE });
  const link = (s: SessionSummary, children: ReactNode) => (
    <Link to={`/matching/sessions/${encodeURIComponent(s.id)}`} state={{ from: location.search }} data-testid="session-row-link">
      {children}
    </Link>
  );
  const rowProps = (s: SessionSummary) => ({ 'data-testid': 'session-row', 'data-id': s.id, 'data-status': s.status, 'data-overdue': s.reportOverdue ? 'true' : 'false' });
  const items = list.data?.items ?? [];
  const pagination = { current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: (p: number) => set({ page: String(p) }) };
  const platform = (s: SessionSummary) => t(`session.platform.${s.platform}`);

  return (
    <div data-testid="page-matching-sessions" data-kind={kind}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap', marginBottom: 4 }}>
        <Typography.Title level={4} style={{ margin: 0, flex: 1 }}>
          {t('module.matching.sessions')}
        </Typography.Title>
        <OversightExport run={() => matchingApi.exportSessions(status || undefined)} />
        {sides.streamer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/matching/sessions/new')} data-testid="session-new">
            {t('session.new')}
          </Button>
        )}
      </div>
      <Tabs
        activeKey={status || 'all'}
        onChange={(k) => set({ status: k === 'all' ? undefined : k })}
        items={[{ key: 'all', label: <span data-testid="session-tab-all">{t('common.all')}</span> }, ...SESSION_STATUSES.map((s) => ({ key: s, label: <span data-testid={`session-tab-${s}`}>{t(`session.status.${s}`)}</span> }))]}
      />
      {list.isError && <Typography.Text type="danger">{list.error.message}</Typography.Text>}
      {mobile ? (
        <ItemList
          loading={list.isFetching}
          items={items}
          rowKey={(s) => s.id}
          data-testid="session-table"
          pagination={pagination}
          renderItem={(s) => (
            <ItemRow
              {...rowProps(s)}
              title={link(s, s.title)}
              description={
                <>
                  <Space size={[4, 4]} wrap style={{ margin: '4px 0', display: 'flex' }}>
                    <SessionStatusTag status={s.status} />
                    <SessionFlags s={s} />
                  </Space>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {platform(s)} · {timeRange(s.startsAt, s.endsAt)}
                    {kind === 'scope' && ` · ${s.streamer.displayName}`}
                  </Typography.Text>
                </>
              }
            />
          )}
        />
      ) : (
        <Table<SessionSummary>
          data-testid="session-table"
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={items}
          scroll={{ x: 'max-content' }}
          onRow={(s) => rowProps(s) as React.HTMLAttributes<HTMLElement>}
          pagination={{ ...pagination, showSizeChanger: false, showTotal: (n) => t('common.total', { n }) }}
          columns={[
            { title: t('common.status'), dataIndex: 'status', render: (st: SessionStatus) => <SessionStatusTag status={st} /> },
            {
              title: t('session.title'),
              dataIndex: 'title',
              render: (title: string, s) => (
                <span style={{ display: 'inline-block', minWidth: 180, maxWidth: 360, whiteSpace: 'normal' }}>
                  {link(s, title)}{' '}
                  <Space size={[4, 4]} wrap>
                    <SessionFlags s={s} />
                  </Space>
                </span>
              ),
            },
            ...(kind === 'scope' ? [{ title: t('coop.streamer'), key: 'streamer', render: (_: unknown, s: SessionSummary) => s.streamer.displayName }] : []),
            { title: t('session.platform'), key: 'platform', render: (_: unknown, s) => platform(s) },
            { title: t('session.time'), key: 'time', render: (_: unknown, s) => timeRange(s.startsAt, s.endsAt) },
          ]}
        />
      )}
    </div>
  );
}
