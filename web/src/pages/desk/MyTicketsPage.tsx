import { Button, Card, Empty, Select, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { TICKET_STATUSES } from '../../../../src/modules/desk/rules/ticket.machine';
import { useTicketList } from '../../api/deskHooks';
import { hasModule, useMe } from '../../auth/useMe';
import { useT } from '../../i18n/context';
import { TicketList } from './TicketList';
import { useUrlFilters } from '../../components/useUrlFilters';
import { oneOf } from './deskBits';

const PAGE_SIZE = 20;

/** 我的诉求: the requester's requests with their state and time limit. */
export function MyTicketsPage() {
  const t = useT();
  const me = useMe().data;
  const { get, set, page } = useUrlFilters();
  const status = oneOf(TICKET_STATUSES, get('status'));
  const list = useTicketList('mine', { status, page, pageSize: PAGE_SIZE });
  return (
    <Card
      data-testid="page-desk-mine"
      title={t('module.desk.mine')}
      extra={
        hasModule(me, 'desk.new') && (
          <Link to="/desk/new">
            <Button size="small" type="primary" icon={<PlusOutlined />} data-testid="desk-mine-new">
              {t('module.desk.new')}
            </Button>
          </Link>
        )
      }
    >
      <Select
        value={status ?? ''}
        onChange={(v: string) => set({ status: v })}
        style={{ width: 200, maxWidth: '100%', marginBottom: 12 }}
        data-testid="desk-status-filter"
        options={[{ value: '', label: t('desk.allStatuses') }, ...TICKET_STATUSES.map((s) => ({ value: s, label: t(`desk.status.${s}`) }))]}
      />
      {list.isError && <Typography.Text type="danger">{list.error.message}</Typography.Text>}
      <TicketList
        kind="mine"
        items={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: (p) => set({ page: String(p) }) }}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('desk.noneMine')} />}
      />
    </Card>
  );
}
