import { Tag } from 'antd';
import type { ViolationSource, ViolationStatus } from '../../../../../src/modules/compliance/violations/violation.machine';
import { useT } from '../../../i18n/context';

export const STATUS_COLORS: Record<ViolationStatus, string> = {
  reported: 'blue',
  under_review: 'gold',
  confirmed: 'red',
  dismissed: 'default',
  rectified: 'green',
};

export function ViolationStatusTag({ status }: { status: ViolationStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="violation-status" data-status={status}>
      {t(`violation.status.${status}`)}
    </Tag>
  );
}

export function SourceTag({ source }: { source: ViolationSource }) {
  const t = useT();
  return (
    <Tag data-testid="violation-source" data-source={source}>
      {t(`violation.source.${source}`)}
    </Tag>
  );
}

export function ResponseTag() {
  const t = useT();
  return (
    <Tag color="purple" data-testid="violation-has-response">
      {t('violation.hasResponse')}
    </Tag>
  );
}

export function DeductionTag({ points }: { points: number }) {
  const t = useT();
  return (
    <Tag color="volcano" data-testid="violation-deduction" data-points={points}>
      {t('violation.deductionValue', { n: points })}
    </Tag>
  );
}
