import { Card, Descriptions, Space, Typography } from 'antd';
import type { Violation } from '../../../api/compliance';
import { useI18n } from '../../../i18n/context';
import { FileGallery } from '../../../components/FileThumb';
import { formatDateTime } from '../../../components/time';
import { SeverityTag } from '../lexicon/SeverityTag';
import { DeductionTag } from './StatusTags';

const dash = (s: string | null | undefined) => s || '—';
const block = { whiteSpace: 'pre-wrap' as const, overflowWrap: 'anywhere' as const, marginBottom: 0 };

/** What was reported: who, what, where, when, the evidence and the checker finding it came from. */
export function ViolationFacts({ v }: { v: Violation }) {
  const { t, locale } = useI18n();
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" title={t('violation.facts')} data-testid="violation-facts">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          bordered
          items={[
            {
              key: 'streamer',
              label: t('violation.streamer'),
              children: (
                <span data-testid="violation-streamer">
                  {v.streamer.displayName}
                  {v.streamer.unitName ? ` · ${v.streamer.unitName}` : ''}
                </span>
              ),
            },
            { key: 'source', label: t('violation.source'), children: t(`violation.source.${v.source}`) },
            ...(v.reporterName ? [{ key: 'reporter', label: t('violation.reporter'), children: <span data-testid="violation-reporter">{v.reporterName}</span> }] : []),
            { key: 'reportedAt', label: t('violation.reportedAt'), children: formatDateTime(v.reportedAt, locale) },
            { key: 'occurredOn', label: t('violation.occurredOn'), children: dash(v.occurredOn) },
            { key: 'place', label: t('violation.place'), children: dash(v.place) },
            { key: 'clause', label: t('violation.clauseBroken'), children: v.clause === null ? '—' : t('violation.clauseValue', { n: v.clause }) },
          ]}
        />
        {v.details && (
          <div style={{ marginTop: 12 }}>
            <Typography.Text strong>{t('violation.details')}</Typography.Text>
            <Typography.Paragraph style={block} data-testid="violation-details">
              {v.details}
            </Typography.Paragraph>
          </div>
        )}
      </Card>
      <Card size="small" title={t('violation.evidence')} data-testid="violation-evidence">
        {v.evidenceText ? (
          <Typography.Paragraph style={{ ...block, background: '#fafafa', padding: '6px 10px', borderRadius: 4 }} data-testid="violation-evidence-text">
            {v.evidenceText}
          </Typography.Paragraph>
        ) : null}
        {v.evidenceFiles.length > 0 && (
          <div style={{ marginTop: v.evidenceText ? 12 : 0 }} data-testid="violation-evidence-files">
            <FileGallery files={v.evidenceFiles} />
          </div>
        )}
        {!v.evidenceText && v.evidenceFiles.length === 0 && <Typography.Text type="secondary">{t('violation.noEvidence')}</Typography.Text>}
        {v.finding && (
          <div style={{ marginTop: 12, padding: '8px 10px', border: '1px dashed #d9d9d9', borderRadius: 6 }} data-testid="violation-finding">
            <Space size={[4, 4]} wrap>
              <Typography.Text type="secondary">{t('violation.finding')}</Typography.Text>
              <SeverityTag severity={v.finding.severity} />
              <Typography.Text strong>「{v.finding.text}」</Typography.Text>
              {v.finding.text !== v.finding.term && <Typography.Text type="secondary">→ {v.finding.term}</Typography.Text>}
            </Space>
            <div style={{ fontSize: 12, marginTop: 4 }}>
              {t(`lexicon.category.${v.finding.category}`)} · {t('violation.clauseValue', { n: v.finding.clause })} · {v.finding.basis}
            </div>
          </div>
        )}
      </Card>
    </Space>
  );
}

/** The streamer's 陈述与申辩, the decision and the rectification, when there are any. */
export function ViolationOutcome({ v }: { v: Violation }) {
  const { t, locale } = useI18n();
  if (!v.response && !v.decision && !v.rectification) return null;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {v.response && (
        <Card size="small" title={t('violation.response')} data-testid="violation-response">
          <Typography.Paragraph style={block}>{v.response.text}</Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(v.response.at, locale)}
          </Typography.Text>
        </Card>
      )}
      {v.decision && (
        <Card size="small" title={v.status === 'dismissed' ? t('violation.decisionDismissed') : t('violation.decision')} data-testid="violation-decision">
          <Descriptions
            size="small"
            column={1}
            items={[
              ...(v.decision.clause !== null
                ? [{ key: 'clause', label: t('violation.clauseBroken'), children: `${t('violation.clauseValue', { n: v.decision.clause })} ${v.decision.clauseText ?? ''}` }]
                : []),
              ...(v.decision.evidence ? [{ key: 'evidence', label: t('violation.decisionEvidence'), children: <span style={block}>{v.decision.evidence}</span> }] : []),
              ...(v.decision.creditDeduction !== null
                ? [{ key: 'deduction', label: t('violation.deduction'), children: <DeductionTag points={v.decision.creditDeduction} /> }]
                : []),
              ...(v.decision.note ? [{ key: 'note', label: t('violation.decisionNote'), children: <span style={block}>{v.decision.note}</span> }] : []),
              { key: 'by', label: t('violation.decidedBy'), children: `${dash(v.decision.decidedByName)} · ${formatDateTime(v.decision.at, locale)}` },
            ]}
          />
        </Card>
      )}
      {v.rectification && (
        <Card size="small" title={t('violation.rectification')} data-testid="violation-rectification">
          <Typography.Paragraph style={block}>{v.rectification.note}</Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(v.rectification.at, locale)}
          </Typography.Text>
        </Card>
      )}
    </Space>
  );
}
