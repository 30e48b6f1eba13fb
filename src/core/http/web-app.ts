import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from '../app-context.js';
import { declarePublicRoutes } from './access.js';

export const WEB_DIST = path.resolve(import.meta.dirname, '../../../web/dist');

/**
 * Serves the built React app. Hashed assets are cached for a year; index.html is never cached so
 * a new release is picked up at once. Unknown non-API paths get index.html (client-side routes).
 */
export async function registerWebApp(app: App, distDir = WEB_DIST): Promise<boolean> {
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) return false;
  await app.register(async (scope) => {
    declarePublicRoutes(scope, 'the web app itself is public; its data comes from the API');
    await scope.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      setHeaders: (res, filePath) => {
        res.setHeader('Cache-Control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  });
  return true;
}

export function sendIndexHtml(reply: import('fastify').FastifyReply): unknown {
  return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
}
