import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/core/auth/password.js';
import { seedDemoCompliance } from '../../src/seed/seed-compliance.js';
import { seedDemoConvention } from '../../src/seed/seed-convention.js';
import { DEMO_STREAMER_PROFILES } from '../../src/seed/demo-streamer-profiles.js';
import { seedDemoMatching } from '../../src/seed/seed-matching.js';
import { seedDemoMatchingActivity } from '../../src/seed/seed-matching-activity.js';
import { seedDemoCatalog } from '../../src/seed/seed-catalog.js';
import { COOPERATION_STATUSES } from '../../src/modules/matching/rules/cooperation.machine.js';
import { SAMPLE_STATUSES } from '../../src/modules/matching/rules/sample.machine.js';
import { SESSION_STATUSES } from '../../src/modules/matching/rules/session.machine.js';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../support/test-app.js';

/** The matching demo: 40 streamers with profiles, the 纳溪 rural streamer with 2 million followers, party members. */
describe('matching demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const hash = await hashPassword(DEMO_PASSWORD);
    await seedDemoConvention(t.db);
    await seedDemoCompliance(t.db, hash);
    expect(await seedDemoMatching(t.db, hash)).toBe(true);
    await seedDemoCatalog(t.db, t.ctx.regions);
    expect(await seedDemoMatchingActivity(t.db, t.ctx.regions)).toBe(true);
  });
  afterAll(() => t.close());

  it('gives about 40 streamers a profile, once', async () => {
    const profiles = await t.db.selectFrom('streamer_profiles').select(['user_id', 'party_member', 'party_confirmed_by']).execute();
    expect(profiles).toHaveLength(DEMO_STREAMER_PROFILES.length);
    expect(profiles.length).toBeGreaterThanOrEqual(38);
    expect(profiles.filter((p) => p.party_member === 1 && p.party_confirmed_by).length).toBeGreaterThanOrEqual(8);
    expect(profiles.some((p) => p.party_member === 1 && !p.party_confirmed_by)).toBe(true);
    expect(await seedDemoMatching(t.db, 'unused')).toBe(false);
  });

  it('the demo streamer is the rural streamer in 纳溪 selling 腊肉 and 柚子 to 2 million followers', async () => {
    const streamer = await t.login('streamer');
    const me = (await streamer.get('/api/matching/profile')).json();
    expect(me).toMatchObject({ exists: true, unitName: '纳溪区互联网行业党委', party: { declared: true } });
    expect(me.followers).toBeGreaterThanOrEqual(2_000_000);
    expect(me.categories).toEqual(expect.arrayContaining(['cured.bacon', 'fruit.citrus']));
    const newcomer = await t.login(DEMO_STREAMER_PROFILES.find((p) => p.unit !== null)!.username);
    expect((await newcomer.get('/api/matching/profile')).json().exists).toBe(true);
  });

  it('has samples, cooperations and live sessions in every state, once', async () => {
    const states = async (table: 'sample_requests' | 'cooperations' | 'live_sessions') => new Set((await t.db.selectFrom(table).select('status').execute()).map((r) => r.status));
    expect(await states('sample_requests')).toEqual(new Set(SAMPLE_STATUSES));
    expect(await states('cooperations')).toEqual(new Set(COOPERATION_STATUSES));
    expect(await states('live_sessions')).toEqual(new Set(SESSION_STATUSES));
    expect(await seedDemoMatchingActivity(t.db, t.ctx.regions)).toBe(false);
    const streamer = await t.login('streamer');
    const picks = (await streamer.get('/api/matching/recommendations')).json();
    expect(picks.items.length).toBeGreaterThan(0);
    const credit = (await streamer.get('/api/matching/credit')).json();
    expect(credit.score).toBeGreaterThanOrEqual(90);
  });
});
