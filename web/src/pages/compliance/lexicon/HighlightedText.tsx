import { Tooltip } from 'antd';
import type { Finding } from '../../../api/compliance';
import { SEVERITY_STYLE } from '../check/FindingCard';
import { segmentsOf } from '../check/highlight';

interface Props {
  text: string;
  findings: Finding[];
  /** Findings of this term get a thicker outline (the entry being edited). */
  emphasise?: string;
}

/** The "try it" text with each finding marked, split by the script editor's pure `segmentsOf`. */
export function HighlightedText({ text, findings, emphasise }: Props) {
  return (
    <div data-testid="try-highlighted" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: 1.9, background: '#fafafa', padding: 8, borderRadius: 6 }}>
      {segmentsOf(text, findings).map((s) => {
        if (s.kind === 'plain') return <span key={`p${s.start}`}>{s.text}</span>;
        const f = s.finding;
        const c = SEVERITY_STYLE[f.severity];
        const own = emphasise !== undefined && f.term === emphasise;
        return (
          <Tooltip key={`m${s.start}`} title={`${f.term} · ${f.why}`}>
            <mark
              data-testid="try-mark"
              data-term={f.term}
              data-severity={f.severity}
              data-own={own ? 'true' : undefined}
              style={{ background: c.background, color: 'inherit', borderBottom: `2px solid ${c.border}`, outline: own ? `2px solid ${c.border}` : undefined, borderRadius: 2, padding: '0 1px' }}
            >
              {s.text}
            </mark>
          </Tooltip>
        );
      })}
    </div>
  );
}
