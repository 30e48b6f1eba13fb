import { Alert, Card, Empty, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useConvention, useViolationList } from '../../../api/violationHooks';
import { useT } from '../../../i18n/context';
import { ViolationList } from './ViolationList';

/** 我的违规记录: a streamer's own violations, what awaits their response, their convention signature. */
export function MyViolationsPage() {
  const t = useT();
  // The counts of the unfiltered list say how many are still undecided (they may respond to those).
  const all = useViolationList('mine', { page: 1, pageSize: 1 });
  const convention = useConvention();
  const counts = all.data?.counts;
  const open = counts ? (counts.reported ?? 0) + (counts.under_review ?? 0) : 0;
  const c = convention.data;
  return (
    <Card data-testid="page-compliance-my-violations" title={t('module.compliance.myViolations')}>
      {c && (
        <Typography.Paragraph data-testid="my-convention" data-signed={c.mySignature ? 'true' : 'false'}>
          {c.mySignature ? (
            <Typography.Text type="success">
              <CheckCircleOutlined /> {t('violation.conventionSigned', { version: c.version })}
            </Typography.Text>
          ) : (
            <>
              <Typography.Text type="warning">{t('violation.conventionUnsigned', { version: c.version })}</Typography.Text>{' '}
              <Link to="/compliance/convention" data-testid="my-convention-sign">
                {t('violation.goSign')}
              </Link>
            </>
          )}
        </Typography.Paragraph>
      )}
      {open > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('violation.openAlert', { n: open })} data-testid="my-violations-open" />}
      <ViolationList kind="mine" base="/compliance/my-violations" showStreamer={false} empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('violation.noneMine')} />} />
    </Card>
  );
}
