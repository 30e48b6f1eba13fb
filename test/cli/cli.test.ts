import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_STREAMERS } from '../../src/seed/demo-compliance-data.js';
import { DEMO_STREAMER_PROFILES } from '../../src/seed/demo-streamer-profiles.js';
import { DEMO_USERS } from '../../src/seed/demo-units.js';
import { DEMO_OFFICERS } from '../../src/seed/demo-desk-data.js';
import { PG_URL } from '../support/test-db.js';

/** The one login per role, the compliance demo's streamers, the matching demo's new streamers and the service desk's officers. */
const DEMO_USER_COUNT = DEMO_USERS.length + DEMO_STREAMERS.length + DEMO_STREAMER_PROFILES.filter((p) => p.unit !== null).length + DEMO_OFFICERS.length;

/** The `livebase` command line, run as a user would run it. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'livebase-cli-'));
  dirs.push(d);
  return d;
}

function livebase(args: string[], env: Record<string, string>) {
  // SQLite unless the test passes DATABASE_URL itself.
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return spawnSync(process.execPath, [path.join(ROOT, 'bin/livebase.mjs'), ...args], {
    cwd: ROOT,
    env: { ...rest, LIVEBASE_LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('livebase command line', () => {
  it('prints usage, and exits 2 on an unknown command', () => {
    expect(livebase(['help'], {}).stdout).toContain('create-admin');
    const bad = livebase(['frobnicate'], {});
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown command: frobnicate');
  });

  it('refuses bad configuration with one clear line and exit code 2', () => {
    const res = livebase(['migrate'], { PORT: 'eighty' });
    expect(res.status).toBe(2);
    expect(res.stderr.trim()).toMatch(/^livebase: invalid configuration: PORT: /);
    const pg = livebase(['migrate'], { DATABASE_URL: 'mysql://nope' });
    expect(pg.status).toBe(2);
    expect(pg.stderr).toContain('DATABASE_URL must start with postgres://');
  });

  it('migrates, seeds once (idempotent), and backs up online to a file that holds the data', () => {
    const dir = tempDir();
    expect(livebase(['migrate'], { LIVEBASE_DATA_DIR: dir }).stdout).toContain('applied: 0001_foundation, 0002_catalog');
    expect(livebase(['migrate'], { LIVEBASE_DATA_DIR: dir }).stdout).toContain('up to date');
    const first = livebase(['seed'], { LIVEBASE_DATA_DIR: dir, LIVEBASE_DEMO_PASSWORD: 'custom-demo-pw' });
    expect(first.stdout).toContain('demo data written');
    expect(first.stdout).toContain('custom-demo-pw');
    for (const role of ['admin', 'base_staff', 'org_secretary', 'instructor', 'dept_officer', 'reviewer', 'streamer', 'producer']) expect(first.stdout).toContain(role);
    expect(livebase(['seed'], { LIVEBASE_DATA_DIR: dir }).stdout).toContain('nothing written');

    const file = path.join(dir, 'copy.sqlite');
    const backup = livebase(['backup', file], { LIVEBASE_DATA_DIR: dir });
    expect(backup.status).toBe(0);
    const copy = new SQLite(file, { readonly: true });
    const users = copy.prepare('select count(*) as n from users').get() as { n: number };
    const units = copy.prepare("select name from units where parent_id is null").get() as { name: string };
    copy.close();
    expect(users.n).toBe(DEMO_USER_COUNT);
    expect(units.name).toBe('四川省');
  });

  it('creates an administrator on an empty production database', () => {
    const dir = tempDir();
    const missing = livebase(['create-admin', '--username', 'ops'], { LIVEBASE_DATA_DIR: dir });
    expect(missing.status).toBe(2);
    const ok = livebase(['create-admin', '--username', 'ops', '--password', 'long-enough-pw'], { LIVEBASE_DATA_DIR: dir });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('admin ops can sign in');
    const db = new SQLite(path.join(dir, 'livebase.sqlite'), { readonly: true });
    const row = db.prepare("select r.role, u.name from user_roles r join units u on u.id = r.unit_id join users s on s.id = r.user_id where s.username = 'ops'").get();
    db.close();
    expect(row).toEqual({ role: 'admin', name: '四川省' });
    // A production instance started after this gets no demo users.
    expect(livebase(['seed'], { LIVEBASE_DATA_DIR: dir }).stdout).toContain('nothing written');
  });

  // Defined only in the PostgreSQL run of the suite (TEST_DATABASE_URL set).
  if (PG_URL) {
    it('migrates and seeds PostgreSQL through DATABASE_URL', async () => {
      const { createTestDatabase } = await import('../support/test-db.js');
      const testDb = await createTestDatabase();
      try {
        const env = { DATABASE_URL: testDb.env.DATABASE_URL };
        expect(livebase(['migrate'], env).stdout).toContain('up to date');
        expect(livebase(['seed'], env).stdout).toContain('demo data written');
        expect(livebase(['seed'], env).stdout).toContain('nothing written');
        const n = await testDb.database.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        expect(Number(n.n)).toBe(DEMO_USER_COUNT);
      } finally {
        await testDb.cleanup();
      }
    });
  }
});
