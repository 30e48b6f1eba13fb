import type { Kysely } from 'kysely';
import type { DB } from '../core/db/schema.js';
import { recordTransition } from '../core/fsm/workflow-events.repo.js';
import { newId } from '../core/ids.js';
import type { RegionService } from '../core/regions/regions.service.js';
import { addDays, nowIso, shanghaiDate } from '../core/time.js';
import type { EvidenceTable, ProducersTable, ProductsTable } from '../modules/catalog/catalog.tables.js';
import * as producersRepo from '../modules/catalog/producers/producers.repo.js';
import * as productsRepo from '../modules/catalog/products/products.repo.js';
import { newTraceCode, productColumns } from '../modules/catalog/products/products.service.js';
import { refreshProduct } from '../modules/catalog/products/standing.service.js';
import { DEMO_UNITS } from './demo-units.js';
import { DEMO_PRODUCERS, DEMO_PRODUCTS, DEMO_SYNONYMS, type DemoProduct } from './demo-catalog-data.js';

/**
 * The demo catalogue (issue 3): about 60 producers and 300 products across Chengdu, Luzhou,
 * Dazhou and Ganzi, every state represented. Dates are relative to today so evidence that is
 * meant to be valid stays valid, and expired evidence stays expired, whenever the demo starts.
 */
const STAFF_BY_UNIT: Record<string, string> = { jinniu_base: 'base_staff', luding: 'admin' };
const staffFor = (unit: string) => STAFF_BY_UNIT[unit] ?? (['tongchuan', 'dachuan', 'xuanhan', 'wanyuan'].includes(unit) ? 'dazhou_staff' : 'luzhou_staff');
const OWNER_BY_PRODUCER: Record<string, string> = { naxi_tea_coop: 'producer' };

const LABS = ['四川省农产品质量安全中心', '泸州市食品药品检验检测中心', '达州市农产品质量检测中心', '四川省食品检验研究院'];
const CERTIFICATIONS: Record<string, [string, string]> = {
  绿色食品: ['绿色食品证书', '中国绿色食品发展中心'],
  有机: ['有机产品认证证书', '中绿华夏有机食品认证中心'],
  地理标志: ['农产品地理标志登记证书', '农业农村部'],
};

export async function seedDemoCatalog(db: Kysely<DB>, regions: RegionService): Promise<{ producers: number; products: number } | null> {
  if (await db.selectFrom('producers').select('id').limit(1).executeTakeFirst()) return null;
  const today = shanghaiDate();
  const users = new Map((await db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username, u.id]));
  const units = new Map((await db.selectFrom('units').select(['id', 'name']).execute()).map((u) => [u.name, u.id]));
  const unitId = (key: string) => units.get(DEMO_UNITS.find((u) => u.key === key)!.name)!;

  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const producerIds = new Map<string, { id: string; unit_id: string }>();
    for (const p of DEMO_PRODUCERS) {
      const id = newId();
      const reviewer = users.get(staffFor(p.unit)) ?? null;
      const reviewed = p.status === 'approved' || p.status === 'rejected';
      const row: ProducersTable = {
        id,
        unit_id: unitId(p.unit),
        owner_user_id: users.get(OWNER_BY_PRODUCER[p.key] ?? '') ?? null,
        name: p.name,
        type: p.type,
        region_code: p.regionCode,
        address: p.address,
        contact_name: p.contactName,
        contact_phone: p.contactPhone,
        credit_code: p.creditCode,
        sc_licence_no: p.scLicenceNo,
        food_business_licence_no: null,
        bank_name: null,
        bank_account: null,
        intro: p.intro,
        status: p.status,
        status_note: p.statusNote,
        documents_checked: reviewed ? 1 : 0,
        submitted_at: p.status === 'draft' ? null : now,
        reviewed_at: reviewed ? now : null,
        reviewed_by: reviewed ? reviewer : null,
        created_at: now,
        updated_at: now,
      };
      await producersRepo.insertProducer(trx, row);
      await recordTransition(trx, { machine: 'producer_application', entityId: id, from: null, to: 'draft', event: 'create', actorId: row.owner_user_id });
      if (p.status !== 'draft') await recordTransition(trx, { machine: 'producer_application', entityId: id, from: 'draft', to: 'submitted', event: 'submit', actorId: row.owner_user_id });
      if (reviewed) await recordTransition(trx, { machine: 'producer_application', entityId: id, from: 'submitted', to: p.status, event: p.status === 'approved' ? 'approve' : 'reject', actorId: reviewer, note: p.statusNote });
      if (p.siteVisited && p.siteVisitNote) {
        await producersRepo.insertSiteVisit(trx, { id: newId(), producer_id: id, visited_on: addDays(today, -30), notes: p.siteVisitNote, visitor_id: reviewer, created_at: now });
      }
      producerIds.set(p.key, { id, unit_id: row.unit_id });
    }

    let n = 0;
    for (const p of DEMO_PRODUCTS) {
      const producer = producerIds.get(p.producer);
      if (!producer) throw new Error(`demo product ${p.name}: unknown producer ${p.producer}`);
      n += 1;
      const productId = await insertDemoProduct(trx, p, producer, users.get(staffFor(DEMO_PRODUCERS.find((x) => x.key === p.producer)!.unit)) ?? null, today, n);
      await refreshProduct(trx, regions, productId, today);
    }

    for (const words of DEMO_SYNONYMS) {
      await trx.insertInto('search_synonyms').values({ id: newId(), words_json: JSON.stringify(words), updated_by: null, updated_at: now }).execute();
    }
    return { producers: DEMO_PRODUCERS.length, products: n };
  });
}

async function insertDemoProduct(trx: Kysely<DB>, p: DemoProduct, producer: { id: string; unit_id: string }, verifier: string | null, today: string, n: number): Promise<string> {
  const id = newId();
  const now = nowIso();
  const verified = p.status === 'verified' || p.status === 'suspended';
  const row: ProductsTable = {
    id,
    producer_id: producer.id,
    unit_id: producer.unit_id,
    ...productColumns({ ...p, imageIds: [], preorderFrom: null, preorderTo: null }),
    status: p.status,
    status_note: p.statusNote,
    verification_methods_json: JSON.stringify(verified ? p.verificationMethods : []),
    in_pool: 0,
    pool_valid_until: null,
    evidence_mask: 0,
    quality_score: 0,
    quality_json: '{"score":0,"parts":[]}',
    search_text: '',
    // Spread over the last months so "newest" sorts meaningfully.
    verified_at: verified ? new Date(Date.now() - (n % 90) * 86_400_000).toISOString() : null,
    verified_by: verified ? verifier : null,
    created_by: null,
    created_at: now,
    updated_at: now,
  };
  await productsRepo.insertProduct(trx, row);
  await productsRepo.replaceTags(trx, id, p.tags);
  await recordTransition(trx, { machine: 'product_verification', entityId: id, from: null, to: 'draft', event: 'create', actorId: null });
  if (p.status !== 'draft') await recordTransition(trx, { machine: 'product_verification', entityId: id, from: 'draft', to: 'submitted', event: 'submit', actorId: null });
  if (p.status === 'verified' || p.status === 'suspended' || p.status === 'rejected') {
    await recordTransition(trx, { machine: 'product_verification', entityId: id, from: 'submitted', to: p.status === 'rejected' ? 'rejected' : 'verified', event: p.status === 'rejected' ? 'reject' : 'verify', actorId: verifier, note: p.status === 'rejected' ? p.statusNote : p.verificationMethods.join(',') });
  }
  if (p.status === 'suspended') await recordTransition(trx, { machine: 'product_verification', entityId: id, from: 'verified', to: 'suspended', event: 'suspend', actorId: verifier, note: p.statusNote });
  if (p.evidence !== 'none') await insertDemoEvidence(trx, p, id, today, n);
  return id;
}

async function insertDemoEvidence(trx: Kysely<DB>, p: DemoProduct, productId: string, today: string, n: number): Promise<void> {
  const batchId = newId();
  const age = 10 + (n % 40);
  const producedOn = addDays(today, -age);
  await productsRepo.insertBatch(trx, { id: batchId, product_id: productId, code: `${today.slice(0, 4)}${String(n).padStart(4, '0')}`, trace_code: newTraceCode(), produced_on: producedOn, quantity: Math.max(100, p.capacitySeason / 10), quantity_unit: '件', note: null, created_by: null, created_at: nowIso() });
  const evidence = (over: Partial<EvidenceTable>): EvidenceTable => ({
    id: newId(),
    batch_id: batchId,
    product_id: productId,
    kind: 'compliance_certificate',
    title: '承诺达标合格证',
    issuer: '',
    number: null,
    issued_on: producedOn,
    valid_until: null,
    items: null,
    result: 'pass',
    file_id: null,
    created_by: null,
    created_at: nowIso(),
    ...over,
  });
  const expired = p.evidence === 'expired';
  // The 合格证 is valid through the shelf life; an expired one ended three days ago.
  await productsRepo.insertEvidence(trx, evidence({ issuer: '生产者自行开具', valid_until: expired ? addDays(today, -3) : addDays(producedOn, Math.max(p.shelfLifeDays, 60)), issued_on: expired ? addDays(today, -90) : producedOn }));
  if (n % 2 === 0 || p.evidence === 'failed') {
    await productsRepo.insertEvidence(
      trx,
      evidence({
        kind: 'inspection_report',
        title: '农产品质量安全检测报告',
        issuer: LABS[n % LABS.length]!,
        number: `JC${today.slice(0, 4)}-${String(n).padStart(5, '0')}`,
        issued_on: addDays(producedOn, 2),
        valid_until: addDays(producedOn, 180),
        items: '农药残留（62项）、重金属（铅、镉）、微生物',
        result: p.evidence === 'failed' ? 'fail' : 'pass',
      }),
    );
  }
  for (const tag of p.tags) {
    const cert = CERTIFICATIONS[tag];
    if (!cert) continue;
    await productsRepo.insertEvidence(trx, evidence({ kind: 'certification', title: cert[0], issuer: cert[1], number: `CERT-${n}-${tag.length}`, issued_on: addDays(today, -200), valid_until: addDays(today, 500) }));
  }
}
