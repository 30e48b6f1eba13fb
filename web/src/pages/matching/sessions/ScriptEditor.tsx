import { Alert, Button, Collapse, Form, Input, Space, Tag, Typography, type FormInstance } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { Finding } from '../../../api/compliance';
import { useI18n } from '../../../i18n/context';
import { useIsMobile } from '../../../layout/useIsMobile';
import { FindingList } from '../../compliance/check/FindingList';
import { HighlightedText } from '../../compliance/check/HighlightedText';
import { applyReplacement } from '../../compliance/check/highlight';
import { useChecker } from '../../compliance/check/useChecker';

/** The checker takes up to 500,000 characters; a session's script at most 200,000. */
const MAX_SCRIPT = 200_000;

/**
 * The session's script: a text area and 「检查话术」, with the findings marked in place and
 * 「采用建议」 as on the 合规检查 page. Saving checks the script again on the server; must-fix
 * findings then block scheduling until fixed or let through by base staff.
 */
export function ScriptEditor({ form }: { form: FormInstance }) {
  const { t } = useI18n();
  const mobile = useIsMobile();
  const text: string = Form.useWatch('script', form) ?? '';
  const { checked, stale, pending, run } = useChecker(text, MAX_SCRIPT);

  const apply = (finding: Finding, replacement: string) => {
    // Offsets index the checked text only; a stale result offers no apply button.
    if (!checked || checked.text !== text) return;
    const next = applyReplacement(text, finding, replacement);
    form.setFieldValue('script', next);
    void run(next);
  };
  const result = checked?.result;
  const findings = result?.findings ?? [];

  return (
    <div id="script" data-testid="session-script-editor">
      <Form.Item name="script" extra={t('session.scriptHint')} style={{ marginBottom: 8 }}>
        <Input.TextArea autoSize={{ minRows: mobile ? 5 : 8, maxRows: mobile ? 12 : 20 }} maxLength={MAX_SCRIPT} placeholder={t('session.scriptPlaceholder')} data-testid="session-script" style={{ fontSize: 15 }} />
      </Form.Item>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap', marginBottom: 8 }}>
        <Button icon={<SafetyCertificateOutlined />} loading={pending} disabled={text.trim() === ''} onClick={() => void run(text)} data-testid="session-script-check">
          {t('session.checkScript')}
        </Button>
        {result && findings.length > 0 && (
          <Typography.Text strong data-testid="check-summary" data-must-fix={result.summary.mustFix} data-caution={result.summary.caution}>
            {t('check.summary', { mustFix: result.summary.mustFix, caution: result.summary.caution })}
          </Typography.Text>
        )}
        {stale && <Tag>{t('check.staleTag')}</Tag>}
      </div>
      {checked && (
        <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="check-result" data-stale={stale} data-pending={pending}>
          {findings.length === 0 ? (
            <Alert type="success" showIcon title={t('check.clean')} description={t('check.cleanHint')} data-testid="check-clean" />
          ) : (
            <>
              {result!.summary.mustFix > 0 && <Alert type="error" showIcon title={t('session.mustFixBeforeSchedule')} data-testid="session-script-must-fix" />}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {mobile ? t('check.hintTap') : t('check.hintHover')}
              </Typography.Text>
              <HighlightedText text={checked.text} findings={findings} stale={stale} tap={mobile} onApply={apply} />
              <Collapse
                size="small"
                items={[{ key: 'list', label: `${t('check.findings')}（${findings.length}）`, children: <FindingList findings={findings} stale={stale} onApply={apply} /> }]}
              />
            </>
          )}
        </Space>
      )}
    </div>
  );
}
