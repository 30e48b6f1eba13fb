import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from '../src/core/db/database.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import { seedDemo } from '../src/seed/seed.js';
import { load, loadClient, ROOT, startChild, type LoadResult } from './http-bench.js';
import { seedManyUsers } from './seed-users.js';

/**
 * `npm run bench` — HTTP part (issue 2): an authenticated list endpoint (users of a unit, 10,000
 * users in the database) and /api/health, each against a bare Fastify "hello" route measured in
 * the same run. Each server runs in its own process; autocannon drives them from this one.
 * BENCH_SECONDS (default 20) sets each run's length; BENCH_CONNECTIONS (default 20) the load.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const USERS = 10_000;

async function main() {
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

    // Warm up each target so JIT and caches are in the same state for all three.
    for (const [url, headers] of [[`http://127.0.0.1:${barePort}/hello`, {}], [listUrl, { cookie }], [`http://127.0.0.1:${appPort}/api/health`, {}]] as const) {
      await load('warm-up', url, headers, 3, CONNECTIONS);
    }
    const results: LoadResult[] = [];
    results.push(await load('bare Fastify hello (baseline)', `http://127.0.0.1:${barePort}/hello`, {}, SECONDS, CONNECTIONS));
    results.push(await load(`GET /api/admin/users (authenticated, ${USERS} users, page 3 of 20)`, listUrl, { cookie }, SECONDS, CONNECTIONS));
    results.push(
      await load('same, with Accept-Encoding: gzip as browsers send', listUrl, { cookie, 'accept-encoding': 'gzip, deflate, br' }, SECONDS, CONNECTIONS),
    );
    results.push(await load('GET /api/health', `http://127.0.0.1:${appPort}/api/health`, {}, SECONDS, CONNECTIONS));
    const context = await load(`bare Fastify sending the list's ${Buffer.byteLength(text)}-byte reply as a constant (context)`, `http://127.0.0.1:${barePort}/payload`, {}, SECONDS, CONNECTIONS);
    report(results, context);
  } finally {
    app.kill('SIGTERM');
    bare?.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(results: LoadResult[], context: LoadResult) {
  const baseline = results[0].requestsPerSec;
  const rows = [...results, context].map((r) => {
    const ratio = ((r.requestsPerSec / baseline) * 100).toFixed(1);
    return `| ${r.name} | ${r.requestsPerSec} | ${r.p50} | ${r.p99} | ${ratio} % | ${r.errors} | ${r.non2xx} | ${r.total} |`;
  });
  const judge = (label: string, r: LoadResult) =>
    `${label}: ${((r.requestsPerSec / baseline) * 100).toFixed(1)} % of bare (target ≥ 30 %), p99 ${r.p99} ms (target ≤ 100 ms), ` +
    `errors ${r.errors + r.non2xx} (target 0) → ${r.requestsPerSec / baseline >= 0.3 && r.p99 <= 100 && r.errors + r.non2xx === 0 ? 'PASS' : 'FAIL'}`;
  const verdict = [judge('list endpoint, plain JSON', results[1]), judge('list endpoint, gzip', results[2])].join('\n');
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const table = [
    '| target | requests/s | p50 ms | p99 ms | vs bare | errors | non-2xx | requests |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  console.log(`\n${table}\n\n${verdict}\n`);

  const section = [
    '## HTTP',
    '',
    `Measured ${new Date().toISOString()} on ${machine}.`,
    `${loadClient()}, ${CONNECTIONS} connections, ${SECONDS} s per target after a 3 s warm-up; each server in its own process, SQLite database.`,
    '',
    table,
    '',
    verdict,
    '',
  ].join('\n');
  const file = path.join(ROOT, 'bench', 'RESULTS.md');
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmark results\n\nThe latest figures of `npm run bench`, newest run per section.\n\n';
  const updated = existing.includes('## HTTP') ? existing.replace(/## HTTP[\s\S]*?(?=\n## |$)/, section) : `${existing}${section}`;
  fs.writeFileSync(file, updated);
  console.log(`written to ${path.relative(process.cwd(), file)}`);
}

await main();
