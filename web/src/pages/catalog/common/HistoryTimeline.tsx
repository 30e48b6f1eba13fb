import { Empty, Timeline, Typography } from 'antd';
import type { HistoryEntry } from '../../../api/types';
import { useI18n } from '../../../i18n/context';
import { formatDateTime } from '../../../components/time';

/** Status changes, newest first; `statusLabel` names the target state for this kind of record. */
export function HistoryTimeline({ entries, statusLabel }: { entries: HistoryEntry[]; statusLabel: (status: string) => string }) {
  const { locale } = useI18n();
  if (entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  // Newest first; entries with the same time keep their recorded order, reversed.
  const sorted = entries
    .map((h, i) => ({ h, i }))
    .sort((a, b) => b.h.at.localeCompare(a.h.at) || b.i - a.i)
    .map((x) => x.h);
  return (
    <Timeline
      data-testid="history"
      items={sorted.map((h, i) => ({
        key: `${h.at}-${i}`,
        color: h.to === 'rejected' || h.to === 'suspended' ? 'red' : h.to === 'approved' || h.to === 'verified' ? 'green' : 'blue',
        content: (
          <div data-testid="history-entry">
            <Typography.Text strong>{statusLabel(h.to)}</Typography.Text>
            {h.actorName && <Typography.Text type="secondary"> · {h.actorName}</Typography.Text>}
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(h.at, locale)}
              </Typography.Text>
            </div>
            {h.note && <div style={{ whiteSpace: 'pre-wrap' }}>{h.note}</div>}
          </div>
        ),
      }))}
    />
  );
}
