import { Space, Tag, Typography } from 'antd';
import type { Convention } from '../../../api/compliance';
import { useI18n } from '../../../i18n/context';
import { formatDateTime } from '../../../components/time';

/** The convention as read by everyone: title, version, date, numbered clauses with their basis. */
export function ConventionText({ convention }: { convention: Convention }) {
  const { t, locale } = useI18n();
  return (
    <div data-testid="convention-text" data-version={convention.version}>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 8 }} data-testid="convention-title">
        {convention.title}
      </Typography.Title>
      <Space size={[8, 4]} wrap style={{ marginBottom: 12 }}>
        <Tag color="blue" data-testid="convention-version">
          {t('convention.version', { n: convention.version })}
        </Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('convention.publishedAt', { time: formatDateTime(convention.publishedAt, locale) })}
        </Typography.Text>
      </Space>
      {convention.note && (
        <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }} data-testid="convention-note">
          {convention.note}
        </Typography.Paragraph>
      )}
      <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="convention-clauses">
        {convention.clauses.map((c) => (
          <li key={c.number} data-testid="convention-clause" data-number={c.number} style={{ padding: '10px 0', borderTop: '1px solid #f0f0f0', display: 'flex', gap: 10 }}>
            <Tag style={{ flexShrink: 0, marginInlineEnd: 0, height: 'fit-content', minWidth: 58, textAlign: 'center' }}>{t('convention.clauseNo', { n: c.number })}</Tag>
            <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              <div style={{ fontSize: 15, lineHeight: 1.7 }}>{c.text}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('convention.source', { text: c.source })}
              </Typography.Text>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
