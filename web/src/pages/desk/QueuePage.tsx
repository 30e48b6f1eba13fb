import { useState } from 'react';
import { Card, Empty, Typography } from 'antd';
import { TICKET_CATEGORIES, TICKET_TYPES } from '../../../../src/modules/desk/rules/categories';
import { TICKET_STATUSES } from '../../../../src/modules/desk/rules/ticket.machine';
import { deskApi, type TicketQuery } from '../../api/desk';
import { useDepartments, useMyDepartments, useTicketList } from '../../api/deskHooks';
import { useMe } from '../../auth/useMe';
import { useT } from '../../i18n/context';
import { ExportButton } from '../../components/ExportButton';
import { BulkAssign } from './BulkAssign';
import { QueueFilters } from './QueueFilters';
import { TicketList } from './TicketList';
import { useUrlFilters } from '../../components/useUrlFilters';
import { oneOf } from './deskBits';

const PAGE_SIZE = 20;

/** 工单队列: officers work their departments' tickets; base staff and admins oversee and re-route. */
export function QueuePage() {
  const t = useT();
  const me = useMe().data;
  const staff = (me?.roles ?? []).some((r) => r.role === 'base_staff' || r.role === 'admin');
  const mine = useMyDepartments();
  const all = useDepartments(staff);
  const { get, set, page } = useUrlFilters();
  const [selected, setSelected] = useState<string[]>([]);
  const query: TicketQuery = {
    status: oneOf(TICKET_STATUSES, get('status')),
    category: oneOf(TICKET_CATEGORIES, get('category')),
    type: oneOf(TICKET_TYPES, get('type')),
    officer: oneOf(['me', 'none'] as const, get('officer')),
    departmentId: get('departmentId') || undefined,
    overdue: get('overdue') === 'true' ? true : undefined,
    dueBy: /^\d{4}-\d{2}-\d{2}$/.test(get('dueBy')) ? get('dueBy') : undefined,
    q: get('q') || undefined,
  };
  const list = useTicketList('queue', { ...query, page, pageSize: PAGE_SIZE });
  const filter = (patch: Record<string, string | undefined>) => {
    setSelected([]);
    set(patch);
  };
  return (
    <Card data-testid="page-desk-queue" title={t('module.desk.queue')} extra={<ExportButton run={() => deskApi.exportQueue(query)} data-testid="desk-export" />}>
      <QueueFilters get={get} set={filter} officer={mine.officer} departments={staff ? (all.data ?? []) : mine.departments} />
      {mine.officer && <BulkAssign departments={mine.departments} selected={selected} onDone={() => setSelected([])} />}
      {list.isError && <Typography.Text type="danger">{list.error.message}</Typography.Text>}
      <TicketList
        kind="queue"
        items={list.data?.items ?? []}
        loading={list.isFetching}
        selection={mine.officer ? { ids: selected, onChange: setSelected } : undefined}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: (p) => set({ page: String(p) }) }}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('desk.noneQueue')} />}
      />
    </Card>
  );
}
