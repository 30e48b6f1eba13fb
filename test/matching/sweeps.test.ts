import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSweepOnce } from '../../src/core/sweeps.js';
import { catalogSweeps } from '../../src/modules/catalog/catalog.sweeps.js';
import { matchingSweeps } from '../../src/modules/matching/matching.sweeps.js';
import { seedDemoCatalog } from '../../src/seed/seed-catalog.js';
import { deskSweeps } from '../../src/modules/desk/desk.sweeps.js';
import { seedDemoDepartments } from '../../src/seed/seed-desk.js';
import { hashPassword } from '../../src/core/auth/password.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every registered sweep runs as the timer runs it: on PostgreSQL inside the transaction that
 * holds its advisory lock (so a sweep must not open a transaction of its own), twice in a row.
 */
describe('registered sweeps', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoCatalog(t.db, t.ctx.regions);
    await seedDemoDepartments(t.db, await hashPassword('livebase-demo'));
  });
  afterAll(() => t.close());

  it('each runs, and runs again, under the cluster lock, with work to do', async () => {
    // Work for the sweeps: a sample request past its decision limit, a pool product whose evidence ran out.
    const streamer = await t.login('streamer');
    const product = (await t.db.selectFrom('products').select('id').where('in_pool', '=', 1).orderBy('id').executeTakeFirstOrThrow()).id;
    const sample = (await streamer.post('/api/matching/samples', { productId: product, shipTo: '四川省泸州市纳溪区 明二锅' })).json();
    await t.db.updateTable('sample_requests').set({ decision_due_at: '2020-01-01T00:00:00.000Z' }).where('id', '=', sample.id).execute();
    const other = (await t.db.selectFrom('products').select('id').where('in_pool', '=', 1).where('id', '!=', product).orderBy('id').executeTakeFirstOrThrow()).id;
    const batches = (await t.db.selectFrom('batches').select('id').where('product_id', '=', other).execute()).map((b) => b.id);
    await t.db.updateTable('evidence').set({ valid_until: '2020-01-01' }).where('batch_id', 'in', batches).execute();
    await t.db.updateTable('products').set({ pool_valid_until: '2020-01-01' }).where('id', '=', other).execute();

    // A service ticket past its limit.
    const ticket = (await streamer.post('/api/desk/tickets', { category: 'tax', type: 'inquiry', title: '发票怎么开', description: '个人主播怎么给买家开发票？' })).json();
    await t.db.updateTable('desk_tickets').set({ due_on: '2020-01-02' }).where('id', '=', ticket.id).execute();

    const sweeps = [...catalogSweeps(t.ctx.regions), ...matchingSweeps(t.ctx.regions), ...deskSweeps(t.ctx)];
    expect(sweeps.map((s) => s.name)).toEqual(expect.arrayContaining(['catalog.evidence-expiry', 'matching.sample-limits', 'matching.cooperation-windows', 'matching.report-reminders', 'desk.ticket-clock']));
    for (const sweep of sweeps) {
      expect(await runSweepOnce(t.db, t.testDb.database.kind, sweep), sweep.name).toBe(true);
      expect(await runSweepOnce(t.db, t.testDb.database.kind, sweep), sweep.name).toBe(true);
    }
    expect((await t.db.selectFrom('sample_requests').select('status').where('id', '=', sample.id).executeTakeFirstOrThrow()).status).toBe('expired');
    expect((await t.db.selectFrom('products').select('in_pool').where('id', '=', other).executeTakeFirstOrThrow()).in_pool).toBe(0);
    expect((await t.db.selectFrom('desk_tickets').select('escalated_at').where('id', '=', ticket.id).executeTakeFirstOrThrow()).escalated_at).not.toBeNull();
  });
});
