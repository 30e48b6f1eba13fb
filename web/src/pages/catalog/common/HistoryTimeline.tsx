import { Empty, Timeline, Typography } from 'antd';
import type { HistoryEntry } from '../../../api/types';
import { useI18n } from '../../../i18n/context';
import { formatDateTime } from '../../../components/time';

interface Props {
  entries: HistoryEntry[];
  /** Names the target state for this kind of record. */
  statusLabel: (status: string) => string;
  /** When given, each entry leads with what was done (分派, 办结…) and the state follows it. */
  eventLabel?: (event: string) => string;
  /** Dot colour of an entry (default: red for rejections, green for approvals, else blue). */
  color?: (entry: HistoryEntry) => string;
}

const defaultColor = (h: HistoryEntry) => (h.to === 'rejected' || h.to === 'suspended' ? 'red' : h.to === 'approved' || h.to === 'verified' ? 'green' : 'blue');

/** Status changes, newest first. */
export function HistoryTimeline({ entries, statusLabel, eventLabel, color = defaultColor }: Props) {
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
        color: color(h),
        content: (
          <div data-testid="history-entry" data-event={h.event} data-to={h.to}>
            <Typography.Text strong>{eventLabel ? eventLabel(h.event) : statusLabel(h.to)}</Typography.Text>
            {eventLabel && h.from !== h.to && <Typography.Text type="secondary"> → {statusLabel(h.to)}</Typography.Text>}
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
