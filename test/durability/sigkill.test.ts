import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/seed/seed.js';
import { unitByName } from '../support/factories.js';
import { createTestDatabase, type TestDatabase } from '../support/test-db.js';

/**
 * Durability (SPEC §4): a server process takes writes, is killed with SIGKILL in the middle of
 * them, is restarted, and every write it acknowledged is there.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
let testDb: TestDatabase;
let child: ChildProcess | null = null;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function startServer(port: number): Promise<ChildProcess> {
  const proc = spawn(process.execPath, [path.join(ROOT, 'bin/livebase.mjs'), 'start', '--no-demo', '--no-build'], {
    cwd: ROOT,
    env: { ...process.env, ...testDb.env, PORT: String(port), HOST: '127.0.0.1', LIVEBASE_LOG_LEVEL: 'warn', LIVEBASE_SWEEPS: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout!.on('data', (d) => (output += d));
  proc.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return proc;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error(`server did not start: ${output}`);
}

async function login(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'livebase-demo' }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0];
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDemo(testDb.database.db, 'livebase-demo');
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await testDb.cleanup();
});

describe('durability under SIGKILL', () => {
  it('keeps every acknowledged write after the server is killed mid-stream and restarted', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    child = await startServer(port);
    const cookie = await login(base);
    const parent = await unitByName(testDb.database.db, '纳溪区互联网行业党委');

    const acknowledged: string[] = [];
    let attempted = 0;
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const name = `耐久性测试-${w}-${i}`;
        attempted += 1;
        try {
          const res = await fetch(`${base}/api/admin/units`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ parentId: parent.id, name, type: 'enterprise' }),
          });
          if (res.status === 200) acknowledged.push(name);
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = Array.from({ length: 8 }, (_, w) => writer(w));
    // Kill once a good number of writes went through, while the others are in flight.
    while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await new Promise<void>((r) => (child!.exitCode !== null || child!.signalCode ? r() : child!.once('exit', () => r())));
    expect(attempted).toBeGreaterThan(acknowledged.length);

    child = await startServer(port);
    const cookie2 = await login(base);
    const res = await fetch(`${base}/api/admin/units`, { headers: { cookie: cookie2 } });
    const names = new Set((await res.json()).items.map((u: { name: string }) => u.name));
    const lost = acknowledged.filter((n) => !names.has(n));
    expect(lost).toEqual([]);
    // Each acknowledged write is also complete: its audit row committed with it.
    const audited = await testDb.database.db.selectFrom('audit_log').select('after_json').where('action', '=', 'unit.create').execute();
    const auditedNames = new Set(audited.map((a) => JSON.parse(a.after_json!).name));
    expect(acknowledged.filter((n) => !auditedNames.has(n))).toEqual([]);
    child.kill('SIGTERM');
  }, 90_000);
});
