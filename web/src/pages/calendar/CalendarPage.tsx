import { useState } from 'react';
import { Card, Col, InputNumber, Row, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { calendarApi } from '../../api/calendar';
import { QK } from '../../api/hooks';
import { useT } from '../../i18n/context';
import { todayInShanghai } from '../../components/time';
import { CalendarEntriesTable } from '../../components/CalendarEntriesTable';
import { CalendarSourceTag } from '../../components/CalendarSourceTag';
import { WorkingDayCalculator } from './WorkingDayCalculator';

export function CalendarPage() {
  const t = useT();
  const [year, setYear] = useState(() => Number(todayInShanghai().slice(0, 4)));
  const q = useQuery({ queryKey: QK.calendarYear(year), queryFn: () => calendarApi.year(year) });
  return (
    <Row gutter={[16, 16]} data-testid="page-calendar">
      <Col span={24}>
        <WorkingDayCalculator />
      </Col>
      <Col span={24}>
        <Card
          title={
            <Space wrap>
              {t('calendar.yearTable')}
              {q.data && <CalendarSourceTag source={q.data.source} />}
            </Space>
          }
          extra={
            <InputNumber
              min={2000}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
              data-testid="calendar-year"
              style={{ width: 100 }}
            />
          }
        >
          <CalendarEntriesTable entries={q.data?.entries ?? []} loading={q.isPending} />
        </Card>
      </Col>
    </Row>
  );
}
