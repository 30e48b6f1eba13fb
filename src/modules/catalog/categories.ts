import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.js';
import type { CategoriesTable } from './catalog.tables.js';

/** The category tree is reference data seeded by the migration; read once per database. */
export interface CategoryTree {
  list: CategoriesTable[];
  byId: Map<string, CategoriesTable>;
  /** The category and everything below it. */
  subtree(id: string): string[];
}

const trees = new WeakMap<Kysely<DB>, Promise<CategoryTree>>();

export function categoryTree(db: Kysely<DB>): Promise<CategoryTree> {
  let tree = trees.get(db);
  if (!tree) {
    tree = db
      .selectFrom('categories')
      .selectAll()
      .orderBy('sort')
      .execute()
      .then((list) => {
        const byId = new Map(list.map((c) => [c.id, c]));
        const subtree = (id: string): string[] => [id, ...list.filter((c) => c.parent_id === id).flatMap((c) => subtree(c.id))];
        return { list, byId, subtree };
      });
    trees.set(db, tree);
    tree.catch(() => trees.delete(db));
  }
  return tree;
}
