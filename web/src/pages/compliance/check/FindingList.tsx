import { Button, Typography } from 'antd';
import { FlagOutlined } from '@ant-design/icons';
import type { Finding } from '../../../api/compliance';
import { useT } from '../../../i18n/context';
import { ApplyButton, FindingFacts, FindingTags, SEVERITY_STYLE } from './FindingCard';

interface Props {
  findings: readonly Finding[];
  stale: boolean;
  onApply: (finding: Finding, replacement: string) => void;
  /** Staff may record a finding as a violation of a streamer. */
  onReport?: (finding: Finding) => void;
}

/** Every finding with its reasons, in text order. */
export function FindingList({ findings, stale, onApply, onReport }: Props) {
  const t = useT();
  return (
    <div data-testid="finding-list" style={{ opacity: stale ? 0.55 : 1 }}>
      {findings.map((f, i) => (
        <div
          key={`${f.start}-${f.end}`}
          data-testid="finding-row"
          data-severity={f.severity}
          data-start={f.start}
          data-end={f.end}
          style={{
            padding: '10px 12px',
            borderLeft: `3px solid ${SEVERITY_STYLE[f.severity].border}`,
            background: '#fafafa',
            borderRadius: 4,
            marginTop: i === 0 ? 0 : 8,
          }}
        >
          <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap', marginBottom: 4 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {i + 1}.
            </Typography.Text>
            <Typography.Text strong data-testid="finding-text">
              「{f.text}」
            </Typography.Text>
            <FindingTags finding={f} />
          </div>
          <FindingFacts finding={f} />
          <div style={{ marginTop: 8, display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
            <ApplyButton finding={f} disabled={stale} onApply={onApply} />
            {onReport && (
              <Button size="small" icon={<FlagOutlined />} disabled={stale} onClick={() => onReport(f)} data-testid="finding-report">
                {t('check.report')}
              </Button>
            )}
          </div>
        </div>
      ))}
    </div>
  );
}
