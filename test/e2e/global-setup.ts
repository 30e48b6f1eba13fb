/**
 * Starts `node bin/livebase.mjs start` on a free port with a fresh data directory (the server
 * seeds the demo data on an empty database and builds web/dist when stale), waits for
 * /api/health and hands the base URL to the tests. Teardown stops that child by its pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS_DIR = path.join(repoRoot, 'test-artifacts', 'e2e');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    artifactsDir: string;
    authStateDir: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`livebase exited early (code ${child.exitCode}, signal ${child.signalCode}):\n${log()}`);
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) {
        const body = (await res.json()) as { status?: string };
        if (body.status === 'ok') return;
      }
      lastError = `HTTP ${res.status}`;
    } catch (err) {
      lastError = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`livebase did not become healthy within ${timeoutMs} ms (${lastError}):\n${log()}`);
}

/** The suite needs the built app on client-side routes too (SPA fallback); say so at once if not. */
async function assertServesWebApp(url: string): Promise<void> {
  for (const route of ['/', '/login', '/admin/users']) {
    const res = await fetch(url + route, { headers: { Accept: 'text/html' } });
    const body = await res.text();
    if (!res.ok || !body.includes('id="root"')) {
      throw new Error(`GET ${route} should return the web app's index.html, got HTTP ${res.status}: ${body.slice(0, 200)}`);
    }
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    const pid = child.pid;
    const timer = setTimeout(() => {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 8_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  fs.rmSync(path.join(ARTIFACTS_DIR, 'browser-console.log'), { force: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'livebase-e2e-'));
  const authStateDir = path.join(dataDir, 'e2e-auth');
  fs.mkdirSync(authStateDir);

  // Development aid: LIVEBASE_E2E_BASE_URL runs the suite against a server that is already up
  // (e.g. `vite` in front of `livebase start`) on freshly seeded demo data.
  const external = process.env.LIVEBASE_E2E_BASE_URL;
  if (external) {
    await assertServesWebApp(external.replace(/\/$/, '')).catch((err) => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw err;
    });
    project.provide('baseUrl', external.replace(/\/$/, ''));
    project.provide('artifactsDir', ARTIFACTS_DIR);
    project.provide('authStateDir', authStateDir);
    return async () => fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LIVEBASE_DATA_DIR: dataDir,
    LIVEBASE_LOG_LEVEL: process.env.LIVEBASE_LOG_LEVEL ?? 'warn',
  };
  if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL;
  // The tests talk to the server on the address they were given; a stray public origin would
  // make the same-origin check refuse every write.
  delete env.LIVEBASE_PUBLIC_ORIGIN;

  const logFile = path.join(ARTIFACTS_DIR, 'server.log');
  const logStream = fs.createWriteStream(logFile);
  let tail = '';
  const child = spawn(process.execPath, ['bin/livebase.mjs', 'start'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const onData = (chunk: Buffer) => {
    logStream.write(chunk);
    tail = (tail + chunk.toString()).slice(-6000);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  try {
    await waitForHealth(baseUrl, child, 200_000, () => tail);
    await assertServesWebApp(baseUrl);
  } catch (err) {
    await stop(child);
    logStream.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }

  project.provide('baseUrl', baseUrl);
  project.provide('artifactsDir', ARTIFACTS_DIR);
  project.provide('authStateDir', authStateDir);

  return async () => {
    await stop(child);
    logStream.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
