import { useEffect, useMemo, useState } from 'react';
import { Popover } from 'antd';
import type { Finding } from '../../../api/compliance';
import { FindingCard, SEVERITY_STYLE } from './FindingCard';
import { segmentsOf } from './highlight';

interface Props {
  /** The text the findings were computed for (not necessarily the editor's current text). */
  text: string;
  findings: readonly Finding[];
  /** Grey the marks out: the editor's text has changed since. */
  stale: boolean;
  /** Phones open the card on tap, desktops on hover. */
  tap: boolean;
  onApply?: (finding: Finding, replacement: string) => void;
  /** A saved text shown for reading (a session's script): the cards offer no 「采用建议」. */
  readOnly?: boolean;
}

/** The checked text with each finding marked in place; a mark opens its card. */
export function HighlightedText({ text, findings, stale, tap, onApply, readOnly = false }: Props) {
  const segments = useMemo(() => segmentsOf(text, findings), [text, findings]);
  const [open, setOpen] = useState<number | null>(null);
  // A new result may put another finding at the same offset: start closed.
  useEffect(() => setOpen(null), [text, findings]);
  return (
    <div
      data-testid="check-highlight"
      data-stale={stale}
      style={{
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
        lineHeight: 2,
        fontSize: 15,
        maxHeight: 480,
        overflowY: 'auto',
        padding: '8px 12px',
        background: '#fff',
        border: '1px solid #f0f0f0',
        borderRadius: 6,
      }}
    >
      {segments.map((s) => {
        if (s.kind === 'plain') return <span key={`p${s.start}`}>{s.text}</span>;
        const f = s.finding;
        const key = `m${f.start}-${f.end}`;
        const isOpen = open === s.start;
        const style = SEVERITY_STYLE[f.severity];
        const mark = (
          <span
            key={key}
            role="button"
            tabIndex={0}
            data-testid="finding-mark"
            data-severity={f.severity}
            data-start={f.start}
            data-end={f.end}
            data-stale={stale}
            onMouseEnter={tap || isOpen ? undefined : () => setOpen(s.start)}
            onClick={isOpen ? undefined : () => setOpen(s.start)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                setOpen(isOpen ? null : s.start);
              }
            }}
            style={{
              background: stale ? '#f5f5f5' : style.background,
              borderBottom: `2px solid ${stale ? '#bfbfbf' : style.border}`,
              color: stale ? 'rgba(0,0,0,0.45)' : undefined,
              borderRadius: 2,
              padding: '1px 0',
              cursor: 'pointer',
            }}
          >
            {s.text}
          </span>
        );
        // Only the open mark carries a Popover: a long transcript can have thousands of marks.
        if (!isOpen) return mark;
        return (
          <Popover
            key={key}
            content={
              <FindingCard
                finding={f}
                stale={stale}
                readOnly={readOnly || !onApply}
                onApply={(finding, replacement) => {
                  setOpen(null);
                  onApply?.(finding, replacement);
                }}
              />
            }
            trigger={tap ? 'click' : 'hover'}
            open
            onOpenChange={(next) => {
              if (!next) setOpen(null);
            }}
            placement="bottom"
          >
            {mark}
          </Popover>
        );
      })}
    </div>
  );
}
