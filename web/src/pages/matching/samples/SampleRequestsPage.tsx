import { Card, Empty, Typography } from 'antd';
import { useT } from '../../../i18n/context';
import { SampleList } from './SampleList';

/** 样品申请: requests for the producer's products (staff: products in their units), 待审批 first. */
export function SampleRequestsPage() {
  const t = useT();
  return (
    <Card data-testid="page-matching-sample-requests" title={t('module.matching.sampleRequests')}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: -4 }}>
        {t('sample.incomingIntro')}
      </Typography.Paragraph>
      <SampleList kind="incoming" base="/matching/sample-requests" tabs empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sample.noneIncoming')} />} />
    </Card>
  );
}
