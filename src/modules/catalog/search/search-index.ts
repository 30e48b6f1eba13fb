import { SqliteAdapter, sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DbKind } from '../../../core/db/database.js';
import type { DB } from '../../../core/db/schema.js';
import type { QueryTerm } from './query-plan.js';
import { charLength, gramsOf } from './text.js';

/**
 * One search interface, two implementations with the same semantics: a term alternative matches
 * a product when it occurs as a substring of the product's normalised search body.
 * - SQLite: FTS5 `trigram` for alternatives of three characters or more, and an FTS5 table of
 *   single characters and adjacent pairs for shorter ones (a trigram index cannot answer those).
 * - PostgreSQL: `pg_trgm` GIN on the body for three or more, a GIN-indexed `grams` array for
 *   shorter ones.
 * Both are written inside the caller's transaction, so the index never disagrees with products.
 */
export interface SearchDoc {
  productId: string;
  body: string;
}

export interface SearchIndex {
  /** Writes the documents' text (and, on SQLite, their facets) into the index. */
  upsert(trx: Kysely<DB>, docs: readonly SearchDoc[]): Promise<void>;
  /** Copies changed pool facets of products whose text did not change (SQLite; nothing on PostgreSQL). */
  syncFacets(trx: Kysely<DB>, productIds: readonly string[]): Promise<void>;
  /**
   * A condition that holds when the product matches every term, over the table the pool search
   * reads (`poolSource`) or over `products` (management lists).
   */
  matches(terms: readonly QueryTerm[], over: 'pool' | 'products'): Expression<SqlBool>;
  /** Where the pool search reads candidates from: SQLite's facets copy, or `products` itself. */
  readonly poolSource: 'facets' | 'products';
}

/** Rows per statement: well below SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const CHUNK = 200;

const splitByLength = (alternatives: readonly string[]) => ({
  long: alternatives.filter((a) => charLength(a) >= 3),
  short: alternatives.filter((a) => charLength(a) < 3),
});

/** FTS5 query syntax: each alternative as a quoted phrase, OR'd. */
const ftsPhrases = (words: readonly string[]) => words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' OR ');

const FACET_COLUMNS = ['in_pool', 'quality_score', 'category_id', 'origin_region_code', 'retail_price_fen', 'commission_bp', 'season_mask', 'storage', 'free_shipping', 'evidence_mask', 'verified_at', 'updated_at', 'name'] as const;

class SqliteSearchIndex implements SearchIndex {
  readonly poolSource = 'facets' as const;

  async syncFacets(trx: Kysely<DB>, productIds: readonly string[]): Promise<void> {
    const columns = sql.join(FACET_COLUMNS.map((c) => sql.ref(c)));
    const updates = sql.join(FACET_COLUMNS.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`));
    for (let i = 0; i < productIds.length; i += CHUNK) {
      const ids = productIds.slice(i, i + CHUNK);
      // "where true" lets SQLite parse the upsert after a SELECT (its documented ambiguity rule).
      await sql`insert into product_facets (id, ${columns}) select id, ${columns} from products where id in (${sql.join(ids)}) and true
        on conflict (id) do update set ${updates}`.execute(trx);
    }
  }

  /** In chunks, with multi-row statements: an import of thousands of products stays fast. */
  async upsert(trx: Kysely<DB>, docs: readonly SearchDoc[]): Promise<void> {
    for (let i = 0; i < docs.length; i += CHUNK) {
      const chunk = docs.slice(i, i + CHUNK);
      const ids = chunk.map((d) => d.productId);
      await this.syncFacets(trx, ids);
      const rows = await trx.selectFrom('product_facets').select(['doc', 'id']).where('id', 'in', ids).execute();
      const docOf = new Map(rows.map((r) => [r.id, r.doc]));
      const docIds = rows.map((r) => r.doc);
      await sql`delete from product_search_tri where rowid in (${sql.join(docIds)})`.execute(trx);
      await sql`delete from product_search_gram where rowid in (${sql.join(docIds)})`.execute(trx);
      await sql`insert into product_search_tri (rowid, body) values ${sql.join(chunk.map((d) => sql`(${docOf.get(d.productId)}, ${d.body})`))}`.execute(trx);
      await sql`insert into product_search_gram (rowid, grams) values ${sql.join(chunk.map((d) => sql`(${docOf.get(d.productId)}, ${gramsOf(d.body).join(' ')})`))}`.execute(trx);
    }
  }

  /**
   * Terms whose alternatives all live in one table are combined into a single MATCH per table
   * ("(a OR b) AND c"), so FTS5 intersects the posting lists itself; only a term mixing short and
   * long alternatives needs a union of its own.
   */
  matches(terms: readonly QueryTerm[], over: 'pool' | 'products'): Expression<SqlBool> {
    const shortGroups: string[] = [];
    const longGroups: string[] = [];
    const sources: ReturnType<typeof sql>[] = [];
    for (const t of terms) {
      const { long, short } = splitByLength(t.alternatives);
      if (long.length && short.length) {
        sources.push(sql`select rowid from product_search_tri where product_search_tri match ${ftsPhrases(long)} union select rowid from product_search_gram where product_search_gram match ${ftsPhrases(short)}`);
      } else if (long.length) longGroups.push(`(${ftsPhrases(long)})`);
      else shortGroups.push(`(${ftsPhrases(short)})`);
    }
    if (shortGroups.length) sources.push(sql`select rowid from product_search_gram where product_search_gram match ${shortGroups.join(' AND ')}`);
    if (longGroups.length) sources.push(sql`select rowid from product_search_tri where product_search_tri match ${longGroups.join(' AND ')}`);
    // The pool search reads product_facets under the name "products"; other lists read products.
    const doc = over === 'pool' ? sql.ref('products.doc') : sql.ref('f.doc');
    const inAll = sql.join(sources.map((src) => sql`${doc} in (${src})`), sql` and `);
    return over === 'pool' ? sql<SqlBool>`(${inAll})` : sql<SqlBool>`products.id in (select f.id from product_facets f where ${inAll})`;
  }
}

const likePattern = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

class PostgresSearchIndex implements SearchIndex {
  readonly poolSource = 'products' as const;

  async syncFacets(): Promise<void> {
    // The pool search reads products directly on PostgreSQL.
  }

  async upsert(trx: Kysely<DB>, docs: readonly SearchDoc[]): Promise<void> {
    for (let i = 0; i < docs.length; i += CHUNK) {
      const rows = docs.slice(i, i + CHUNK).map((d) => sql`(${d.productId}, ${d.body}, ${gramsOf(d.body)}::text[])`);
      await sql`insert into product_search (product_id, body, grams) values ${sql.join(rows)}
        on conflict (product_id) do update set body = excluded.body, grams = excluded.grams`.execute(trx);
    }
  }

  matches(terms: readonly QueryTerm[]): Expression<SqlBool> {
    const conditions = terms.map((t) => {
      const { long, short } = splitByLength(t.alternatives);
      const parts = long.map((w) => sql`s.body like ${likePattern(w)}`);
      if (short.length) parts.push(sql`s.grams && ${short}::text[]`);
      return sql`(${sql.join(parts, sql` or `)})`;
    });
    const where = conditions.reduce((acc, c) => sql`${acc} and ${c}`, sql`true`);
    return sql<SqlBool>`products.id in (select s.product_id from product_search s where ${where})`;
  }
}

export function createSearchIndex(kind: DbKind): SearchIndex {
  return kind === 'sqlite' ? new SqliteSearchIndex() : new PostgresSearchIndex();
}

/**
 * SQLite upkeep for the search tables: FTS5 merges its index segments (a bulk import leaves many,
 * and each query reads all of them) and the planner statistics are refreshed. Run by a sweep
 * and after large imports; a no-op on PostgreSQL, whose autovacuum does the equivalent.
 */
export async function maintainSearchIndex(db: Kysely<DB>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`insert into product_search_tri (product_search_tri) values ('optimize')`.execute(db);
  await sql`insert into product_search_gram (product_search_gram) values ('optimize')`.execute(db);
  await sql`pragma optimize = 0x10002`.execute(db);
}
