import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/core/access/roles.js';
import type { RouteAccess } from '../../src/core/http/access.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

/**
 * Every route declares who may call it and how its data scope is checked (DESIGN.md). This test
 * walks Fastify's route table, fails on any route without a declaration, and then calls every
 * protected route anonymously and as every role it does not allow.
 */
let t: TestApp;
const clients = new Map<string, Client>();

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) clients.set(role, await t.login(role));
});
afterAll(async () => t.close());

function routes() {
  return t.app.routeList.flatMap((r) => (Array.isArray(r.method) ? r.method : [r.method]).map((method) => ({ method, url: r.url, access: r.config?.access as RouteAccess | undefined })));
}

const concrete = (url: string) => url.replace(/:id/g, '00000000-0000-7000-8000-000000000000').replace(/:year/g, '2026').replace(/:code/g, '51').replace(/\*/g, 'x');

describe('route access declarations', () => {
  it('every route declares its roles and scope, or why it is public', () => {
    const all = routes();
    expect(all.length).toBeGreaterThan(20);
    const missing = all.filter((r) => !r.access).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    for (const r of all) {
      const a = r.access!;
      if ('public' in a) expect(a.why.length, `${r.method} ${r.url}`).toBeGreaterThan(10);
      else expect(['none', 'own', 'unit-subtree', 'shared-reference']).toContain(a.scope);
    }
  });

  it('only health, login and documentation are public among API routes', () => {
    const publicApi = routes()
      .filter((r) => r.url.startsWith('/api/') && r.access && 'public' in r.access && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`)
      .filter((s) => !s.includes('/api/docs'));
    expect(publicApi.sort()).toEqual(['GET /api/health', 'GET /api/openapi.json', 'POST /api/auth/login']);
  });

  it('every protected route refuses an anonymous caller with 401', async () => {
    for (const r of routes().filter((x) => x.access && !('public' in x.access) && x.method !== 'HEAD')) {
      const res = await t.anonymous().request(r.method as 'GET', concrete(r.url), r.method === 'GET' ? undefined : {});
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('every role-restricted route refuses each role it does not list with 403', async () => {
    let checked = 0;
    for (const r of routes()) {
      const a = r.access;
      if (!a || 'public' in a || a.roles === 'authenticated' || r.method === 'HEAD') continue;
      for (const role of ROLES.filter((x) => !(a.roles as readonly string[]).includes(x))) {
        const res = await clients.get(role)!.request(r.method as 'GET', concrete(r.url), r.method === 'GET' ? undefined : {});
        expect(res.statusCode, `${role}: ${r.method} ${r.url}`).toBe(403);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
