import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from '../src/core/db/database.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import { seedDemo } from '../src/seed/seed.js';
import { load, loadClient, startChild, type LoadResult } from './http-bench.js';
import { runCatalogSection } from './catalog/catalog-section.js';
import { runComplianceSection } from './compliance/checker-section.js';
import { runMatchingSection } from './matching/matching-section.js';
import { runDeskSection } from './desk/desk-section.js';
import { machineLine, writeSection } from './results.js';
import { seedManyUsers } from './seed-users.js';

/**
 * `npm run bench` — HTTP part (issue 2): an authenticated list endpoint (users of a unit, 10,000
 * users in the database) and /api/health, each against a bare Fastify "hello" route measured in
 * the same run. Each server runs in its own process; wrk (or autocannon, see http-bench.ts) drives
 * them from this one. Short interleaved rounds keep a noisy machine from favouring one target.
 * BENCH_SECONDS (default 5) sets each run's length, BENCH_ROUNDS (default 12) how many interleaved
 * rounds, BENCH_CONNECTIONS (default 20) the load.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 12);
const USERS = 10_000;

async function runHttpSection() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'livebase-bench-'));
  const database = createDatabase({ kind: 'sqlite', file: path.join(dataDir, 'livebase.sqlite') });
  await migrateToLatest(database.db);
  await seedDemo(database.db, 'livebase-demo');
  const unit = await database.db.selectFrom('units').select('id').where('name', '=', '金牛区电商直播产业基地').executeTakeFirstOrThrow();
  await seedManyUsers(database.db, unit.id, USERS);
  await database.close();
  console.log(`data: ${USERS} users in one unit (SQLite, ${dataDir})`);

  const barePort = 39_101;
  const appPort = 39_102;
  const app = await startChild(
    ['bin/livebase.mjs', 'start', '--no-demo', '--no-build'],
    { PORT: String(appPort), HOST: '127.0.0.1', LIVEBASE_DATA_DIR: dataDir, LIVEBASE_LOG_LEVEL: 'warn', LIVEBASE_SWEEPS: 'false' },
    `http://127.0.0.1:${appPort}/api/health`,
  );
  let bare: Awaited<ReturnType<typeof startChild>> | null = null;
  try {
    const login = await fetch(`http://127.0.0.1:${appPort}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'livebase-demo' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const listUrl = `http://127.0.0.1:${appPort}/api/admin/users?unitId=${unit.id}&page=3&pageSize=20`;
    const check = await fetch(listUrl, { headers: { cookie } });
    const text = await check.text();
    const body = JSON.parse(text) as { total: number; items: unknown[] };
    if (body.total < USERS || body.items.length !== 20) throw new Error(`list endpoint returned ${text.slice(0, 200)}`);
    const payloadFile = path.join(dataDir, 'list-payload.json');
    fs.writeFileSync(payloadFile, text);
    bare = await startChild(['--import', 'tsx', 'bench/bare-server.ts'], { PORT: String(barePort), BARE_PAYLOAD_FILE: payloadFile }, `http://127.0.0.1:${barePort}/hello`);

    const targets: { name: string; url: string; headers: Record<string, string> }[] = [
      { name: 'bare Fastify hello (baseline)', url: `http://127.0.0.1:${barePort}/hello`, headers: {} },
      { name: `GET /api/admin/users (authenticated, ${USERS} users, page 3 of 20)`, url: listUrl, headers: { cookie } },
      { name: 'same, with Accept-Encoding: gzip as browsers send', url: listUrl, headers: { cookie, 'accept-encoding': 'gzip, deflate, br' } },
      { name: 'GET /api/health', url: `http://127.0.0.1:${appPort}/api/health`, headers: {} },
      {
        name: `bare Fastify sending the list's ${Buffer.byteLength(text)}-byte reply as a constant (context)`,
        url: `http://127.0.0.1:${barePort}/payload`,
        headers: {},
      },
    ];
    // Warm up each target so JIT and caches are in the same state for all of them.
    for (const t of targets) await load('warm-up', t.url, t.headers, 3, CONNECTIONS);
    // Rounds interleave the targets, so a noisy neighbour slows all of them alike; each target's
    // ratio to the baseline is taken within a round, and the median round is reported.
    const rounds: LoadResult[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const results: LoadResult[] = [];
      for (const t of targets) results.push(await load(t.name, t.url, t.headers, SECONDS, CONNECTIONS));
      rounds.push(results);
      console.log(`round ${round + 1}/${ROUNDS}: ${results.map((r) => r.requestsPerSec).join(' / ')} requests/s`);
    }
    report(rounds);
  } finally {
    app.kill('SIGTERM');
    bare?.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Summary {
  name: string;
  requestsPerSec: number;
  ratio: number;
  p50: number;
  /** The worst p99 of all rounds. */
  p99: number;
  errors: number;
  total: number;
}

function summarise(rounds: LoadResult[][]): Summary[] {
  return rounds[0].map((first, i) => {
    const runs = rounds.map((r) => r[i]);
    return {
      name: first.name,
      requestsPerSec: Math.round(median(runs.map((r) => r.requestsPerSec))),
      ratio: median(rounds.map((r) => r[i].requestsPerSec / r[0].requestsPerSec)),
      p50: Math.round(median(runs.map((r) => r.p50)) * 100) / 100,
      p99: Math.max(...runs.map((r) => r.p99)),
      errors: runs.reduce((a, r) => a + r.errors + r.non2xx, 0),
      total: runs.reduce((a, r) => a + r.total, 0),
    };
  });
}

function report(rounds: LoadResult[][]) {
  const rows = summarise(rounds);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const judge = (label: string, r: Summary) =>
    `${label}: ${pct(r.ratio)} of bare (target ≥ 30 %), p99 ${r.p99} ms (target ≤ 100 ms), errors ${r.errors} (target 0) → ` +
    (r.ratio >= 0.3 && r.p99 <= 100 && r.errors === 0 ? 'PASS' : 'FAIL');
  const verdict = [judge('list endpoint, plain JSON', rows[1]), judge('list endpoint, gzip (what browsers get)', rows[2])].join('\n');
  const machine = machineLine();
  const table = [
    '| target | requests/s (median) | vs bare (median of rounds) | p50 ms | p99 ms (worst round) | errors + non-2xx | requests |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${r.requestsPerSec} | ${pct(r.ratio)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.total} |`),
  ].join('\n');
  console.log(`\n${table}\n\n${verdict}\n`);

  const section = [
    '## HTTP',
    '',
    `Measured ${new Date().toISOString()} on ${machine}.`,
    `${loadClient()}, ${CONNECTIONS} connections; ${ROUNDS} interleaved rounds of ${SECONDS} s per target after a 3 s warm-up; each server in its own process, SQLite database.`,
    '',
    table,
    '',
    verdict,
    '',
    'Requests/s per round, in the table\'s order (the machine is shared, so rounds vary):',
    '',
    ...rounds.map((r, i) => `- round ${i + 1}: ${r.map((x) => x.requestsPerSec).join(' / ')}`),
    '',
  ].join('\n');
  writeSection('## HTTP', section);
}

/** BENCH_ONLY=http, catalog, compliance, matching or desk runs one section; by default all run. */
const only = process.env.BENCH_ONLY;
if (!only || only === 'compliance') await runComplianceSection();
if (!only || only === 'catalog') await runCatalogSection();
if (!only || only === 'matching') await runMatchingSection();
if (!only || only === 'desk') await runDeskSection();
if (!only || only === 'http') await runHttpSection();
