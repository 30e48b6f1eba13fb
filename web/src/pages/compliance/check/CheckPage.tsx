import { useState } from 'react';
import { Alert, Button, Card, Col, Input, Row, Space, Tag, Typography } from 'antd';
import { ClearOutlined, FileTextOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { MAX_CHECK_CHARS } from '../../../../../src/modules/compliance/check.schema';
import type { Finding } from '../../../api/compliance';
import { hasModule, useMe } from '../../../auth/useMe';
import { useI18n } from '../../../i18n/context';
import { useIsMobile } from '../../../layout/useIsMobile';
import { FindingList } from './FindingList';
import { HighlightedText } from './HighlightedText';
import { applyReplacement } from './highlight';
import { ReportModal } from './ReportModal';
import { useChecker } from './useChecker';

/** A short script with several kinds of problems, to show what the checker does. Chinese on purpose: so is the lexicon. */
const EXAMPLE = '家人们，这是全网最低价的纳溪特早茶，喝了能治疗失眠，还能清热解毒，国家级品质，绝对好喝，最后三单！';

/** 合规检查: a streamer's script, title or product description checked against the lexicon, with fixes in place. */
export function CheckPage() {
  const { t, locale } = useI18n();
  const mobile = useIsMobile();
  const me = useMe().data;
  const canReport = hasModule(me, 'compliance.violations');
  const [text, setText] = useState('');
  const [reporting, setReporting] = useState<Finding | null>(null);
  const { checked, stale, pending, run, reset } = useChecker(text, MAX_CHECK_CHARS);
  const tooLong = text.length > MAX_CHECK_CHARS;
  const fmt = (n: number) => n.toLocaleString(locale === 'en' ? 'en' : 'zh-CN');

  const apply = (finding: Finding, replacement: string) => {
    // Offsets index the checked text only; a stale result offers no apply button.
    if (!checked || checked.text !== text) return;
    const next = applyReplacement(text, finding, replacement);
    setText(next);
    void run(next);
  };

  const result = checked?.result;
  const findings = result?.findings ?? [];
  const lexiconNote = result
    ? result.lexicon.version === 0
      ? t('check.lexiconStarter', { terms: fmt(result.lexicon.terms) })
      : t('check.lexicon', { version: result.lexicon.version, terms: fmt(result.lexicon.terms) })
    : null;

  return (
    <div data-testid="page-compliance-check">
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={
              <Space size={6}>
                <SafetyCertificateOutlined />
                {t('module.compliance.check')}
              </Space>
            }
            extra={
              <Button size="small" icon={<FileTextOutlined />} onClick={() => setText(EXAMPLE)} data-testid="check-example">
                {t('check.example')}
              </Button>
            }
          >
            <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
              {t('check.intro')}
            </Typography.Paragraph>
            <Input.TextArea
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={t('check.placeholder')}
              autoSize={{ minRows: mobile ? 6 : 10, maxRows: mobile ? 14 : 24 }}
              status={tooLong ? 'error' : undefined}
              data-testid="check-input"
              style={{ fontSize: 15 }}
            />
            <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginTop: 8, flexWrap: 'wrap' }}>
              <Typography.Text type={tooLong ? 'danger' : 'secondary'} style={{ fontSize: 12, flex: 1, minWidth: 120 }} data-testid="check-count">
                {t('check.chars', { n: fmt(text.length), max: fmt(MAX_CHECK_CHARS) })}
                {tooLong && ` · ${t('check.tooLong', { max: fmt(MAX_CHECK_CHARS) })}`}
              </Typography.Text>
              <Button
                icon={<ClearOutlined />}
                disabled={text === ''}
                onClick={() => {
                  setText('');
                  reset();
                }}
                data-testid="check-clear"
              >
                {t('check.clear')}
              </Button>
              <Button type="primary" loading={pending} disabled={text.trim() === '' || tooLong} onClick={() => void run(text)} data-testid="check-run">
                {t('check.run')}
              </Button>
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('check.result')}
            extra={
              lexiconNote && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="check-lexicon">
                  {lexiconNote}
                </Typography.Text>
              )
            }
            data-testid="check-result"
            data-stale={stale}
            data-pending={pending}
          >
            {!checked ? (
              <Typography.Text type="secondary">{pending ? t('check.checking') : t('check.notRun')}</Typography.Text>
            ) : (
              <Space orientation="vertical" size={10} style={{ width: '100%' }}>
                {stale && <Alert type="warning" showIcon title={t('check.stale')} data-testid="check-stale" />}
                {findings.length === 0 ? (
                  <Alert type="success" showIcon title={t('check.clean')} description={t('check.cleanHint')} data-testid="check-clean" />
                ) : (
                  <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
                    <Typography.Text strong data-testid="check-summary" data-must-fix={result!.summary.mustFix} data-caution={result!.summary.caution}>
                      {t('check.summary', { mustFix: result!.summary.mustFix, caution: result!.summary.caution })}
                    </Typography.Text>
                    {stale && <Tag>{t('check.staleTag')}</Tag>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {mobile ? t('check.hintTap') : t('check.hintHover')}
                    </Typography.Text>
                  </div>
                )}
                {checked.text !== '' && <HighlightedText text={checked.text} findings={findings} stale={stale} tap={mobile} onApply={apply} />}
              </Space>
            )}
          </Card>
        </Col>
      </Row>
      {checked && findings.length > 0 && (
        <Card size="small" title={t('check.findings')} style={{ marginTop: 12 }}>
          <FindingList findings={findings} stale={stale} onApply={apply} onReport={canReport ? setReporting : undefined} />
        </Card>
      )}
      {canReport && <ReportModal finding={reporting} text={checked?.text ?? ''} onClose={() => setReporting(null)} />}
    </div>
  );
}
