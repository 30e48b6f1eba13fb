import { describe, expect, it } from 'vitest';
import { describeMonths, maskToMonths, monthBit, monthsToMask } from './season.js';

const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

describe('monthBit', () => {
  it.each(ALL_MONTHS)('month %i is bit %i − 1', (m) => {
    expect(monthBit(m)).toBe(2 ** (m - 1));
  });

  it('puts January in bit 0 and December in bit 11', () => {
    expect(monthBit(1)).toBe(0b1);
    expect(monthBit(12)).toBe(0b1000_0000_0000);
  });
});

describe('monthsToMask', () => {
  it.each([
    [[], 0],
    [[1], 1],
    [[12], 2048],
    [ALL_MONTHS, 4095],
    [[3, 4, 5], 0b11100],
    [[5, 3, 4], 0b11100],
    [[1, 12], 2049],
  ])('%j → %i', (months, mask) => {
    expect(monthsToMask(months)).toBe(mask);
  });

  it('ignores duplicates', () => {
    expect(monthsToMask([3, 3, 3, 4])).toBe(monthsToMask([3, 4]));
  });

  it('ignores months out of range and non-integers', () => {
    expect(monthsToMask([0, 13, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 100])).toBe(0);
    expect(monthsToMask([0, 2, 13, 6.5])).toBe(monthBit(2));
  });
});

describe('maskToMonths', () => {
  it.each([
    [0, []],
    [1, [1]],
    [2048, [12]],
    [4095, ALL_MONTHS],
    [0b10101, [1, 3, 5]],
  ])('%i → %j', (mask, months) => {
    expect(maskToMonths(mask)).toEqual(months);
  });

  it('ignores bits above December', () => {
    expect(maskToMonths(4096)).toEqual([]);
    expect(maskToMonths(4096 | 1 | 2048)).toEqual([1, 12]);
  });

  it('returns months in ascending order', () => {
    expect(maskToMonths(monthsToMask([11, 2, 7]))).toEqual([2, 7, 11]);
  });

  it('round-trips every one of the 4096 masks', () => {
    for (let mask = 0; mask < 4096; mask++) expect(monthsToMask(maskToMonths(mask))).toBe(mask);
  });
});

describe('describeMonths', () => {
  it.each([
    [[], ''],
    [[9], '9月'],
    [[3, 4, 5], '3–5月'],
    [[3, 4, 5, 9], '3–5月、9月'],
    [[1, 3, 5], '1月、3月、5月'],
    [[6, 7], '6–7月'],
    [[1, 2, 11, 12], '1–2月、11–12月'],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], '1–11月'],
    [[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], '2–12月'],
    [ALL_MONTHS, '全年'],
  ])('%j → %j', (months, text) => {
    expect(describeMonths(months)).toBe(text);
  });

  it('describes what maskToMonths gives', () => {
    expect(describeMonths(maskToMonths(monthsToMask([12, 1, 2, 6])))).toBe('1–2月、6月、12月');
    expect(describeMonths(maskToMonths(4095))).toBe('全年');
  });

  it('uses an en dash and the Chinese enumeration comma', () => {
    const text = describeMonths([1, 2, 4]);
    expect(text).toContain('–');
    expect(text).toContain('、');
    expect(text).not.toContain('-');
  });
});
