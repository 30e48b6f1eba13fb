import { SqliteAdapter, type Kysely } from 'kysely';
import { bumpVersion } from '../../../core/cache/data-version.js';
import type { DB } from '../../../core/db/schema.js';
import type { RegionService } from '../../../core/regions/regions.service.js';
import { shanghaiDate } from '../../../core/time.js';
import type { EvidenceTable, ProductsTable } from '../catalog.tables.js';
import { categoryTree } from '../categories.js';
import * as producersRepo from '../producers/producers.repo.js';
import { EVIDENCE_BITS, poolStanding, type EvidenceFact, type EvidenceKind } from '../rules/evidence-rules.js';
import { qualityScore, type QualityScore, type VerificationMethod } from '../rules/quality-score.js';
import { createSearchIndex, type SearchIndex } from '../search/search-index.js';
import { searchBody } from '../search/text.js';
import * as repo from './products.repo.js';

/**
 * Everything derived from a product's own data, recomputed on every change to its inputs
 * (SPEC §2.1 "recomputed on every input change"): pool standing, evidence mask, quality score
 * and the search index entry. Runs inside the caller's transaction.
 */
/** Version stamp of everything the pool search reads; bumped by every product change. */
export const POOL_DOMAIN = 'catalog.pool';

const indexes = new WeakMap<object, SearchIndex>();
export function searchIndexFor(db: Kysely<DB>): SearchIndex {
  const adapter = db.getExecutor().adapter;
  let index = indexes.get(adapter);
  if (!index) {
    index = createSearchIndex(adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres');
    indexes.set(adapter, index);
  }
  return index;
}

export const toEvidenceFact = (e: EvidenceTable): EvidenceFact => ({ kind: e.kind as EvidenceKind, result: e.result as 'pass' | 'fail', issuedOn: e.issued_on, validUntil: e.valid_until });

export interface Standing {
  inPool: boolean;
  wasInPool: boolean;
  quality: QualityScore;
}

export interface SalesInputs {
  samples?: { count: number; meanRating: number } | null;
  sales?: { unitsSold: number; refundRate: number; complaintRate: number } | null;
  confirmedIncidents?: number;
}

/**
 * The quality score's market inputs, read from the tables the matching module writes (sample
 * evaluations, live-session sales reports), so every refresh, whoever triggers it (the
 * app, a sweep, an import from the command line), computes the same score.
 */
async function feedbackOf(db: Kysely<DB>, productId: string): Promise<SalesInputs> {
  const [samples, sales] = await Promise.all([repo.sampleRatingsOf(db, productId), repo.salesOf(db, productId)]);
  return { samples, sales };
}

export async function refreshProduct(trx: Kysely<DB>, regions: RegionService, productId: string, today = shanghaiDate()): Promise<Standing> {
  const later = await feedbackOf(trx, productId);
  const product = await repo.findProduct(trx, productId);
  if (!product) throw new Error(`product ${productId} vanished`);
  const [tree, batches, evidence, siteVisited] = await Promise.all([
    categoryTree(trx),
    repo.batchesOf(trx, productId),
    repo.evidenceOf(trx, productId),
    producersRepo.hasSiteVisit(trx, product.producer_id),
  ]);
  const category = tree.byId.get(product.category_id);
  const edible = Boolean(category?.edible ?? 1);
  const verified = product.status === 'verified';
  const standing = poolStanding({
    verified,
    edible,
    today,
    batches: batches.map((b) => ({ id: b.id, evidence: evidence.filter((e) => e.batch_id === b.id).map(toEvidenceFact) })),
  });
  const validEvidence = evidence.filter((e) => standing.validBatchIds.includes(e.batch_id) && e.result === 'pass' && e.issued_on <= today && (!e.valid_until || e.valid_until >= today));
  const newest = validEvidence.reduce<string | null>((acc, e) => (acc === null || e.issued_on > acc ? e.issued_on : acc), null);
  const quality = qualityScore({
    today,
    edible,
    evidence: {
      hasValidComplianceCertificate: (standing.evidenceMask & EVIDENCE_BITS.compliance_certificate) !== 0,
      hasValidInspectionReport: (standing.evidenceMask & EVIDENCE_BITS.inspection_report) !== 0,
      hasValidCertification: (standing.evidenceMask & EVIDENCE_BITS.certification) !== 0,
      newestValidIssuedOn: newest,
    },
    verification: {
      verified,
      methods: JSON.parse(product.verification_methods_json) as VerificationMethod[],
      producerSiteVisited: siteVisited && product.producer_status === 'approved',
    },
    ...later,
  });
  const body = searchBodyOf(product, product.producer_name, category?.name, regionName(regions, product.origin_region_code));
  await repo.updateProduct(trx, productId, {
    in_pool: standing.inPool ? 1 : 0,
    pool_valid_until: standing.validUntil,
    evidence_mask: standing.evidenceMask,
    quality_score: quality.score,
    quality_json: JSON.stringify(quality),
    search_text: body,
  });
  const index = searchIndexFor(trx);
  if (body !== product.search_text) await index.upsert(trx, [{ productId, body }]);
  else await index.syncFacets(trx, [productId]);
  await bumpVersion(trx, POOL_DOMAIN);
  return { inPool: standing.inPool, wasInPool: Boolean(product.in_pool), quality };
}

/** What search finds a product by: name, selling points, producer, origin, category, tags, grade. */
export function searchBodyOf(p: Pick<ProductsTable, 'name' | 'selling_points' | 'tags_json' | 'grade'>, producerName: string, categoryName: string | undefined, originName: string): string {
  return searchBody([p.name, p.selling_points, producerName, originName, categoryName, (JSON.parse(p.tags_json) as string[]).join(' '), p.grade]);
}

/** Derived state of a product that has no batches and is not verified yet (a new draft). */
export function draftStanding(edible: boolean, today: string): QualityScore {
  return qualityScore({
    today,
    edible,
    evidence: { hasValidComplianceCertificate: false, hasValidInspectionReport: false, hasValidCertification: false, newestValidIssuedOn: null },
    verification: { verified: false, methods: [], producerSiteVisited: false },
  });
}

function regionName(regions: RegionService, code: string): string {
  try {
    return regions.fullName(code);
  } catch {
    return '';
  }
}

export async function refreshProductsOfProducer(trx: Kysely<DB>, regions: RegionService, producerId: string): Promise<void> {
  for (const id of await repo.productIdsOfProducer(trx, producerId)) await refreshProduct(trx, regions, id);
}
