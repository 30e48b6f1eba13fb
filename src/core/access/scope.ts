import type { Role } from './roles.js';

/**
 * The data-scope rule of SPEC §1: a user sees the data of the units they are attached to and of
 * every unit below them, never sideways. Units carry a materialised path ('/root/…/self/'), so
 * "below" is a prefix test here and a `LIKE 'prefix%'` in SQL.
 */
export interface RoleUnit {
  role: Role;
  unitId: string;
  unitName: string;
  unitPath: string;
}

export class Scope {
  /** Paths of the units the scope starts from, with nested ones removed. */
  readonly roots: readonly { unitId: string; path: string }[];

  constructor(roots: readonly { unitId: string; path: string }[]) {
    const sorted = [...roots].sort((a, b) => a.path.length - b.path.length);
    const kept: { unitId: string; path: string }[] = [];
    for (const r of sorted) if (!kept.some((k) => r.path.startsWith(k.path))) kept.push(r);
    this.roots = kept;
  }

  get isEmpty(): boolean {
    return this.roots.length === 0;
  }

  covers(unitPath: string): boolean {
    return this.roots.some((r) => unitPath.startsWith(r.path));
  }

  /** The scope root that grants access to a unit: recorded in the audit log as the actor's unit. */
  coveringUnitId(unitPath: string): string | null {
    return this.roots.find((r) => unitPath.startsWith(r.path))?.unitId ?? null;
  }

  get pathPrefixes(): string[] {
    return this.roots.map((r) => r.path);
  }
}

/** The scope a user has through the given roles (e.g. the units where they are admin). */
export function scopeFor(roleUnits: readonly RoleUnit[], roles: readonly Role[]): Scope {
  return new Scope(roleUnits.filter((r) => roles.includes(r.role)).map((r) => ({ unitId: r.unitId, path: r.unitPath })));
}
