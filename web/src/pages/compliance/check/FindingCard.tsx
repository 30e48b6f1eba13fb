import type { ReactNode } from 'react';
import { Button, Space, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import type { Finding } from '../../../api/compliance';
import { useT } from '../../../i18n/context';
import { replacementOf } from './highlight';

export const SEVERITY_STYLE: Record<Finding['severity'], { color: string; background: string; border: string }> = {
  must_fix: { color: 'red', background: '#fff1f0', border: '#ff4d4f' },
  caution: { color: 'orange', background: '#fff7e6', border: '#fa8c16' },
};

/** Category and severity tags of a finding. */
export function FindingTags({ finding }: { finding: Finding }) {
  const t = useT();
  return (
    <Space size={[4, 4]} wrap>
      <Tag color={SEVERITY_STYLE[finding.severity].color} data-testid="finding-severity" style={{ marginInlineEnd: 0 }}>
        {t(`check.severity.${finding.severity}`)}
      </Tag>
      <Tag style={{ marginInlineEnd: 0 }} data-testid="finding-category">
        {t(`check.category.${finding.category}`)}
      </Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('check.clause', { n: finding.clause })}
      </Typography.Text>
    </Space>
  );
}

/** 依据 / 原因 / 建议改写 as short labelled lines. */
export function FindingFacts({ finding }: { finding: Finding }) {
  const t = useT();
  const line = (label: string, value: ReactNode, testId: string) => (
    <div style={{ marginTop: 4, overflowWrap: 'anywhere' }} data-testid={testId}>
      <Typography.Text type="secondary">{label}{t('check.colon')}</Typography.Text>
      {value}
    </div>
  );
  return (
    <>
      {line(t('check.basis'), finding.basis, 'finding-basis')}
      {line(t('check.why'), finding.why, 'finding-why')}
      {line(t('check.suggestion'), <Typography.Text strong>{finding.suggestion}</Typography.Text>, 'finding-suggestion')}
    </>
  );
}

interface ApplyProps {
  finding: Finding;
  /** The result is out of date: its offsets no longer index the editor's text. */
  disabled: boolean;
  onApply: (finding: Finding, replacement: string) => void;
  size?: 'small' | 'middle';
}

/** 「采用建议」: replaces the finding by the phrase the suggestion offers, if it offers one. */
export function ApplyButton({ finding, disabled, onApply, size = 'small' }: ApplyProps) {
  const t = useT();
  const replacement = replacementOf(finding);
  if (replacement === null) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="finding-manual">
        {t('check.manual')}
      </Typography.Text>
    );
  }
  return (
    <Button
      type="primary"
      size={size}
      icon={<CheckOutlined />}
      disabled={disabled}
      onClick={() => onApply(finding, replacement)}
      data-testid="apply-suggestion"
      data-replacement={replacement}
      title={t('check.replaceWith', { text: replacement })}
      style={{ maxWidth: '100%' }}
    >
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{t('check.apply')}</span>
    </Button>
  );
}

/** The card shown over a mark: what is wrong, why, what to say instead (read-only: no apply button). */
export function FindingCard({ finding, stale, onApply, readOnly = false }: { finding: Finding; stale: boolean; onApply: ApplyProps['onApply']; readOnly?: boolean }) {
  const t = useT();
  const replacement = replacementOf(finding);
  return (
    <div style={{ width: 'min(340px, calc(100vw - 48px))' }} data-testid="finding-card">
      <div style={{ marginBottom: 6 }}>
        <Typography.Text strong style={{ fontSize: 15 }}>
          「{finding.text}」
        </Typography.Text>
      </div>
      <FindingTags finding={finding} />
      <FindingFacts finding={finding} />
      <div style={{ marginTop: 10, display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        {!readOnly && <ApplyButton finding={finding} disabled={stale} onApply={onApply} />}
        {replacement !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }} data-testid="finding-replacement">
            {t('check.replaceWith', { text: replacement })}
          </Typography.Text>
        )}
      </div>
    </div>
  );
}
