/** Season calendar as a 12-bit mask: bit 0 = January … bit 11 = December. */
export function monthsToMask(months: readonly number[]): number {
  let mask = 0;
  for (const m of months) if (Number.isInteger(m) && m >= 1 && m <= 12) mask |= 1 << (m - 1);
  return mask;
}

export function maskToMonths(mask: number): number[] {
  const months: number[] = [];
  for (let m = 1; m <= 12; m++) if (mask & (1 << (m - 1))) months.push(m);
  return months;
}

export function monthBit(month: number): number {
  return 1 << (month - 1);
}

/** "3–5月、9月" style text for lists and exports. */
export function describeMonths(months: readonly number[]): string {
  if (months.length === 12) return '全年';
  const runs: string[] = [];
  let i = 0;
  while (i < months.length) {
    let j = i;
    while (j + 1 < months.length && months[j + 1] === months[j]! + 1) j++;
    runs.push(i === j ? `${months[i]}月` : `${months[i]}–${months[j]}月`);
    i = j + 1;
  }
  return runs.join('、');
}
