import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `livebase check FILE|- [--json]`: exit 0 clean, 1 with a must-fix finding, 2 on usage errors. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'livebase-check-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function livebase(args: string[], input?: string) {
  return spawnSync(process.execPath, [path.join(ROOT, 'bin/livebase.mjs'), ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
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
});
