import { Typography } from 'antd';
import type { PriceBoard } from '../../../api/cooperation';
import { useT } from '../../../i18n/context';
import { formatFen } from '../../../components/money';
import { shanghaiWall } from '../sessions/sessionBits';

const COLORS = { supply: '#cf1322', far: '#fa8c16', retail: '#389e0d', bar: '#1677ff' };

/**
 * Each session's live price as a bar against three reference lines: the supply price, the
 * "far below" threshold (70 % of the suggested retail price) and the suggested retail price.
 * Plain CSS, so it stays readable at 375 px.
 */
export function PriceChart({ board }: { board: PriceBoard }) {
  const t = useT();
  const { supplyPriceFen: supply, retailPriceFen: retail } = board.product;
  const far = Math.round(retail * board.farBelowRatio);
  const max = Math.max(retail, supply, ...board.sessions.map((s) => s.livePriceFen)) * 1.1 || 1;
  const pct = (fen: number) => `${Math.min(100, (fen / max) * 100).toFixed(2)}%`;
  const lines = [
    { key: 'supply', fen: supply, color: COLORS.supply, label: t('product.supplyPriceShort') },
    { key: 'far', fen: far, color: COLORS.far, label: t('priceBoard.farLine', { pct: Math.round(board.farBelowRatio * 100) }) },
    { key: 'retail', fen: retail, color: COLORS.retail, label: t('product.retailPriceShort') },
  ];
  const line = (l: (typeof lines)[number]) => (
    <div key={l.key} style={{ position: 'absolute', top: -3, bottom: -3, left: pct(l.fen), borderLeft: `2px dashed ${l.color}` }} />
  );
  return (
    <div data-testid="price-board-chart">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 14px', fontSize: 12, marginBottom: 10 }}>
        {lines.map((l) => (
          <span key={l.key}>
            <span style={{ display: 'inline-block', width: 14, borderTop: `2px dashed ${l.color}`, verticalAlign: 'middle', marginInlineEnd: 4 }} />
            {l.label} {formatFen(l.fen)}
          </span>
        ))}
      </div>
      {board.sessions.length === 0 && <Typography.Text type="secondary">{t('priceBoard.noSessions')}</Typography.Text>}
      {board.sessions.map((s) => {
        const color = s.marks.includes('below_supply') ? COLORS.supply : s.marks.includes('far_below_retail') ? COLORS.far : COLORS.bar;
        return (
          <div key={s.sessionId} style={{ marginBottom: 10 }} data-testid="price-chart-bar" data-session-id={s.sessionId}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, fontSize: 12 }}>
              <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                {s.streamerName} · {shanghaiWall(s.startsAt).slice(5)}
              </span>
              <strong style={{ color }}>{formatFen(s.livePriceFen)}</strong>
            </div>
            <div style={{ position: 'relative', height: 12, background: '#f5f5f5', borderRadius: 6, marginTop: 2 }}>
              <div style={{ position: 'absolute', left: 0, top: 0, bottom: 0, width: pct(s.livePriceFen), background: color, opacity: 0.85, borderRadius: 6 }} />
              {lines.map(line)}
            </div>
          </div>
        );
      })}
    </div>
  );
}
