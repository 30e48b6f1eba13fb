import { useState, type ReactNode } from 'react';
import { Select, Space, Tag, Typography } from 'antd';
import { DownOutlined, RightOutlined } from '@ant-design/icons';
import type { Recommendation } from '../../../api/matching';
import { useI18n } from '../../../i18n/context';
import type { MessageKey } from '../../../i18n/zh-CN';

type Part = Recommendation['parts'][number];

const PART_KEYS = ['category', 'audience', 'price', 'season', 'capacity', 'quality', 'local', 'reach'];

/** This month in Shanghai (1–12). */
export const thisMonth = () => Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', month: 'numeric' }).format(new Date()));

/** 本月 (the default) or the month of the planned session, 1–12. */
export function MonthSelect({ value, onChange, 'data-testid': testId }: { value?: number; onChange: (m: number | undefined) => void; 'data-testid'?: string }) {
  const { t } = useI18n();
  const now = thisMonth();
  return (
    <Select<number>
      value={value ?? 0}
      onChange={(m) => onChange(m === 0 ? undefined : m)}
      style={{ width: 150 }}
      virtual={false}
      data-testid={testId}
      options={[
        { value: 0, label: t('match.monthNow', { m: now }) },
        ...Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('match.monthN', { m: i + 1 }) })),
      ]}
    />
  );
}

/** The ranker's reasons ("应季", "本地好品"…) in green and its cautions ("日产能的 15 倍") in orange, as the server words them. */
export function ReasonTags({ reasons, cautions = [] }: { reasons: string[]; cautions?: string[] }) {
  return (
    <Space size={[4, 4]} wrap>
      {reasons.map((r) => (
        <Tag key={r} color="green" variant="outlined" data-testid="reason-tag" style={{ marginInlineEnd: 0 }}>
          {r}
        </Tag>
      ))}
      {cautions.map((r) => (
        <Tag key={r} color="orange" variant="outlined" data-testid="caution-tag" style={{ marginInlineEnd: 0 }}>
          {r}
        </Tag>
      ))}
    </Space>
  );
}

/** 为什么推荐: each part of the score, its points out of its weight as a small bar. */
export function ScoreParts({ parts }: { parts: Part[] }) {
  const { t, locale } = useI18n();
  const label = (p: Part) => (locale === 'en' && PART_KEYS.includes(p.key) ? t(`match.part.${p.key}` as MessageKey) : p.label);
  return (
    <div data-testid="score-parts">
      {parts.map((p) => (
        <div key={p.key} data-testid="score-part" data-key={p.key} style={{ display: 'flex', alignItems: 'center', gap: 8, fontSize: 12 }}>
          <Typography.Text style={{ width: locale === 'en' ? 96 : 72, flexShrink: 0, fontSize: 12 }}>{label(p)}</Typography.Text>
          <div style={{ flex: 1, height: 6, borderRadius: 3, background: '#f0f0f0', overflow: 'hidden' }}>
            <div style={{ width: `${p.weight > 0 ? Math.min(100, Math.max(0, (p.points / p.weight) * 100)) : 0}%`, height: '100%', background: p.points >= p.weight * 0.7 ? '#52c41a' : '#1677ff' }} />
          </div>
          <Typography.Text type="secondary" style={{ width: 64, textAlign: 'right', flexShrink: 0, fontSize: 12 }}>
            {fmt(p.points)} / {fmt(p.weight)}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}

/** 为什么推荐 as a toggle on the left of `extra` (a button); the parts open below, full width. */
export function WhyToggle({ parts, label, extra }: { parts: Part[]; label: string; extra?: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Typography.Link onClick={() => setOpen((o) => !o)} style={{ flex: 1, fontSize: 13 }} data-testid="why" aria-expanded={open}>
          {open ? <DownOutlined /> : <RightOutlined />} {label}
        </Typography.Link>
        {extra}
      </div>
      {open && (
        <div style={{ marginTop: 8 }}>
          <ScoreParts parts={parts} />
        </div>
      )}
    </div>
  );
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** The total score, 0–100, one decimal. */
export function ScoreBadge({ score }: { score: number }) {
  const { t } = useI18n();
  return (
    <span data-testid="match-score" data-score={score} style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text strong style={{ fontSize: 18, color: '#c41d1d' }}>
        {fmt(score)}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {' '}
        {t('match.points')}
      </Typography.Text>
    </span>
  );
}

/** 2244000 → "224.4 万" in Chinese, "2.24M" in English. */
export function formatFollowers(n: number, locale: string): string {
  if (locale === 'en') return n >= 1e6 ? `${Number((n / 1e6).toFixed(2))}M` : n >= 1e3 ? `${Number((n / 1e3).toFixed(1))}K` : String(n);
  return n >= 10_000 ? `${Number((n / 10_000).toFixed(1))} 万` : String(n);
}
