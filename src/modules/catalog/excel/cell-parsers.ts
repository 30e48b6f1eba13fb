/**
 * Cell text → typed value, with the Chinese message a row report shows. Pure. People type
 * 是/否, 3-5月, ¥12.80 and 20%; each parser takes what they plausibly type.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

export function parseYesNo(text: string): Parsed<boolean> {
  const t = text.trim().toLowerCase();
  if (['是', '√', 'y', 'yes', 'true', '1', '包邮', '需要'].includes(t)) return ok(true);
  if (['否', '×', 'n', 'no', 'false', '0', '不包邮', '不需要', ''].includes(t)) return ok(false);
  return fail('请填写“是”或“否”');
}

/** Yuan with up to two decimals (¥, 元 and thousands separators allowed) → integer fen. */
export function parseYuanToFen(text: string): Parsed<number> {
  const t = text.replace(/[¥￥元,，\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return fail('金额应为数字，最多两位小数（单位：元）');
  const [whole, frac = ''] = t.split('.');
  return ok(Number(whole) * 100 + Number(frac.padEnd(2, '0')));
}

/** 20 or 20% or 0.2 (a fraction below 1 is read as a share) → basis points. */
export function parsePercentToBp(text: string): Parsed<number> {
  const t = text.replace(/[%％\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return fail('比例应为数字，例如 20 或 20%');
  const n = Number(t);
  const percent = n > 0 && n < 1 && t.includes('.') ? n * 100 : n;
  if (percent > 100) return fail('比例不能超过 100%');
  return ok(Math.round(percent * 100));
}

export function parseInteger(text: string, allowEmpty: number | null = null): Parsed<number> {
  const t = text.replace(/[,，\s]/g, '');
  if (t === '' && allowEmpty !== null) return ok(allowEmpty);
  if (!/^\d+$/.test(t)) return fail('应为整数');
  return ok(Number(t));
}

/** "3-5,9", "3、4、5月", "全年", "11-2" (wrapping the new year) → month numbers. */
export function parseMonths(text: string): Parsed<number[]> {
  const t = text.replace(/\s|月份|月/g, '').replace(/[～~至到—–]/g, '-');
  if (t === '全年') return ok([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  if (!t) return fail('请填写供应月份，例如 3-5 或 全年');
  const months = new Set<number>();
  for (const part of t.split(/[,，、;；]/).filter(Boolean)) {
    const m = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(part);
    if (!m) return fail(`无法识别的月份“${part}”，请写成 3-5 或 3、4、5`);
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (from < 1 || from > 12 || to < 1 || to > 12) return fail('月份应在 1 到 12 之间');
    for (let k = from, n = 0; n < 12; k = (k % 12) + 1, n++) {
      months.add(k);
      if (k === to) break;
    }
  }
  return ok([...months].sort((a, b) => a - b));
}

/** Dates as typed: 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日. */
export function parseDay(text: string): Parsed<string | null> {
  const t = text.trim();
  if (!t) return ok(null);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (!m) return fail('日期格式应为 2026-03-01');
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  if (Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) return fail('日期不存在');
  return ok(day);
}

export function parseList(text: string): string[] {
  return [...new Set(text.split(/[,，、;；\s]+/).map((s) => s.trim()).filter(Boolean))];
}

/** A label from a table of accepted spellings → its code. */
export function parseChoice<T extends string>(text: string, choices: Record<string, T>, what: string): Parsed<T> {
  const t = text.trim();
  const hit = choices[t] ?? choices[t.toLowerCase()];
  if (hit) return ok(hit);
  return fail(`无法识别的${what}“${t}”，可填：${[...new Set(Object.keys(choices).filter((k) => /[\u4e00-\u9fa5]/.test(k)))].join('、')}`);
}
