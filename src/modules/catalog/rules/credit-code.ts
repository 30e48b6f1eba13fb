/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet without I, O, Z, S
 * and V; the last is a check character computed from the first 17 with weights 3^i mod 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; message: string };

export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Validates a code (case-insensitive, surrounding spaces ignored) and says in Chinese what is wrong. */
export function checkCreditCode(input: string): CreditCodeCheck {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return { ok: false, message: `统一社会信用代码应为 18 位，当前为 ${code.length} 位` };
  for (let i = 0; i < 18; i++) {
    if (!ALPHABET.includes(code[i]!)) {
      return { ok: false, message: `统一社会信用代码第 ${i + 1} 位“${code[i]}”不是有效字符（不使用 I、O、Z、S、V）` };
    }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { ok: false, message: '统一社会信用代码第 3–8 位应为行政区划代码（数字）' };
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) return { ok: false, message: `统一社会信用代码校验位错误：最后一位应为“${expected}”，请核对是否输错` };
  return { ok: true, code };
}
