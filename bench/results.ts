import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './http-bench.js';

/** The machine as RESULTS.md names it. */
export function machineLine(): string {
  return `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** Replaces (or appends) one `## …` section of bench/RESULTS.md, keeping the others. */
export function writeSection(heading: string, section: string): void {
  const file = path.join(ROOT, 'bench', 'RESULTS.md');
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmark results\n\nThe latest figures of `npm run bench`, newest run per section.\n\n';
  const escaped = heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${escaped}[\\s\\S]*?(?=\\n## |$)`);
  const updated = existing.includes(heading) ? existing.replace(pattern, section) : `${existing.trimEnd()}\n\n${section}`;
  fs.writeFileSync(file, updated);
  console.log(`${heading.replace(/^#+ /, '')}: written to ${path.relative(process.cwd(), file)}`);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}
