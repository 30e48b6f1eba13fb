import { Tag, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import type { SampleStatus } from '../../../../../src/modules/matching/rules/sample.machine';
import { useI18n, type TFunction } from '../../../i18n/context';
import { formatDateTime } from '../../../components/time';

export const SAMPLE_STATUS_COLORS: Record<SampleStatus, string> = {
  requested: 'processing',
  approved: 'gold',
  declined: 'error',
  expired: 'default',
  shipped: 'blue',
  received: 'cyan',
  evaluated: 'success',
  overdue: 'volcano',
  cancelled: 'default',
};

export function SampleStatusTag({ status }: { status: SampleStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={SAMPLE_STATUS_COLORS[status]} data-testid="sample-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`sample.status.${status}`)}
    </Tag>
  );
}

/** "还剩 2 天" / "还剩 5 小时" / "已超时", from now to `iso`. */
export function remaining(t: TFunction, iso: string, now = Date.now()): { text: string; late: boolean; soon: boolean } {
  const ms = Date.parse(iso) - now;
  if (ms <= 0) return { text: t('sample.due.late'), late: true, soon: false };
  const days = Math.floor(ms / 86_400_000);
  const hours = Math.floor(ms / 3_600_000);
  if (days >= 1) return { text: hours % 24 ? t('sample.due.daysHours', { d: days, h: hours % 24 }) : t('sample.due.days', { n: days }), late: false, soon: days < 2 };
  return { text: hours >= 1 ? t('sample.due.hours', { n: hours }) : t('sample.due.lessThanHour'), late: false, soon: true };
}

/** What the time limit of a state means: 审批时限, 自动签收, 评价时限. */
export function dueLabel(t: TFunction, status: SampleStatus): string {
  if (status === 'requested') return t('sample.dueLabel.requested');
  if (status === 'shipped') return t('sample.dueLabel.shipped');
  if (status === 'received') return t('sample.dueLabel.received');
  return t('sample.dueLabel.other');
}

/** The next time limit of the state, relative, with the exact time as a tooltip or after it. */
export function DueText({ dueAt, status, full = false }: { dueAt: string | null; status: SampleStatus; full?: boolean }) {
  const { t, locale } = useI18n();
  if (!dueAt) return <Typography.Text type="secondary">—</Typography.Text>;
  const r = remaining(t, dueAt);
  return (
    <span data-testid="sample-due" data-late={r.late ? 'true' : 'false'} title={formatDateTime(dueAt, locale)} style={{ whiteSpace: full ? 'normal' : 'nowrap' }}>
      <Typography.Text type={r.late ? 'danger' : r.soon ? 'warning' : undefined}>
        <ClockCircleOutlined /> {full ? `${dueLabel(t, status)} ` : ''}
        {r.text}
      </Typography.Text>
      {full && <Typography.Text type="secondary"> （{formatDateTime(dueAt, locale)}）</Typography.Text>}
    </span>
  );
}
