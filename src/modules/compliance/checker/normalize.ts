import * as OpenCC from 'opencc-js';

/**
 * Text as the matcher sees it, with the way back to the original. Each UTF-16 code unit maps,
 * through one table lookup, to its normal form:
 * - full-width letters and digits to half-width (NFKC), letters to lower case;
 * - traditional characters to simplified (opencc-js, one character at a time, so positions stay);
 * - noise — spaces, punctuation, symbols, emoji halves — to nothing, so 最*低*价 and 最 低 价
 *   read as 最低价;
 * and a run of the same Chinese character collapses to one (最最最低价 → 最低价; digits and letters
 * never collapse, so 100 stays 100). 壹 reads as 一 (第壹). % is kept: 100% is not 100. For every unit of the
 * normalised text we keep the original offsets it came from, so findings point into the text the
 * user wrote (JavaScript string indices).
 */
const NOISE = 0;
let table: Uint16Array | null = null;

function buildTable(): Uint16Array {
  const t = new Uint16Array(65536);
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogate halves: emoji and rare characters are noise
    const ch = String.fromCharCode(c);
    if (/[\p{P}\p{S}\p{Z}\p{C}]/u.test(ch) && ch !== '%' && ch !== '％') continue;
    let n = ch.normalize('NFKC').toLowerCase();
    if (n.length !== 1) n = ch.toLowerCase();
    if (n.length !== 1) continue;
    const code = n.charCodeAt(0);
    if (/[\p{P}\p{S}\p{Z}\p{C}]/u.test(n) && n !== '%') continue;
    if (code >= 0x3400 && code <= 0x9fff) {
      const s = toSimplified(n);
      t[c] = s.length === 1 ? s.charCodeAt(0) : code;
    } else {
      t[c] = code;
    }
  }
  // Financial numerals used to dodge 第一 and the like.
  t['壹'.charCodeAt(0)] = '一'.charCodeAt(0);
  t['贰'.charCodeAt(0)] = '二'.charCodeAt(0);
  return t;
}

/** Chinese characters collapse when repeated; digits and letters do not (100, 2000). */
export function isHan(unit: number): boolean {
  return unit >= 0x3400 && unit <= 0x9fff;
}

/** The shared code-unit table, built on first use (about 0.3 s) and kept for the process. */
export function normalTable(): Uint16Array {
  table ??= buildTable();
  return table;
}

export interface Normalized {
  /** Normalised code units. */
  units: Uint16Array;
  length: number;
  /** For unit i: the original offset where it starts, and where its run ends (exclusive). */
  start: Int32Array;
  end: Int32Array;
}

export function normalize(text: string): Normalized {
  const t = normalTable();
  const n = text.length;
  const units = new Uint16Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let len = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const u = t[text.charCodeAt(i)]!;
    if (u === NOISE) continue;
    if (u === last && isHan(u)) {
      end[len - 1] = i + 1; // a repeat widens the previous unit's span
      continue;
    }
    units[len] = u;
    start[len] = i;
    end[len] = i + 1;
    len++;
    last = u;
  }
  return { units, length: len, start, end };
}

/** A lexicon string in the same normal form (no offsets needed). */
export function normalizeTerm(term: string): string {
  const t = normalTable();
  let out = '';
  let last = -1;
  for (let i = 0; i < term.length; i++) {
    const u = t[term.charCodeAt(i)]!;
    if (u === NOISE || (u === last && isHan(u))) continue;
    out += String.fromCharCode(u);
    last = u;
  }
  return out;
}
