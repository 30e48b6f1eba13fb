import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const webRoot = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(webRoot, '..');

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: resolve(webRoot, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // The web app imports the shared Zod schemas and access constants from ../src.
    fs: { allow: [repoRoot] },
    // LIVEBASE_API_URL points the dev server at a backend on another port.
    proxy: { '/api': { target: process.env.LIVEBASE_API_URL ?? 'http://localhost:3000', changeOrigin: false } },
  },
});
