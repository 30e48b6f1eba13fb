import { Card, Empty, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { SAMPLE_STATUSES } from '../../../../../src/modules/matching/rules/sample.machine';
import { matchingApi } from '../../../api/matching';
import { useT } from '../../../i18n/context';
import { OversightExport } from '../OversightExport';
import { SampleList } from './SampleList';

/** 样品申请: requests for the producer's products (staff: products in their units), 待审批 first. */
export function SampleRequestsPage() {
  const t = useT();
  const [params] = useSearchParams();
  // The list's tab (default 待审批); 全部 exports every status.
  const raw = params.get('status') ?? 'requested';
  const status = (SAMPLE_STATUSES as readonly string[]).includes(raw) ? raw : undefined;
  return (
    <Card data-testid="page-matching-sample-requests" title={t('module.matching.sampleRequests')} extra={<OversightExport run={() => matchingApi.exportSamples(status)} />}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: -4 }}>
        {t('sample.incomingIntro')}
      </Typography.Paragraph>
      <SampleList kind="incoming" base="/matching/sample-requests" tabs empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sample.noneIncoming')} />} />
    </Card>
  );
}
