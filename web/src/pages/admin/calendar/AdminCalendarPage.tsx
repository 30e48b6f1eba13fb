import { useState } from 'react';
import { App, Card, Col, Empty, Row, Spin } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { calendarApi } from '../../../api/calendar';
import type { CalendarEntry } from '../../../api/types';
import { QK } from '../../../api/hooks';
import { useT } from '../../../i18n/context';
import { useNotifyError } from '../../../components/useNotifyError';
import { YearList } from './YearList';
import { YearEditor } from './YearEditor';

export function AdminCalendarPage() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [year, setYear] = useState<number | null>(null);
  const years = useQuery({ queryKey: QK.calendarYears, queryFn: calendarApi.years });
  const detail = useQuery({ queryKey: QK.calendarYear(year ?? 0), queryFn: () => calendarApi.year(year!), enabled: year !== null });
  const save = useMutation({
    mutationFn: (entries: CalendarEntry[]) => calendarApi.saveYear(year!, entries),
    onSuccess: (data) => {
      qc.setQueryData(QK.calendarYear(data.year), data);
      void qc.invalidateQueries({ queryKey: ['calendar'] });
      void message.success(t('common.saved'));
    },
    onError: notifyError,
  });
  return (
    <Row gutter={[16, 16]} data-testid="page-admin-calendar">
      <Col xs={24} md={8}>
        <Card title={t('calendar.years')}>
          <YearList years={years.data?.items ?? []} loading={years.isPending} selected={year} onSelect={setYear} />
        </Card>
      </Col>
      <Col xs={24} md={16}>
        <Card title={t('module.admin.calendar')}>
          {year === null && <Empty description={t('calendar.pickYear')} />}
          {year !== null && detail.isPending && <Spin />}
          {detail.isError && <Empty description={detail.error.message} />}
          {year !== null && detail.data && <YearEditor data={detail.data} saving={save.isPending} onSave={(e) => save.mutate(e)} />}
        </Card>
      </Col>
    </Row>
  );
}
