import { Card, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { calendarApi } from '../../api/calendar';
import { QK } from '../../api/hooks';
import { useT } from '../../i18n/context';
import { todayInShanghai } from '../../components/time';
import { ProvisionalTag } from '../../components/ProvisionalTag';

export function TodayCard() {
  const t = useT();
  const today = todayInShanghai();
  const check = useQuery({ queryKey: QK.calendarCheck(today, 1), queryFn: () => calendarApi.check(today, 1) });
  return (
    <Card title={t('workbench.today')} loading={check.isPending} data-testid="today-card">
      {check.isError && <Typography.Text type="danger">{check.error.message}</Typography.Text>}
      {check.data && (
        <Space orientation="vertical">
          <Typography.Text strong>{today}</Typography.Text>
          <Space wrap>
            {check.data.isWorkingDay ? (
              <Tag color="green" data-testid="today-working">{t('calendar.workingDay')}</Tag>
            ) : (
              <Tag color="default" data-testid="today-rest">{t('calendar.restDay')}</Tag>
            )}
            {check.data.provisional && <ProvisionalTag />}
          </Space>
          <Typography.Text type="secondary">
            {t('workbench.nextWorkingDay', { date: check.data.result })}
          </Typography.Text>
        </Space>
      )}
    </Card>
  );
}
