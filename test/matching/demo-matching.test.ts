import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/core/auth/password.js';
import { seedDemoCompliance } from '../../src/seed/seed-compliance.js';
import { seedDemoConvention } from '../../src/seed/seed-convention.js';
import { DEMO_STREAMER_PROFILES } from '../../src/seed/demo-streamer-profiles.js';
import { seedDemoMatching } from '../../src/seed/seed-matching.js';
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
});
