import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/core/auth/password.js';
import { VIOLATION_STATUSES } from '../../src/modules/compliance/violations/violation.machine.js';
import { DEMO_STREAMERS } from '../../src/seed/demo-compliance-data.js';
import { seedDemoCompliance } from '../../src/seed/seed-compliance.js';
import { seedDemoConvention } from '../../src/seed/seed-convention.js';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../support/test-app.js';

/** The compliance demo: streamers who have and have not signed, violations in every state. */
describe('compliance demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoConvention(t.db);
    expect(await seedDemoCompliance(t.db, await hashPassword(DEMO_PASSWORD))).toBe(true);
  });
  afterAll(() => t.close());

  it('has every violation state and runs once', async () => {
    const rows = await t.db.selectFrom('violations').select(['status', 'source']).execute();
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(VIOLATION_STATUSES));
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['staff', 'producer', 'streamer', 'checker']));
    expect(await seedDemoCompliance(t.db, 'unused')).toBe(false);
    expect(await t.db.selectFrom('violations').select('id').execute()).toHaveLength(rows.length);
  });

  it('gives base staff streamers to cover, some signed, and the demo streamers can sign in', async () => {
    const staff = await t.login('base_staff');
    const coverage = (await staff.get('/api/compliance/convention/signatures')).json();
    expect(coverage.total).toBe(DEMO_STREAMERS.filter((s) => s.unit === 'jinniu_base').length);
    expect(coverage.signed).toBeGreaterThan(0);
    expect(coverage.signed).toBeLessThan(coverage.total);
    const queue = (await staff.get('/api/compliance/violations')).json();
    expect(queue.total).toBeGreaterThanOrEqual(3);
    const other = await t.login(DEMO_STREAMERS[0].username);
    expect((await other.get('/api/compliance/violations/mine')).json().total).toBeGreaterThan(0);
  });
});
