import type { Unit } from '../api/types';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

/** Builds the forest of visible units; a unit whose parent is not visible becomes a root. */
export function buildUnitTree(units: Unit[]): UnitNode[] {
  const byId = new Map<string, UnitNode>();
  for (const u of units) byId.set(u.id, { unit: u, children: [] });
  const roots: UnitNode[] = [];
  for (const node of byId.values()) {
    const parent = node.unit.parentId ? byId.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (nodes: UnitNode[]) => {
    nodes.sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'zh-CN'));
    nodes.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** Ids of `id` and everything below it. */
export function subtreeIds(units: Unit[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (!u.parentId) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const out = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const cur = stack.pop()!;
    if (out.has(cur)) continue;
    out.add(cur);
    stack.push(...(children.get(cur) ?? []));
  }
  return out;
}

/** Names from the root down to the unit, for breadcrumbs. */
export function unitPath(units: Unit[], id: string): Unit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const path: Unit[] = [];
  let cur = byId.get(id);
  const seen = new Set<string>();
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    path.unshift(cur);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return path;
}
