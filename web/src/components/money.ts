/** Money is integer fen on the wire; people read and type yuan. Commission is basis points. */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return `¥${(fen / 100).toFixed(2)}`;
}

export function fenToYuan(fen: number | null | undefined): number | null {
  return fen === null || fen === undefined ? null : fen / 100;
}

/** Yuan as typed (up to 2 decimals) → integer fen, without float drift (12.8 → 1280). */
export function yuanToFen(yuan: number | null | undefined): number | null {
  return yuan === null || yuan === undefined || Number.isNaN(yuan) ? null : Math.round(yuan * 100);
}

/** 2000 → "20%", 1250 → "12.5%". */
export function formatBp(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '—';
  return `${Number((bp / 100).toFixed(2))}%`;
}

export function percentToBp(pct: number | null | undefined): number | null {
  return pct === null || pct === undefined || Number.isNaN(pct) ? null : Math.round(pct * 100);
}
