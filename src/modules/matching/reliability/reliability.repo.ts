import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { ReliabilityInputs } from '../rules/reliability-score.js';

/** A producer's record since a time, as the reliability score reads it. */
export async function producerRecord(db: Kysely<DB>, producerId: string, since: string): Promise<ReliabilityInputs> {
  const samples = await db
    .selectFrom('sample_requests')
    .innerJoin('products', 'products.id', 'sample_requests.product_id')
    .select(['sample_requests.status', 'sample_requests.streamer_id', 'sample_requests.decided_at', 'sample_requests.shipped_at', 'sample_requests.cancelled_by'])
    .where('products.producer_id', '=', producerId)
    .where('sample_requests.created_at', '>=', since)
    .execute();
  const coops = await db
    .selectFrom('cooperations')
    .innerJoin('products', 'products.id', 'cooperations.product_id')
    .select(['cooperations.status', 'cooperations.streamer_id', 'cooperations.accepted_at', 'cooperations.terminated_by'])
    .where('products.producer_id', '=', producerId)
    .where('cooperations.status', 'in', ['completed', 'terminated'])
    .where('cooperations.closed_at', '>=', since)
    .execute();
  const sales = await db
    .selectFrom('live_session_products as p')
    .innerJoin('live_sessions as s', 's.id', 'p.session_id')
    .innerJoin('products', 'products.id', 'p.product_id')
    .select((eb) => [eb.fn.sum<number>('p.units_sold').as('sold'), eb.fn.sum<number>('p.units_refunded').as('refunded')])
    .where('products.producer_id', '=', producerId)
    .where('s.status', '=', 'reported')
    .where('s.ended_at', '>=', since)
    .executeTakeFirst();
  const suspended = await db.selectFrom('products').select((eb) => eb.fn.countAll<number>().as('n')).where('producer_id', '=', producerId).where('status', '=', 'suspended').executeTakeFirstOrThrow();
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
  return {
    decidedInTime: samples.filter((s) => s.decided_at !== null).length,
    expired: samples.filter((s) => s.status === 'expired').length,
    shippingDays: samples.filter((s) => s.decided_at && s.shipped_at).map((s) => days(s.decided_at!, s.shipped_at!)),
    approvedWithdrawn: samples.filter((s) => s.status === 'cancelled' && s.decided_at && !s.shipped_at && s.cancelled_by !== s.streamer_id).length,
    cooperationsCompleted: coops.filter((c) => c.status === 'completed').length,
    cooperationsTerminatedByProducer: coops.filter((c) => c.status === 'terminated' && c.accepted_at && c.terminated_by && c.terminated_by !== c.streamer_id).length,
    unitsSold: Number(sales?.sold ?? 0),
    unitsRefunded: Number(sales?.refunded ?? 0),
    suspendedProducts: Number(suspended.n),
  };
}

export const findApprovedProducer = (db: Kysely<DB>, id: string) => db.selectFrom('producers').select(['id', 'name']).where('id', '=', id).where('status', '=', 'approved').executeTakeFirst();
