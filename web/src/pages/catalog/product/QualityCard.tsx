import { Card, Collapse, Progress, Space, Table, Typography } from 'antd';
import type { Quality } from '../../../api/types';
import { useI18n } from '../../../i18n/context';
import type { MessageKey } from '../../../i18n/zh-CN';

const PART_KEYS = ['evidence', 'freshness', 'verification', 'samples', 'after_sale', 'incidents'] as const;
const EN_PART_LABELS: Record<string, string> = {
  evidence: 'Evidence completeness',
  freshness: 'Evidence freshness',
  verification: 'Verification depth',
  samples: 'Sample ratings',
  after_sale: 'After-sale',
  incidents: 'Quality incidents',
};

type Part = Quality['parts'][number];

/** The quality score with its breakdown and the "如何计算" panel (same parts as the server's formula). */
export function QualityCard({ quality }: { quality: Quality }) {
  const { t, locale } = useI18n();
  const label = (p: Part) => (locale === 'en' ? (EN_PART_LABELS[p.key] ?? p.label) : p.label);
  const rule = (key: string) => ((PART_KEYS as readonly string[]).includes(key) ? t(`quality.rule.${key}` as MessageKey) : '');
  const color = quality.score >= 85 ? '#52c41a' : quality.score >= 70 ? '#1677ff' : quality.score >= 60 ? '#fa8c16' : '#f5222d';
  return (
    <Card title={t('product.quality')} size="small" data-testid="quality-card">
      <Space align="center" size={16} wrap>
        <Progress type="dashboard" percent={quality.score} format={() => <span data-testid="quality-score">{quality.score}</span>} strokeColor={color} size={96} />
        <div style={{ minWidth: 0 }}>
          {quality.parts.map((p) => (
            <div key={p.key} data-testid={`quality-part-${p.key}`}>
              <Typography.Text>{label(p)}</Typography.Text>{' '}
              <Typography.Text strong type={p.points < 0 ? 'danger' : undefined}>
                {p.points}
                {p.max > 0 ? ` / ${p.max}` : ''}
              </Typography.Text>
            </div>
          ))}
        </div>
      </Space>
      <Collapse
        ghost
        size="small"
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'how',
            label: <span data-testid="quality-how">{t('quality.how')}</span>,
            children: (
              <div data-testid="quality-how-panel">
                <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
                  {t('quality.intro')}
                </Typography.Paragraph>
                <Table<Part>
                  size="small"
                  rowKey="key"
                  pagination={false}
                  dataSource={quality.parts}
                  scroll={{ x: 'max-content' }}
                  columns={[
                    { title: t('quality.part'), key: 'label', render: (_, p) => label(p) },
                    { title: t('quality.points'), key: 'points', render: (_, p) => (p.max > 0 ? `${p.points} / ${p.max}` : p.points) },
                    {
                      title: t('quality.detail'),
                      key: 'detail',
                      render: (_, p) => (
                        <div style={{ minWidth: 180, maxWidth: 420, whiteSpace: 'normal' }}>
                          <div>{p.detail}</div>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {rule(p.key)}
                          </Typography.Text>
                        </div>
                      ),
                    },
                  ]}
                />
              </div>
            ),
          },
        ]}
      />
    </Card>
  );
}
