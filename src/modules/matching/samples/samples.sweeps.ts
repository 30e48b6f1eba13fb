import { inTransaction } from '../../../core/db/transaction.js';
import { nowIso } from '../../../core/time.js';
import type { CatalogDeps } from '../../catalog/producers/producers.service.js';
import { dueStep, type SampleStatus } from '../rules/sample.machine.js';
import * as repo from './samples.repo.js';
import { hasSessionWith } from '../sessions/sessions.repo.js';
import { applySampleStep } from './samples.service.js';

/**
 * The sample time limits (SPEC §2.2): no decision in 3 days → expired; shipped 10 days ago →
 * received; received 14 days ago, not evaluated and nothing scheduled → overdue. Each request is
 * re-read and decided by the pure rule in its own transaction, so a second run (or a second node)
 * finds nothing left to do.
 */
export async function sweepSamples(deps: CatalogDeps, now = nowIso()): Promise<{ expire: number; receive: number; overdue: number }> {
  const done = { expire: 0, receive: 0, overdue: 0 };
  for (const id of await repo.dueForSweep(deps.db, now, 5000)) {
    await inTransaction(deps.db, async (trx) => {
      const row = await repo.findSample(trx, id);
      if (!row) return;
      const scheduled = row.status === 'received' && row.received_at ? await hasSessionWith(trx, row.streamer_id, row.product_id, row.received_at) : false;
      const step = dueStep({ status: row.status as SampleStatus, decisionDueAt: row.decision_due_at, shippedAt: row.shipped_at, evaluationDueAt: row.evaluation_due_at }, now, scheduled);
      if (!step) return;
      await applySampleStep(trx, deps, row, step, ['system'], { userId: null, viewer: null });
      done[step] += 1;
    });
  }
  return done;
}
