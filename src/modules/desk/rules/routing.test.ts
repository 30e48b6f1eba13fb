import { describe, expect, it } from 'vitest';
import { TICKET_CATEGORIES } from './categories.js';
import { departmentFor, kindFor, type DepartmentPlace, type RouteRule } from './routing.js';

// Region codes are prefixes: 51 四川省, 5105 泸州市, 510503 纳溪区, 510504 龙马潭区 (its sibling),
// 5101 成都市, 44 广东省. A requester may sit deeper still (a 12-digit village code).

describe('kindFor', () => {
  it('routes every category by default when there are no rules', () => {
    const routed = Object.fromEntries(TICKET_CATEGORIES.map((c) => [c, kindFor([], '510503', c)]));
    expect(routed).toEqual({
      business_registration: 'market',
      tax: 'tax',
      contract_legal: 'justice',
      ip: 'market',
      food_licence: 'market',
      ad_compliance: 'market',
      consumer_dispute: 'market',
      platform_rules: 'cyber',
      training_subsidy: 'hr',
      other: 'commerce',
    });
  });

  it('routes by default for a requester without a region', () => {
    expect(kindFor([], null, 'tax')).toBe('tax');
    expect(kindFor([], null, 'other')).toBe('commerce');
  });

  const rules: RouteRule[] = [
    { regionCode: '51', category: 'other', kind: 'market' },
    { regionCode: '5105', category: 'other', kind: 'justice' },
    { regionCode: '510503', category: 'other', kind: 'hr' },
    { regionCode: '51', category: 'tax', kind: 'commerce' },
    { regionCode: '44', category: 'other', kind: 'cyber' },
  ];

  it('takes the province rule for a requester anywhere in the province without a closer rule', () => {
    expect(kindFor(rules, '51', 'other')).toBe('market');
    expect(kindFor(rules, '5101', 'other')).toBe('market');
    expect(kindFor(rules, '510106', 'other')).toBe('market');
  });

  it('prefers the city rule over the province rule', () => {
    expect(kindFor(rules, '5105', 'other')).toBe('justice');
    expect(kindFor(rules, '510502', 'other')).toBe('justice');
    // The sibling district has no rule of its own: the city's applies.
    expect(kindFor(rules, '510504', 'other')).toBe('justice');
  });

  it('prefers the district rule over the city and province rules (longest prefix wins)', () => {
    expect(kindFor(rules, '510503', 'other')).toBe('hr');
    // A village in the district (12-digit statistical code) still falls under the district rule.
    expect(kindFor(rules, '510503101202', 'other')).toBe('hr');
  });

  it('does not depend on the order of the rules', () => {
    const reversed = [...rules].reverse();
    expect(kindFor(reversed, '510503', 'other')).toBe('hr');
    expect(kindFor(reversed, '510504', 'other')).toBe('justice');
    expect(kindFor(reversed, '5101', 'other')).toBe('market');
  });

  it('ignores a rule more specific than the requester\'s region', () => {
    // A requester registered at city level is not inside the district.
    expect(kindFor([{ regionCode: '510503', category: 'other', kind: 'hr' }], '5105', 'other')).toBe('commerce');
  });

  it('ignores rules for other categories', () => {
    // Only a province rule exists for tax, so the district's "other" rule does not matter.
    expect(kindFor(rules, '510503', 'tax')).toBe('commerce');
    // No rule for ip anywhere: default.
    expect(kindFor(rules, '510503', 'ip')).toBe('market');
    expect(kindFor(rules, '510503', 'training_subsidy')).toBe('hr');
  });

  it('ignores rules for other regions', () => {
    expect(kindFor(rules, '440305', 'other')).toBe('cyber');
    expect(kindFor(rules, '440305', 'tax')).toBe('tax');
    expect(kindFor(rules, '11', 'other')).toBe('commerce');
    // A sibling city's rule does not apply.
    expect(kindFor([{ regionCode: '5106', category: 'other', kind: 'hr' }], '510503', 'other')).toBe('commerce');
    // Another province (贵州 52), though its code starts with the same digit, does not apply.
    expect(kindFor([{ regionCode: '52', category: 'other', kind: 'hr' }], '510503', 'other')).toBe('commerce');
  });

  it('applies no regional rule to a requester without a region', () => {
    expect(kindFor(rules, null, 'other')).toBe('commerce');
    expect(kindFor(rules, null, 'tax')).toBe('tax');
  });

  it('applies a nationwide rule (empty region code) to everyone, below any regional rule', () => {
    const withNational: RouteRule[] = [...rules, { regionCode: '', category: 'other', kind: 'tax' }];
    expect(kindFor(withNational, null, 'other')).toBe('tax');
    expect(kindFor(withNational, '11', 'other')).toBe('tax');
    expect(kindFor(withNational, '510503', 'other')).toBe('hr');
    expect(kindFor(withNational, '5101', 'other')).toBe('market');
  });
});

describe('departmentFor', () => {
  const scMarket: DepartmentPlace = { unitId: 'sc-market', kind: 'market', regionCode: '51', active: true };
  const lzMarket: DepartmentPlace = { unitId: 'lz-market', kind: 'market', regionCode: '5105', active: true };
  const nxMarket: DepartmentPlace = { unitId: 'nx-market', kind: 'market', regionCode: '510503', active: true };
  const lmtMarket: DepartmentPlace = { unitId: 'lmt-market', kind: 'market', regionCode: '510504', active: true };
  const lzTax: DepartmentPlace = { unitId: 'lz-tax', kind: 'tax', regionCode: '5105', active: true };
  const nxTaxOld: DepartmentPlace = { unitId: 'nx-tax-old', kind: 'tax', regionCode: '510503', active: false };
  const floating: DepartmentPlace = { unitId: 'floating-market', kind: 'market', regionCode: null, active: true };
  const all = [floating, scMarket, lzMarket, nxMarket, lmtMarket, lzTax, nxTaxOld];

  it('picks the most specific active department of the kind', () => {
    expect(departmentFor(all, 'market', '510503')).toBe(nxMarket);
    expect(departmentFor(all, 'market', '510503101202')).toBe(nxMarket);
    expect(departmentFor(all, 'market', '510504')).toBe(lmtMarket);
  });

  it('falls back to the city, then the province, when the district has none', () => {
    expect(departmentFor(all, 'market', '510502')).toBe(lzMarket);
    expect(departmentFor(all, 'market', '5105')).toBe(lzMarket);
    expect(departmentFor(all, 'market', '510106')).toBe(scMarket);
    expect(departmentFor(all, 'market', '51')).toBe(scMarket);
  });

  it('does not depend on the order of the departments', () => {
    expect(departmentFor([...all].reverse(), 'market', '510503')).toBe(nxMarket);
    expect(departmentFor([nxMarket, lzMarket, scMarket], 'market', '510503')).toBe(nxMarket);
  });

  it('ignores inactive departments', () => {
    // The district tax office is inactive: the city's answers.
    expect(departmentFor(all, 'tax', '510503')).toBe(lzTax);
    const nxInactive = { ...nxMarket, active: false };
    expect(departmentFor([scMarket, lzMarket, nxInactive], 'market', '510503')).toBe(lzMarket);
    expect(departmentFor([nxTaxOld], 'tax', '510503')).toBeNull();
  });

  it('ignores departments of other kinds', () => {
    expect(departmentFor(all, 'tax', '510106')).toBeNull();
    expect(departmentFor(all, 'hr', '510503')).toBeNull();
    expect(departmentFor([lzTax], 'market', '510503')).toBeNull();
  });

  it('ignores departments without a region, even when nothing else covers', () => {
    expect(departmentFor([floating], 'market', '510503')).toBeNull();
    expect(departmentFor([floating, scMarket], 'market', '440305')).toBeNull();
  });

  it('ignores departments of a sibling region', () => {
    expect(departmentFor([lmtMarket], 'market', '510503')).toBeNull();
    expect(departmentFor([lmtMarket, lzMarket], 'market', '510503')).toBe(lzMarket);
    expect(departmentFor([{ ...lzMarket, unitId: 'cd-market', regionCode: '5101' }], 'market', '510503')).toBeNull();
  });

  it('ignores a department more specific than the requester', () => {
    expect(departmentFor([nxMarket], 'market', '5105')).toBeNull();
    expect(departmentFor([nxMarket, lzMarket], 'market', '5105')).toBe(lzMarket);
  });

  it('returns null when nothing covers the requester', () => {
    expect(departmentFor([], 'market', '510503')).toBeNull();
    expect(departmentFor(all, 'market', '440305')).toBeNull();
  });

  it('returns null for a requester without a region', () => {
    expect(departmentFor(all, 'market', null)).toBeNull();
    expect(departmentFor(all, 'market', '')).toBeNull();
  });

  it('chains with kindFor: a district rule sends "other" to the district\'s 人社', () => {
    const nxHr: DepartmentPlace = { unitId: 'nx-hr', kind: 'hr', regionCode: '510503', active: true };
    const kind = kindFor([{ regionCode: '510503', category: 'other', kind: 'hr' }], '510503', 'other');
    expect(departmentFor([...all, nxHr], kind, '510503')).toBe(nxHr);
  });
});
