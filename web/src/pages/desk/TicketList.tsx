import type { ReactNode } from 'react';
import { Checkbox, Space, Table, Tag, Typography } from 'antd';
import { Link, useLocation } from 'react-router';
import type { TicketStatus } from '../../../../src/modules/desk/rules/ticket.machine';
import type { TicketSummary } from '../../api/desk';
import { useI18n } from '../../i18n/context';
import { useIsMobile } from '../../layout/useIsMobile';
import { ItemList, ItemRow } from '../../components/ItemList';
import { formatDateTime } from '../../components/time';
import { DueOn, TicketStatusTag } from './deskBits';

interface Props {
  /** mine: the requester's own (department column); queue: requester and officer columns. */
  kind: 'mine' | 'queue';
  items: TicketSummary[];
  loading: boolean;
  pagination: { current: number; pageSize: number; total: number; onChange: (page: number) => void };
  /** Row selection for bulk assignment (officers). */
  selection?: { ids: string[]; onChange: (ids: string[]) => void };
  empty?: ReactNode;
}

/** Tickets as rows on phones and a table on wider screens; rows open the ticket, overdue ones stand out. */
export function TicketList({ kind, items, loading, pagination, selection, empty }: Props) {
  const { t, locale } = useI18n();
  const mobile = useIsMobile();
  const location = useLocation();
  const from = `${location.pathname}${location.search}`;
  const link = (s: TicketSummary, children: ReactNode) => (
    <Link to={`/desk/tickets/${encodeURIComponent(s.id)}`} state={{ from }} data-testid="desk-row-link">
      {children}
    </Link>
  );
  const rowProps = (s: TicketSummary) => ({ 'data-testid': 'desk-row', 'data-id': s.id, 'data-ticket-no': s.ticketNo, 'data-status': s.status, 'data-overdue': s.overdue ? 'true' : 'false' });
  const department = (s: TicketSummary) => s.department?.name ?? <Typography.Text type="secondary">{t('desk.noDepartment')}</Typography.Text>;
  const officer = (s: TicketSummary) => s.officer?.displayName ?? <Typography.Text type="secondary">{t('desk.unassigned')}</Typography.Text>;
  const flags = (s: TicketSummary) => (
    <>
      <Tag style={{ marginInlineEnd: 0 }}>{t(`desk.type.${s.type}`)}</Tag>
      {s.onsiteWanted && (
        <Tag color="purple" style={{ marginInlineEnd: 0 }}>
          {t('desk.onsite')}
        </Tag>
      )}
    </>
  );
  const toggle = (id: string, on: boolean) => selection?.onChange(on ? [...selection.ids, id] : selection.ids.filter((x) => x !== id));

  if (mobile) {
    return (
      <ItemList
        loading={loading}
        items={items}
        rowKey={(s) => s.id}
        empty={empty}
        data-testid={kind === 'queue' ? 'desk-queue-table' : 'desk-mine-table'}
        pagination={pagination}
        renderItem={(s) => (
          <ItemRow
            {...rowProps(s)}
            style={s.overdue ? { background: '#fff1f0' } : undefined}
            avatar={selection && <Checkbox checked={selection.ids.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} data-testid="desk-row-select" />}
            title={link(s, s.title)}
            extra={<TicketStatusTag status={s.status} />}
            description={
              <>
                <Space size={[4, 4]} wrap style={{ margin: '4px 0', display: 'flex' }}>
                  {flags(s)}
                  <span>{t(`desk.category.${s.category}`)}</span>
                </Space>
                <div>
                  {kind === 'queue' ? (
                    <>
                      {s.requester.displayName} · {officer(s)}
                    </>
                  ) : (
                    department(s)
                  )}
                </div>
                <Space size={[8, 2]} wrap style={{ fontSize: 12 }}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {s.ticketNo}
                  </Typography.Text>
                  <DueOn ticket={s} />
                </Space>
              </>
            }
          />
        )}
      />
    );
  }
  return (
    <Table<TicketSummary>
      data-testid={kind === 'queue' ? 'desk-queue-table' : 'desk-mine-table'}
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      locale={empty ? { emptyText: empty } : undefined}
      rowClassName={(s) => (s.overdue ? 'lb-row-overdue' : '')}
      onRow={(s) => rowProps(s) as React.HTMLAttributes<HTMLElement>}
      rowSelection={selection && { selectedRowKeys: selection.ids, onChange: (keys) => selection.onChange(keys as string[]), preserveSelectedRowKeys: true }}
      pagination={{ ...pagination, showSizeChanger: false, showTotal: (n) => t('common.total', { n }) }}
      columns={[
        { title: t('desk.ticketNo'), dataIndex: 'ticketNo', render: (no: string, s) => link(s, no) },
        {
          title: t('desk.field.title'),
          dataIndex: 'title',
          render: (title: string, s) => (
            <span style={{ display: 'inline-block', minWidth: 180, maxWidth: 340, whiteSpace: 'normal' }}>
              {link(s, title)} {flags(s)}
              <div style={{ fontSize: 12, color: 'rgba(0,0,0,.55)' }}>{t(`desk.category.${s.category}`)}</div>
            </span>
          ),
        },
        { title: t('common.status'), dataIndex: 'status', render: (st: TicketStatus) => <TicketStatusTag status={st} /> },
        ...(kind === 'queue' ? [{ title: t('desk.requester'), key: 'requester', render: (_: unknown, s: TicketSummary) => s.requester.displayName }] : []),
        { title: t('desk.department'), key: 'department', render: (_, s) => department(s) },
        ...(kind === 'queue' ? [{ title: t('desk.officer'), key: 'officer', render: (_: unknown, s: TicketSummary) => officer(s) }] : []),
        { title: t('desk.submittedAt'), dataIndex: 'submittedAt', render: (v: string) => formatDateTime(v, locale) },
        { title: t('desk.dueOn'), key: 'due', render: (_, s) => <DueOn ticket={s} /> },
      ]}
    />
  );
}
