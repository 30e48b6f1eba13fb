import { useState } from 'react';
import { Alert, Button, Card, Input, Space, Tag, Typography } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { complianceApi, type CheckResult, type LexiconTryBody } from '../../../api/compliance';
import { useT } from '../../../i18n/context';
import { useNotifyError } from '../../../components/useNotifyError';
import { HighlightedText } from './HighlightedText';
import { SeverityTag } from './SeverityTag';

interface Props {
  /** The entry as currently edited (unsaved), or undefined when it has no term yet. */
  draft: () => LexiconTryBody['draft'];
}

/** 试一试: checks a sample text against the lexicon in force with the unsaved edit applied. */
export function TryBox({ draft }: Props) {
  const t = useT();
  const notifyError = useNotifyError();
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ text: string; term?: string; data: CheckResult } | null>(null);
  const run = useMutation({
    mutationFn: (body: LexiconTryBody) => complianceApi.tryLexicon(body),
    onSuccess: (data, body) => setResult({ text: body.text, term: body.draft?.term, data }),
    onError: notifyError,
  });
  const term = result?.term;
  const own = result && term ? result.data.findings.filter((f) => f.term === term).length : 0;

  return (
    <Card size="small" title={<><ExperimentOutlined /> {t('lexicon.try.title')}</>} data-testid="lexicon-try">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('lexicon.try.intro')}
      </Typography.Paragraph>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={20_000}
        placeholder={t('lexicon.try.placeholder')}
        data-testid="lexicon-try-text"
      />
      <Button
        style={{ marginTop: 8 }}
        icon={<ExperimentOutlined />}
        disabled={!text.trim()}
        loading={run.isPending}
        onClick={() => run.mutate({ text, draft: draft() })}
        data-testid="lexicon-try-run"
      >
        {t('lexicon.try.run')}
      </Button>
      {result && (
        <div style={{ marginTop: 12 }} data-testid="lexicon-try-result">
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 6 }}>
            {t('lexicon.try.summary', { mustFix: result.data.summary.mustFix, caution: result.data.summary.caution })}
          </Typography.Text>
          {term && (
            <Alert
              type={own > 0 ? 'info' : 'warning'}
              showIcon
              style={{ marginBottom: 8 }}
              title={own > 0 ? t('lexicon.try.thisTermHits', { term, n: own }) : t('lexicon.try.thisTermMissed', { term })}
              data-testid="lexicon-try-own"
              data-hits={own}
            />
          )}
          {result.data.findings.length === 0 ? (
            <Typography.Text type="secondary">{t('lexicon.try.none')}</Typography.Text>
          ) : (
            <>
              <HighlightedText text={result.text} findings={result.data.findings} emphasise={term} />
              <Space orientation="vertical" size={6} style={{ width: '100%', marginTop: 8 }} data-testid="lexicon-try-findings">
                {result.data.findings.map((f, i) => {
                  const mine = f.term === term;
                  return (
                    <div
                      key={i}
                      data-testid="try-finding"
                      data-term={f.term}
                      style={{ padding: '6px 8px', borderRadius: 6, border: mine ? '1px solid #1677ff' : '1px solid #f0f0f0', background: mine ? '#e6f4ff' : undefined }}
                    >
                      <Space size={[4, 4]} wrap>
                        <SeverityTag severity={f.severity} />
                        <Typography.Text strong>「{f.text}」</Typography.Text>
                        {f.text !== f.term && <Typography.Text type="secondary">→ {f.term}</Typography.Text>}
                        {mine && <Tag color="blue">{t('lexicon.try.thisTerm')}</Tag>}
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('lexicon.clauseValue', { n: f.clause })} · {f.basis}
                        </Typography.Text>
                      </Space>
                      <div style={{ fontSize: 12, marginTop: 2 }}>
                        {f.why} {t('lexicon.try.suggest')}
                        {f.suggestion}
                      </div>
                    </div>
                  );
                })}
              </Space>
            </>
          )}
        </div>
      )}
    </Card>
  );
}
