import { Tag } from 'antd';
import { useI18n } from '../../../i18n/context';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export interface SeasonMonthsProps {
  value?: number[];
  /** Without it the chips are read-only (the product page). */
  onChange?: (months: number[]) => void;
  /** Highlight this month (e.g. the current one). */
  current?: number;
  'data-testid'?: string;
}

/** The season calendar as 12 month chips, checkable in the form, read-only elsewhere. */
export function SeasonMonths({ value = [], onChange, current, 'data-testid': testId = 'season-months' }: SeasonMonthsProps) {
  const { locale } = useI18n();
  const fmt = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { month: 'short' });
  const label = (m: number) => fmt.format(new Date(2000, m - 1, 15));
  const set = new Set(value);
  const toggle = (m: number, on: boolean) => onChange?.(MONTHS.filter((x) => (x === m ? on : set.has(x))));
  return (
    <div data-testid={testId} style={{ display: 'grid', gridTemplateColumns: 'repeat(6, minmax(0, 1fr))', gap: 6, maxWidth: 420 }}>
      {MONTHS.map((m) => {
        const on = set.has(m);
        const style = { margin: 0, textAlign: 'center' as const, padding: '4px 0', outline: m === current ? '2px solid #faad14' : undefined };
        return onChange ? (
          <Tag.CheckableTag
            key={m}
            checked={on}
            onChange={(c) => toggle(m, c)}
            style={{ ...style, border: `1px solid ${on ? 'transparent' : '#d9d9d9'}` }}
            data-testid={`season-month-${m}`}
            data-checked={on}
          >
            {label(m)}
          </Tag.CheckableTag>
        ) : (
          <Tag key={m} color={on ? 'green' : undefined} style={{ ...style, opacity: on ? 1 : 0.45 }} data-checked={on}>
            {label(m)}
          </Tag>
        );
      })}
    </div>
  );
}
