import { Tag } from 'antd';
import { useT } from '../../../i18n/context';
import { SEVERITY_STYLE } from '../check/FindingCard';

export type Severity = 'must_fix' | 'caution';

export function SeverityTag({ severity }: { severity: Severity }) {
  const t = useT();
  return (
    <Tag color={SEVERITY_STYLE[severity].color} data-testid="severity-tag" data-severity={severity}>
      {t(`lexicon.severity.${severity}`)}
    </Tag>
  );
}
