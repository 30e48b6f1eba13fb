import { useState } from 'react';
import { Alert, Button, Card, Empty } from 'antd';
import { FlagOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/context';
import { ReportForm } from './ReportForm';
import { ViolationList } from './ViolationList';

const BASE = '/compliance/reports';

/** 违规举报: producers and streamers report a streamer and follow what they reported. */
export function ReportsPage() {
  const t = useT();
  const [reporting, setReporting] = useState(false);
  return (
    <Card
      data-testid="page-compliance-reports"
      title={t('violation.myReports')}
      extra={
        <Button type="primary" icon={<FlagOutlined />} onClick={() => setReporting(true)} data-testid="report-new">
          {t('violation.reportNew')}
        </Button>
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('violation.anonymous')} data-testid="report-anonymous" />
      <ViolationList kind="reported" base={BASE} empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('violation.noReports')} />} />
      <ReportForm open={reporting} onClose={() => setReporting(false)} base={BASE} />
    </Card>
  );
}
