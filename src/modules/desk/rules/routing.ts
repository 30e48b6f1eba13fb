import { DEFAULT_ROUTING, type DepartmentKind, type TicketCategory } from './categories.js';

/** An admin's routing rule: in this region (and below it), this category goes to this kind of department. */
export interface RouteRule {
  regionCode: string;
  category: TicketCategory;
  kind: DepartmentKind;
}

export interface DepartmentPlace {
  unitId: string;
  kind: DepartmentKind;
  regionCode: string | null;
  active: boolean;
}

/**
 * The department kind that answers `category` for a requester in `regionCode`: the rule of the
 * most specific region (longest code prefix) that has one for the category, else the default.
 */
export function kindFor(rules: readonly RouteRule[], regionCode: string | null, category: TicketCategory): DepartmentKind {
  let best: RouteRule | null = null;
  for (const r of rules) {
    if (r.category !== category) continue;
    if (regionCode === null ? r.regionCode !== '' : !regionCode.startsWith(r.regionCode)) continue;
    if (!best || r.regionCode.length > best.regionCode.length) best = r;
  }
  return best?.kind ?? DEFAULT_ROUTING[category];
}

/**
 * The department of `kind` nearest to the requester: the active one whose region contains the
 * requester's region most specifically (a district's 税务局 before the city's). Null when no
 * department covers the region; the ticket then waits for base staff to route it by hand.
 */
export function departmentFor(departments: readonly DepartmentPlace[], kind: DepartmentKind, regionCode: string | null): DepartmentPlace | null {
  let best: DepartmentPlace | null = null;
  for (const d of departments) {
    if (!d.active || d.kind !== kind || !d.regionCode) continue;
    if (!regionCode || !regionCode.startsWith(d.regionCode)) continue;
    if (!best || d.regionCode.length > best.regionCode!.length) best = d;
  }
  return best;
}
