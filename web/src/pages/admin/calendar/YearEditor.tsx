import { useEffect, useState } from 'react';
import { Alert, Button, DatePicker, Input, Popconfirm, Select, Space, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { CalendarEntry, YearEntries } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { CalendarSourceTag } from '../../../components/CalendarSourceTag';

interface Row extends CalendarEntry {
  key: number;
}

interface Props {
  data: YearEntries;
  saving: boolean;
  onSave: (entries: CalendarEntry[]) => void;
}

let seq = 0;
const withKeys = (entries: CalendarEntry[]): Row[] => entries.map((e) => ({ ...e, key: ++seq }));

export function YearEditor({ data, saving, onSave }: Props) {
  const t = useT();
  const [rows, setRows] = useState<Row[]>(() => withKeys(data.entries));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setRows(withKeys(data.entries));
    setError(null);
  }, [data]);

  const patch = (key: number, p: Partial<CalendarEntry>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...p } : r)));

  const save = () => {
    const bad = rows.find((r) => !r.date || !r.date.startsWith(`${data.year}-`) || !r.name.trim());
    if (bad) {
      setError(t('calendar.rowInvalid', { year: data.year }));
      return;
    }
    const dates = rows.map((r) => r.date);
    if (new Set(dates).size !== dates.length) {
      setError(t('calendar.duplicateDate'));
      return;
    }
    setError(null);
    onSave([...rows].sort((a, b) => a.date.localeCompare(b.date)).map(({ date, kind, name }) => ({ date, kind, name: name.trim() })));
  };

  return (
    <div data-testid="calendar-editor">
      <Space wrap style={{ marginBottom: 12 }}>
        <strong>{data.year}</strong>
        <CalendarSourceTag source={data.source} />
      </Space>
      {data.source === 'package' && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('calendar.overrideNote')} />}
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} />}
      <Table<Row>
        size="small"
        rowKey="key"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('calendar.date'),
            dataIndex: 'date',
            render: (v: string, r) => (
              <DatePicker
                value={v ? dayjs(v) : null}
                onChange={(d) => patch(r.key, { date: d ? d.format('YYYY-MM-DD') : '' })}
                allowClear={false}
                data-testid="calendar-row-date"
              />
            ),
          },
          {
            title: t('calendar.kind'),
            dataIndex: 'kind',
            render: (v: CalendarEntry['kind'], r) => (
              <Select
                value={v}
                onChange={(kind) => patch(r.key, { kind })}
                style={{ width: 130 }}
                data-testid="calendar-row-kind"
                options={[
                  { value: 'holiday', label: t('calendar.kind.holiday') },
                  { value: 'workday', label: t('calendar.kind.workday') },
                ]}
              />
            ),
          },
          {
            title: t('calendar.name'),
            dataIndex: 'name',
            render: (v: string, r) => <Input value={v} maxLength={40} onChange={(e) => patch(r.key, { name: e.target.value })} style={{ width: 160 }} data-testid="calendar-row-name" />,
          },
          {
            title: '',
            key: 'remove',
            render: (_, r) => (
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))} />
            ),
          },
        ]}
      />
      <Space wrap style={{ marginTop: 12 }}>
        <Button
          icon={<PlusOutlined />}
          onClick={() => setRows((rs) => [...rs, { key: ++seq, date: '', kind: 'holiday', name: '' }])}
          data-testid="calendar-row-add"
        >
          {t('calendar.addRow')}
        </Button>
        <Popconfirm title={t('calendar.saveConfirm', { year: data.year })} onConfirm={save}>
          <Button type="primary" loading={saving} data-testid="calendar-save">
            {t('common.save')}
          </Button>
        </Popconfirm>
      </Space>
    </div>
  );
}
