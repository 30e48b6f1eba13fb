import { Alert, Card, Col, Result, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useLocation, useParams } from 'react-router';
import type { ViolationStatus } from '../../../../../src/modules/compliance/violations/violation.machine';
import { useViolation } from '../../../api/violationHooks';
import { useT } from '../../../i18n/context';
import { PageSpin } from '../../../components/PageSpin';
import { HistoryTimeline } from '../../catalog/common/HistoryTimeline';
import { RespondBox } from './RespondBox';
import { StaffActions } from './StaffActions';
import { DeductionTag, ResponseTag, SourceTag, ViolationStatusTag } from './StatusTags';
import { ViolationFacts, ViolationOutcome } from './ViolationFacts';

/** One violation, for staff (handle it), the accused streamer (respond) and the reporter (follow it). */
export function ViolationDetailPage({ base }: { base: string }) {
  const t = useT();
  const { id = '' } = useParams();
  const location = useLocation();
  const q = useViolation(id);
  const from = (location.state as { from?: string } | null)?.from ?? '';
  const back = (
    <Link to={`${base}${from}`} data-testid="violation-back">
      <ArrowLeftOutlined /> {t('common.back')}
    </Link>
  );
  if (q.isPending) return <PageSpin />;
  if (q.isError) return <Result status="warning" title={t('error.loadFailed')} subTitle={q.error.message} extra={back} />;
  const v = q.data;
  const statusLabel = (s: string) => (s in STATUS_KEYS ? t(`violation.status.${s as ViolationStatus}`) : s);
  return (
    <div data-testid="page-compliance-violation" data-violation-id={v.id} data-status={v.status} data-viewer={v.viewerIs}>
      <Card size="small" style={{ marginBottom: 12 }}>
        {back}
        <Typography.Title level={4} style={{ margin: '8px 0', overflowWrap: 'anywhere' }} data-testid="violation-summary">
          {v.summary}
        </Typography.Title>
        <Space size={[4, 4]} wrap>
          <ViolationStatusTag status={v.status} />
          <SourceTag source={v.source} />
          {v.hasResponse && <ResponseTag />}
          {v.creditDeduction !== null && <DeductionTag points={v.creditDeduction} />}
        </Space>
        {v.viewerIs === 'reporter' && <Alert type="info" showIcon style={{ marginTop: 8 }} title={t('violation.anonymous')} />}
        {v.viewerIs === 'accused' && v.canRespond && !v.response && (
          <Alert type="warning" showIcon style={{ marginTop: 8 }} title={t('violation.accusedHint')} data-testid="violation-accused-hint" />
        )}
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <ViolationFacts v={v} />
            <ViolationOutcome v={v} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {v.viewerIs === 'staff' && <StaffActions v={v} />}
            {v.canRespond && <RespondBox v={v} />}
            <Card size="small" title={t('common.history')}>
              <HistoryTimeline entries={v.history} statusLabel={statusLabel} />
            </Card>
          </Space>
        </Col>
      </Row>
    </div>
  );
}

const STATUS_KEYS: Record<ViolationStatus, true> = { reported: true, under_review: true, confirmed: true, dismissed: true, rectified: true };
