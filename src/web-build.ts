import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const WEB = path.join(ROOT, 'web');

function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** True when web/dist is missing or older than the web sources or the shared schemas. */
export function webBuildIsStale(): boolean {
  const built = path.join(WEB, 'dist', 'index.html');
  if (!fs.existsSync(path.join(WEB, 'index.html'))) return false;
  if (!fs.existsSync(built)) return true;
  const sources = Math.max(newestMtime(WEB), newestMtime(path.join(ROOT, 'src', 'core')));
  return sources > fs.statSync(built).mtimeMs;
}

/** Builds the React app with Vite when needed, so `npm start` on a fresh clone just works. */
export async function ensureWebBuilt(log: (msg: string) => void): Promise<void> {
  if (!webBuildIsStale()) return;
  log('building the web app (first start or sources changed)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(WEB, 'vite.config.ts'), logLevel: 'warn' });
  log('web app built');
}
