import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckCharacter } from './credit-code.js';

/**
 * An independent implementation of GB 32100-2015 §4.3: the 31-character alphabet (no I, O, Z, S,
 * V), weights 3^i mod 31 computed here rather than copied, check = 31 − (Σ mod 31), 31 → 0.
 */
const GB_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function gbCheckChar(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const ch of first17) {
    const value = GB_ALPHABET.indexOf(ch);
    if (value < 0) throw new Error(`not in the alphabet: ${ch}`);
    sum += value * weight;
    weight = (weight * 3) % 31;
  }
  return GB_ALPHABET[(31 - (sum % 31)) % 31]!;
}
const withCheck = (first17: string) => first17 + gbCheckChar(first17);

describe('the test oracle itself', () => {
  it('has 31 characters and none of I, O, Z, S, V', () => {
    expect(GB_ALPHABET).toHaveLength(31);
    for (const ch of 'IOZSV') expect(GB_ALPHABET).not.toContain(ch);
  });

  it('reproduces published example codes', () => {
    // 91350100M000100Y43 is the worked example in GB 32100-2015 and its interpretations.
    expect(gbCheckChar('91350100M000100Y4')).toBe('3');
    expect(gbCheckChar('91110000600037341')).toBe('L');
    expect(gbCheckChar('91440300708461136')).toBe('T');
  });
});

describe('creditCodeCheckCharacter', () => {
  const bodies = [
    '91350100M000100Y4',
    '91110000600037341',
    '91440300708461136',
    '93510502MA6C0Y00A',
    '12100000400000000',
    '52510000MJQ000000',
    '00000000000000000',
    'YYYYYYYYYYYYYYYYY',
    '11111111111111111',
    'Y1510000000000000',
  ];
  it.each(bodies)('matches the independent GB 32100 computation for %s', (body) => {
    expect(creditCodeCheckCharacter(body)).toBe(gbCheckChar(body));
  });

  it('maps a zero remainder to 0 (not to the 32nd character)', () => {
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
  });

  it('matches the oracle for every check value (each of the 31 possible check characters occurs)', () => {
    const seen = new Set<string>();
    // Vary the last body character over the alphabet: with weight 28 (invertible mod 31) this hits every residue.
    for (const ch of GB_ALPHABET) {
      const body = `9151050${'0'.repeat(9)}${ch}`;
      const c = creditCodeCheckCharacter(body);
      expect(c).toBe(gbCheckChar(body));
      seen.add(c);
    }
    expect(seen.size).toBe(31);
  });
});

describe('checkCreditCode: valid codes', () => {
  const valid = [
    '91350100M000100Y43',
    '91110000600037341L',
    '91440300708461136T',
    withCheck('93510502MA6C00000'),
    withCheck('12100000400000000'),
    withCheck('52510000MJQ123456'),
    withCheck('Y1510503MA12345X0'),
  ];
  it.each(valid)('accepts %s', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true, code });
  });

  it('accepts lower case and returns the code in upper case', () => {
    expect(checkCreditCode('91350100m000100y43')).toEqual({ ok: true, code: '91350100M000100Y43' });
    expect(checkCreditCode('91110000600037341l')).toEqual({ ok: true, code: '91110000600037341L' });
  });

  it('ignores surrounding spaces, tabs and new lines', () => {
    expect(checkCreditCode('  91350100M000100Y43  ')).toEqual({ ok: true, code: '91350100M000100Y43' });
    expect(checkCreditCode('\t91350100m000100y43\n')).toEqual({ ok: true, code: '91350100M000100Y43' });
  });
});

describe('checkCreditCode: wrong check character', () => {
  it('names the expected character', () => {
    const r = checkCreditCode('91350100M000100Y44');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toBe('统一社会信用代码校验位错误：最后一位应为“3”，请核对是否输错');
  });

  it.each([
    ['91110000600037341M', 'L'],
    ['914403007084611360', 'T'],
    ['91350100M000100Y4A', '3'],
  ])('%s → expects %s', (code, expected) => {
    const r = checkCreditCode(code);
    expect(r).toEqual({ ok: false, message: `统一社会信用代码校验位错误：最后一位应为“${expected}”，请核对是否输错` });
  });

  it('catches every single-character typo in the body of a valid code', () => {
    const good = '91350100M000100Y43';
    let tried = 0;
    for (let i = 0; i < 17; i++) {
      if (i >= 2 && i < 8) continue; // region digits have their own rule when a letter is typed; digits are covered below
      for (const ch of GB_ALPHABET) {
        if (ch === good[i]) continue;
        const typo = good.slice(0, i) + ch + good.slice(i + 1);
        const r = checkCreditCode(typo);
        expect(r.ok, typo).toBe(false);
        tried++;
      }
    }
    for (let i = 2; i < 8; i++) {
      for (const ch of '0123456789') {
        if (ch === good[i]) continue;
        const typo = good.slice(0, i) + ch + good.slice(i + 1);
        const r = checkCreditCode(typo);
        expect(r).toEqual({ ok: false, message: `统一社会信用代码校验位错误：最后一位应为“${gbCheckChar(typo.slice(0, 17))}”，请核对是否输错` });
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(300);
  });

  it('catches swapping two adjacent different characters', () => {
    const good = '91350100M000100Y43';
    for (let i = 0; i < 16; i++) {
      if (good[i] === good[i + 1]) continue;
      const swapped = good.slice(0, i) + good[i + 1] + good[i] + good.slice(i + 2);
      expect(checkCreditCode(swapped).ok, swapped).toBe(false);
    }
  });
});

describe('checkCreditCode: length', () => {
  it.each([
    ['', 0],
    ['9', 1],
    ['91350100M000100Y4', 17],
    ['91350100M000100Y433', 19],
    ['91350100M000100Y43'.repeat(2), 36],
    ['   ', 0],
  ])('%j has length %i', (input, len) => {
    expect(checkCreditCode(input)).toEqual({ ok: false, message: `统一社会信用代码应为 18 位，当前为 ${len} 位` });
  });

  it('counts the length after trimming', () => {
    expect(checkCreditCode(' 91350100M000100Y4 ')).toEqual({ ok: false, message: '统一社会信用代码应为 18 位，当前为 17 位' });
  });

  it('does not ignore spaces inside the code', () => {
    const r = checkCreditCode('913501 00M000100Y43');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('19 位');
  });
});

describe('checkCreditCode: forbidden characters', () => {
  it.each(['I', 'O', 'Z', 'S', 'V'])('refuses %s and says which position', (letter) => {
    // Put the letter at position 9 (1-based), where letters are otherwise allowed.
    const code = `91350100${letter}000100Y43`;
    expect(checkCreditCode(code)).toEqual({
      ok: false,
      message: `统一社会信用代码第 9 位“${letter}”不是有效字符（不使用 I、O、Z、S、V）`,
    });
  });

  it.each(['i', 'o', 'z', 's', 'v'])('refuses lower-case %s too, reported in upper case', (letter) => {
    const r = checkCreditCode(`91350100${letter}000100Y43`);
    expect(r).toEqual({ ok: false, message: `统一社会信用代码第 9 位“${letter.toUpperCase()}”不是有效字符（不使用 I、O、Z、S、V）` });
  });

  it('refuses a forbidden letter in the check position', () => {
    expect(checkCreditCode('91350100M000100Y4O')).toEqual({
      ok: false,
      message: '统一社会信用代码第 18 位“O”不是有效字符（不使用 I、O、Z、S、V）',
    });
  });

  it('reports the first bad character', () => {
    const r = checkCreditCode('9I350100M000100YS3');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('第 2 位“I”');
  });

  it.each([
    ['-', '91350100-000100Y43'],
    ['中', '91350100中000100Y43'],
    ['Ａ', '91350100Ａ000100Y43'],
    [' ', '91350100 000100Y43'],
  ])('refuses %j as a character', (ch, code) => {
    const r = checkCreditCode(code);
    expect(r).toEqual({ ok: false, message: `统一社会信用代码第 9 位“${ch}”不是有效字符（不使用 I、O、Z、S、V）` });
  });
});

describe('checkCreditCode: region digits (positions 3–8)', () => {
  it.each([2, 3, 4, 5, 6, 7])('refuses a letter at position %i even with a correct check character', (pos) => {
    const body = '91350100M000100Y4';
    const first17 = body.slice(0, pos) + 'A' + body.slice(pos + 1);
    const code = withCheck(first17);
    expect(checkCreditCode(code)).toEqual({ ok: false, message: '统一社会信用代码第 3–8 位应为行政区划代码（数字）' });
  });

  it('lets letters stand at positions 1, 2 and 9–17', () => {
    expect(checkCreditCode(withCheck('YA510000ABCDEFGHJ')).ok).toBe(true);
  });

  it('checks the region before the check character', () => {
    // Both wrong: the region message wins.
    expect(checkCreditCode('9135A100M000100Y43')).toEqual({ ok: false, message: '统一社会信用代码第 3–8 位应为行政区划代码（数字）' });
  });
});
