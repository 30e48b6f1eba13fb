import { useRef, useState } from 'react';
import { Button, Card, DatePicker, Descriptions, Form, InputNumber, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from '@tanstack/react-query';
import { calendarApi } from '../../api/calendar';
import type { CalendarCheck } from '../../api/types';
import { useT } from '../../i18n/context';
import { ProvisionalTag } from '../../components/ProvisionalTag';
import { useNotifyError } from '../../components/useNotifyError';

interface Values {
  date: Dayjs;
  add: number;
}

export function WorkingDayCalculator() {
  const t = useT();
  const notifyError = useNotifyError();
  const [result, setResult] = useState<CalendarCheck | null>(null);
  // Enter in a field submits too, so two requests can be in flight; only the latest may answer.
  const latest = useRef(0);
  const check = useMutation({
    mutationFn: async (v: Values) => {
      const ticket = ++latest.current;
      const answer = await calendarApi.check(v.date.format('YYYY-MM-DD'), v.add ?? 0);
      return { ticket, answer };
    },
    onSuccess: ({ ticket, answer }) => {
      if (ticket === latest.current) setResult(answer);
    },
    onError: notifyError,
  });
  return (
    <Card title={t('calendar.calculator')} data-testid="calendar-calculator">
      <Form<Values>
        layout="inline"
        initialValues={{ date: dayjs(), add: 5 }}
        onFinish={(v) => check.mutate(v)}
        style={{ rowGap: 8 }}
      >
        <Form.Item name="date" label={t('calendar.startDate')} rules={[{ required: true }]}>
          <DatePicker allowClear={false} data-testid="calc-date" />
        </Form.Item>
        <Form.Item name="add" label={t('calendar.addWorkingDays')} rules={[{ required: true }]}>
          <InputNumber min={-366} max={366} precision={0} data-testid="calc-add" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={check.isPending} data-testid="calc-submit">
            {t('calendar.compute')}
          </Button>
        </Form.Item>
      </Form>
      {result && (
        <Descriptions bordered size="small" column={1} style={{ marginTop: 16 }} data-testid="calc-result">
          <Descriptions.Item label={t('calendar.startDate')}>
            <Space wrap>
              {result.date}
              {result.isWorkingDay ? <Tag color="green">{t('calendar.workingDay')}</Tag> : <Tag>{t('calendar.restDay')}</Tag>}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('calendar.result')}>
            <Space wrap>
              <strong data-testid="calc-result-date">{result.result}</strong>
              {result.provisional && <ProvisionalTag />}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
