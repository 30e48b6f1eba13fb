import { MIGRATIONS } from '../../migrations/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

let t: TestApp;
let streamer: Client;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  streamer = await t.login('streamer');
  admin = await t.login('admin');
});
afterAll(async () => t.close());

describe('health and API docs', () => {
  it('reports database kind, migration and uptime without a session', async () => {
    const res = await t.anonymous().get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: t.ctx.database.kind, migrationVersion: Object.keys(MIGRATIONS).at(-1) });
    expect(typeof res.json().uptimeSeconds).toBe('number');
  });

  it('serves OpenAPI JSON describing the routes, and the docs page', async () => {
    const spec = (await t.anonymous().get('/api/openapi.json')).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/admin/users', '/api/regions']));
    expect(spec.paths['/api/admin/users'].post.requestBody).toBeDefined();
    const docs = await t.anonymous().get('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });
});

describe('regions (GB/T 2260)', () => {
  it('walks province → city → county → township → village', async () => {
    const provinces = (await streamer.get('/api/regions')).json().items;
    expect(provinces.find((p: { code: string }) => p.code === '51')).toMatchObject({ name: '四川省', level: 'province', hasChildren: true });
    const cities = (await streamer.get('/api/regions?parent=51')).json().items;
    expect(cities.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['成都市', '泸州市', '达州市', '甘孜藏族自治州']));
    const counties = (await streamer.get('/api/regions?parent=5105')).json().items;
    expect(counties.find((c: { code: string }) => c.code === '510503').name).toBe('纳溪区');
    const towns = (await streamer.get('/api/regions?parent=510503')).json().items;
    const huguo = towns.find((x: { name: string }) => x.name === '护国镇');
    expect(huguo.level).toBe('township');
    const villages = (await streamer.get(`/api/regions?parent=${huguo.code}`)).json().items;
    expect(villages.length).toBeGreaterThan(3);
    expect(villages[0]).toMatchObject({ level: 'village', hasChildren: false });
    expect(villages[0].code).toHaveLength(12);
  });

  it('gives a region with its path', async () => {
    const res = (await streamer.get('/api/regions/510503101')).json();
    expect(res.path.map((p: { name: string }) => p.name)).toEqual(['四川省', '泸州市', '纳溪区', '护国镇']);
    expect((await streamer.get('/api/regions/5105999')).statusCode).toBe(404);
  });
});

describe('working-day calendar', () => {
  it('uses the published 2026 holidays and make-up days', async () => {
    const national = (await streamer.get('/api/calendar/check?date=2026-09-30&add=3')).json();
    expect(national).toEqual({ date: '2026-09-30', isWorkingDay: true, result: '2026-10-10', provisional: false });
    const makeUp = (await streamer.get('/api/calendar/check?date=2026-02-14')).json();
    expect(makeUp.isWorkingDay).toBe(true);
    const years = (await streamer.get('/api/calendar/years')).json().items;
    expect(years.find((y: { year: number }) => y.year === 2026).source).toBe('package');
  });

  it('marks results in a year without official data provisional until an admin enters it', async () => {
    const before = (await streamer.get('/api/calendar/check?date=2026-12-30&add=3')).json();
    expect(before).toMatchObject({ result: '2027-01-04', provisional: true });
    const denied = await streamer.put('/api/calendar/years/2027', { entries: [] });
    expect(denied.statusCode).toBe(403);
    const put = await admin.put('/api/calendar/years/2027', {
      entries: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-01-04', kind: 'holiday', name: '元旦（示例）' },
      ],
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().source).toBe('admin');
    const after = (await streamer.get('/api/calendar/check?date=2026-12-30&add=3')).json();
    expect(after).toMatchObject({ result: '2027-01-06', provisional: false });
    const year = (await streamer.get('/api/calendar/years/2027')).json();
    expect(year.entries).toHaveLength(2);
  });

  it('refuses entries outside the year or twice the same date, writing nothing', async () => {
    const wrongYear = await admin.put('/api/calendar/years/2028', { entries: [{ date: '2029-01-01', kind: 'holiday', name: '元旦' }] });
    expect(wrongYear.statusCode).toBe(400);
    const dup = await admin.put('/api/calendar/years/2028', {
      entries: [
        { date: '2028-01-01', kind: 'holiday', name: '元旦' },
        { date: '2028-01-01', kind: 'workday', name: '元旦' },
      ],
    });
    expect(dup.statusCode).toBe(400);
    expect((await streamer.get('/api/calendar/years/2028')).json().source).toBe('none');
  });
});
