import type { LightMyRequestResponse } from 'fastify';
import type { App, AppContext } from '../../src/core/app-context.js';
import { parseConfig } from '../../src/core/config.js';
import type { DB } from '../../src/core/db/schema.js';
import { seedDemo } from '../../src/seed/seed.js';
import { buildApp, createContext } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from './test-db.js';
import type { Kysely } from 'kysely';

export const DEMO_PASSWORD = 'livebase-demo';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A signed-in client: the session cookie rides along on every request. */
export interface Client {
  cookie: string;
  request(method: Method, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  /** A request with raw bytes as the body (uploads, workbooks). */
  raw(method: Method, url: string, bytes: Buffer, contentType: string): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: App;
  ctx: AppContext;
  db: Kysely<DB>;
  testDb: TestDatabase;
  login(username: string, password?: string): Promise<Client>;
  anonymous(): Client;
  close(): Promise<void>;
}

function clientWith(app: App, cookie: string): Client {
  const request = (method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      payload: body === undefined ? undefined : JSON.stringify(body),
    });
  return {
    cookie,
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    put: (url, body) => request('PUT', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    raw: (method, url, bytes, contentType) =>
      app.inject({ method, url, headers: { ...(cookie ? { cookie } : {}), 'content-type': contentType }, payload: bytes }),
  };
}

/** The app on a fresh database with the demo tree and users, no web files, no logging. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const testDb = await createTestDatabase();
  const config = parseConfig({ LIVEBASE_LOG_LEVEL: 'silent', ...env });
  await seedDemo(testDb.database.db, DEMO_PASSWORD);
  const ctx = createContext(config, testDb.database);
  const app = await buildApp(ctx, { logger: false, web: false });
  await app.ready();
  return {
    app,
    ctx,
    db: testDb.database.db,
    testDb,
    anonymous: () => clientWith(app, ''),
    async login(username, password = DEMO_PASSWORD) {
      const res = await clientWith(app, '').post('/api/auth/login', { username, password });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const setCookie = res.cookies.find((c) => c.name === 'livebase_session');
      if (!setCookie) throw new Error('no session cookie');
      return clientWith(app, `livebase_session=${setCookie.value}`);
    },
    async close() {
      await app.close();
      ctx.regions.close();
      await testDb.cleanup();
    },
  };
}
