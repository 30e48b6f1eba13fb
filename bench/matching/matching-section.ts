import { sql } from 'kysely';
import { Scope } from '../../src/core/access/scope.js';
import type { Database } from '../../src/core/db/database.js';
import { migrateToLatest } from '../../src/core/db/migrate.js';
import { RegionService } from '../../src/core/regions/regions.service.js';
import { findProduct } from '../../src/modules/catalog/products/products.repo.js';
import { recommendationsFor, streamersForProduct, type MatchDeps } from '../../src/modules/matching/recommend/recommend.service.js';
import { DEFAULT_WEIGHTS } from '../../src/modules/matching/rules/weights.js';
import { seedDemo } from '../../src/seed/seed.js';
import { generateCatalog } from '../catalog/generate.js';
import { machineLine, writeSection } from '../results.js';
import { latencyRow, onPostgres, onSqlite, timed } from '../db-bench.js';
import { generateStreamers } from './generate-streamers.js';

/**
 * `npm run bench` — matching part (issue 5): 为你选品 for a streamer and streamers for a product,
 * p50/p95/p99 over 100,000 generated products and 20,000 generated streamers with profiles (SQLite;
 * PostgreSQL too when TEST_DATABASE_URL is set). Each call is timed around the service (feature
 * tables warm, the top items' rows and explanations read per call). The in-run baseline is the
 * floor of any database-backed call: one product row by primary key with its joins.
 * MATCH_PRODUCTS, MATCH_STREAMERS and MATCH_CALLS change the sizes.
 */
const PRODUCTS = Number(process.env.MATCH_PRODUCTS ?? 100_000);
const STREAMERS = Number(process.env.MATCH_STREAMERS ?? 20_000);
const CALLS = Number(process.env.MATCH_CALLS ?? 300);

async function measure(database: Database) {
  await migrateToLatest(database.db);
  await seedDemo(database.db, 'livebase-demo');
  const units = await database.db.selectFrom('units').select(['id', 'name']).execute();
  const naxi = units.find((u) => u.name === '纳溪区互联网行业党委')!;
  const t0 = performance.now();
  await generateCatalog(database.db, naxi.id, PRODUCTS);
  const streamerIds = await generateStreamers(database.db, units.map((u) => u.id), STREAMERS);
  if (database.kind === 'postgres') await sql`analyze`.execute(database.db);
  const generated = Math.round((performance.now() - t0) / 100) / 10;
  const regions = new RegionService();
  try {
    const deps: MatchDeps = { db: database.db, regions, weights: DEFAULT_WEIGHTS };
    const productIds = (await database.db.selectFrom('products').select('id').where('in_pool', '=', 1).orderBy('id').execute()).map((r) => r.id);
    const staff = { userId: 'bench', roles: ['admin' as const], staffScope: new Scope([{ unitId: 'root', path: '/' }]), producerScope: new Scope([]), actor: { userId: null, ip: null } };
    const b0 = performance.now();
    await recommendationsFor(deps, streamerIds[0]!, { limit: 20 });
    await streamersForProduct(deps, staff, productIds[0]!, { limit: 20 });
    const buildMs = Math.round(performance.now() - b0);
    for (let i = 0; i < 20; i++) await recommendationsFor(deps, streamerIds[i]!, { limit: 20 }); // warm-up
    const stride = (n: number, i: number) => (i * 7919) % n;
    const forStreamer = await timed(CALLS, (i) => recommendationsFor(deps, streamerIds[stride(streamerIds.length, i)]!, { limit: 20 }));
    const forProduct = await timed(CALLS, (i) => streamersForProduct(deps, staff, productIds[stride(productIds.length, i)]!, { limit: 20 }));
    const baseline = await timed(CALLS, (i) => findProduct(database.db, productIds[stride(productIds.length, i)]!));
    return { generated, buildMs, pool: productIds.length, forStreamer, forProduct, baseline };
  } finally {
    regions.close();
  }
}

export async function runMatchingSection(): Promise<void> {
  const lite = await onSqlite('matching', measure);
  console.log('sqlite matching', lite);
  const pgUrl = process.env.TEST_DATABASE_URL;
  const pgResult = pgUrl ? await onPostgres('match', pgUrl, measure) : null;
  if (pgResult) console.log('postgres matching', pgResult);
  const row = latencyRow;
  const rows = [lite, pgResult].flatMap((r, k) => {
    if (!r) return [];
    const db = k === 0 ? 'SQLite' : 'PostgreSQL';
    return [row(db, '为你选品 (recommendations for a streamer, top 20)', r.forStreamer), row(db, 'streamers for a product (top 20)', r.forProduct), row(db, 'baseline: one product row by id with its joins (findProduct)', r.baseline)];
  });
  const verdict = `SQLite p95: recommendations ${lite.forStreamer.p95} ms, streamers for a product ${lite.forProduct.p95} ms (target ≤ 20 ms → ${Math.max(lite.forStreamer.p95, lite.forProduct.p95) <= 20 ? 'PASS' : 'FAIL'})`;
  const section = [
    '## Matching',
    '',
    `Measured ${new Date().toISOString()} on ${machineLine()}.`,
    `${PRODUCTS.toLocaleString('en')} generated products (${lite.pool.toLocaleString('en')} in the pool) and ${STREAMERS.toLocaleString('en')} generated streamers with profiles and 1–3 accounts; ${CALLS} calls each, different streamers and products, after a warm-up; each call timed around the service: ranking every pool product (or every streamer) in memory, then reading the top 20 rows and explaining them. Building the in-memory feature tables (first call after a change) took ${lite.buildMs} ms on SQLite${pgResult ? ` and ${pgResult.buildMs} ms on PostgreSQL` : ''}; data generation took ${lite.generated} s${pgResult ? ` and ${pgResult.generated} s` : ''}.`,
    '',
    '| database | call | p50 ms | p95 ms | p99 ms | max ms |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    verdict,
    '',
  ].join('\n');
  console.log(`\n${section}`);
  writeSection('## Matching', section);
}
