import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/core/audit/audit.service.js';
import { createDatabase } from '../../src/core/db/database.js';
import { createEntry } from '../../src/modules/compliance/lexicon/lexicon.service.js';

/** `livebase check FILE|- [--json] [--db]`: exit 0 clean, 1 with a must-fix finding, 2 on usage errors. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'livebase-check-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function livebase(args: string[], input?: string, env: Record<string, string> = {}) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  return spawnSync(process.execPath, [path.join(ROOT, 'bin/livebase.mjs'), ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000, env: { ...inherited, ...env } });
}

describe('livebase check', () => {
  it('lists findings with line and column, and exits 1 on a must-fix finding', () => {
    const file = path.join(dir, 'script.txt');
    fs.writeFileSync(file, '开场白\n这款纳溪特早茶全网最低价\n');
    const res = livebase(['check', file]);
    expect(res.status, res.stderr).toBe(1);
    expect(res.stdout).toContain(`${file}:2:8`);
    expect(res.stdout).toContain('必须修改');
  });

  it('prints JSON with offsets for --json, reading standard input', () => {
    const text = '保证是最好的柚子';
    const res = livebase(['check', '-', '--json'], text);
    expect(res.status).toBe(1);
    const { findings } = JSON.parse(res.stdout) as { findings: { start: number; end: number; text: string; category: string }[] };
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('exits 0 on a clean script and 2 on usage errors', () => {
    const clean = livebase(['check', '-'], '第一次来直播间的朋友，最近的新茶已经到了，最佳食用期是三个月。');
    expect(clean.status, clean.stdout).toBe(0);
    expect(livebase(['check']).status).toBe(2);
    expect(livebase(['check', path.join(dir, 'missing.txt')]).status).toBe(2);
    expect(livebase(['check', '-', '--frobnicate']).status).toBe(2);
  });

  it('--db uses the lexicon as staff edited it in the platform database', async () => {
    const dataDir = path.join(dir, 'data');
    const env = { LIVEBASE_DATA_DIR: dataDir };
    expect(livebase(['check', '-', '--db'], '这款蜂蜜闭眼入', env).status).toBe(0);
    const database = createDatabase({ kind: 'sqlite', file: path.join(dataDir, 'livebase.sqlite') });
    try {
      await createEntry(database.db, SYSTEM_ACTOR, { term: '闭眼入', category: 'absolute', severity: 'must_fix', clause: 5, basis: '《广告法》第九条', why: '暗示无需判断、绝对可靠。', suggestion: '值得一试', allowIn: [], negationWindow: 0, enabled: true });
    } finally {
      await database.close();
    }
    const res = livebase(['check', '-', '--db', '--json'], '这款蜂蜜闭眼入', env);
    expect(res.status, res.stderr).toBe(1);
    expect(JSON.parse(res.stdout).findings[0]).toMatchObject({ term: '闭眼入', start: 4, end: 7 });
    // Without --db the starter lexicon shipped with the code applies.
    expect(livebase(['check', '-'], '这款蜂蜜闭眼入', env).status).toBe(0);
  });
});
