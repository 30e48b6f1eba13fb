import { Table, Tag } from 'antd';
import type { CalendarEntry } from '../api/types';
import { useT } from '../i18n/context';

/** Read-only table of a year's official holidays and make-up working days. */
export function CalendarEntriesTable({ entries, loading }: { entries: CalendarEntry[]; loading?: boolean }) {
  const t = useT();
  return (
    <Table<CalendarEntry>
      size="small"
      rowKey="date"
      loading={loading}
      dataSource={entries}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="calendar-entries"
      columns={[
        { title: t('calendar.date'), dataIndex: 'date' },
        {
          title: t('calendar.kind'),
          dataIndex: 'kind',
          render: (k: CalendarEntry['kind']) =>
            k === 'holiday' ? <Tag color="red">{t('calendar.kind.holiday')}</Tag> : <Tag color="blue">{t('calendar.kind.workday')}</Tag>,
        },
        { title: t('calendar.name'), dataIndex: 'name' },
      ]}
    />
  );
}
