import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { App } from '../app-context.js';
import { declarePublicRoutes } from './access.js';

export const WEB_DIST = path.resolve(import.meta.dirname, '../../../web/dist');

/**
 * Serves the built React app. Hashed assets are cached for a year; index.html is never cached so
 * a new release is picked up at once. Returns the sender of index.html for client-side routes
 * (the not-found handler uses it), or null when there is no build.
 */
export async function registerWebApp(app: App, distDir = WEB_DIST): Promise<((reply: FastifyReply) => FastifyReply) | null> {
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) return null;
  // Read once at start: it is small and served for every client-side route.
  const indexHtml = fs.readFileSync(index);
  await app.register(async (scope) => {
    declarePublicRoutes(scope, 'the web app itself is public; its data comes from the API');
    await scope.register(fastifyStatic, {
      root: distDir,
      // Routes for the files present at start (a build happens before start, never during).
      wildcard: false,
      index: false,
      // Cache-Control is set per file below (hashed assets forever, the rest never).
      cacheControl: false,
      setHeaders: (res, filePath) => {
        res.setHeader('Cache-Control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  });
  return (reply) => reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
}
