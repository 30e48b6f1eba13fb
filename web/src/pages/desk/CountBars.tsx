import { Empty, Typography } from 'antd';

export interface BarRow {
  key: string | number;
  label: string;
  count: number;
  color?: string;
}

/** Horizontal bars drawn with plain divs (no chart library): label, bar scaled to the largest, count. */
export function CountBars({ rows, labelWidth = 96, 'data-testid': testId }: { rows: BarRow[]; labelWidth?: number; 'data-testid'?: string }) {
  const max = Math.max(0, ...rows.map((r) => r.count));
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <div data-testid={testId} style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      {rows.map((r) => (
        <div key={r.key} data-testid="bar-row" data-key={r.key} data-count={r.count} style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: r.label }} style={{ width: labelWidth, flexShrink: 0, fontSize: 13 }}>
            {r.label}
          </Typography.Text>
          <div style={{ flex: 1, minWidth: 0, background: '#f5f5f5', borderRadius: 4, height: 14 }}>
            <div style={{ width: max ? `${(r.count / max) * 100}%` : 0, minWidth: r.count ? 2 : 0, height: '100%', borderRadius: 4, background: r.color ?? '#1677ff', transition: 'width .3s' }} />
          </div>
          <Typography.Text style={{ width: 40, textAlign: 'right', flexShrink: 0 }}>{r.count}</Typography.Text>
        </div>
      ))}
    </div>
  );
}
