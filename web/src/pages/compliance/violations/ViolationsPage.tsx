import { useState } from 'react';
import { Button, Card } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/context';
import { ReportForm } from './ReportForm';
import { ViolationList } from './ViolationList';

const BASE = '/compliance/violations';

/** 违规处理: the staff queue of violations of streamers in their units. */
export function ViolationsPage() {
  const t = useT();
  const [reporting, setReporting] = useState(false);
  return (
    <Card
      data-testid="page-compliance-violations"
      title={t('module.compliance.violations')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setReporting(true)} data-testid="violation-new">
          {t('violation.new')}
        </Button>
      }
    >
      <ViolationList kind="queue" base={BASE} queue />
      <ReportForm open={reporting} onClose={() => setReporting(false)} base={BASE} />
    </Card>
  );
}
