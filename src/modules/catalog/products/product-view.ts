import type { RegionService } from '../../../core/regions/regions.service.js';
import type { BatchesTable, EvidenceTable, FilesTable } from '../catalog.tables.js';
import { toFileRef } from '../files/files.service.js';
import { batchValidity, evidenceValidOn, type EvidenceKind } from '../rules/evidence-rules.js';
import type { ProductStatus } from '../rules/product-verification.machine.js';
import { maskToMonths } from '../rules/season.js';
import type { ProductRow } from './products.repo.js';
import type { ProductSummary } from './products.schema.js';
import { toEvidenceFact } from './standing.service.js';

/** Region names are looked up often and change never: remembered per process. */
const regionNames = new Map<string, string>();
export function regionNameOf(regions: RegionService, code: string): string {
  let name = regionNames.get(code);
  if (name === undefined) {
    try {
      name = regions.fullName(code);
    } catch {
      name = code;
    }
    if (regionNames.size > 20_000) regionNames.clear();
    regionNames.set(code, name);
  }
  return name;
}

export function toProductSummary(row: ProductRow, regions: RegionService): ProductSummary {
  const imageIds = JSON.parse(row.image_ids_json) as string[];
  return {
    id: row.id,
    name: row.name,
    categoryId: row.category_id,
    categoryName: row.category_name,
    producerId: row.producer_id,
    producerName: row.producer_name,
    originRegionCode: row.origin_region_code,
    originName: regionNameOf(regions, row.origin_region_code),
    specWeight: row.spec_weight,
    storage: row.storage as ProductSummary['storage'],
    freeShipping: Boolean(row.free_shipping),
    coldChain: Boolean(row.cold_chain),
    sellingPoints: row.selling_points,
    supplyPriceFen: row.supply_price_fen,
    retailPriceFen: row.retail_price_fen,
    commissionBp: row.commission_bp,
    seasonMonths: maskToMonths(row.season_mask),
    tags: JSON.parse(row.tags_json) as string[],
    imageUrl: imageIds.length ? `/api/files/${imageIds[0]}` : null,
    status: row.status as ProductStatus,
    inPool: Boolean(row.in_pool),
    poolValidUntil: row.pool_valid_until,
    qualityScore: row.quality_score,
    verifiedAt: row.verified_at,
    updatedAt: row.updated_at,
  };
}

export function toBatchViews(batches: BatchesTable[], evidence: EvidenceTable[], files: FilesTable[], edible: boolean, today: string) {
  const fileById = new Map(files.map((f) => [f.id, f]));
  return batches.map((b) => {
    const own = evidence.filter((e) => e.batch_id === b.id);
    const v = batchValidity({ id: b.id, evidence: own.map(toEvidenceFact) }, edible, today);
    return {
      id: b.id,
      productId: b.product_id,
      code: b.code,
      traceCode: b.trace_code,
      producedOn: b.produced_on,
      quantity: b.quantity,
      quantityUnit: b.quantity_unit,
      note: b.note,
      valid: v.valid,
      validUntil: v.validUntil,
      invalidReason: v.reason,
      evidence: own.map((e) => ({
        id: e.id,
        batchId: e.batch_id,
        kind: e.kind as EvidenceKind,
        title: e.title,
        issuer: e.issuer,
        number: e.number,
        issuedOn: e.issued_on,
        validUntil: e.valid_until,
        items: e.items,
        result: e.result as 'pass' | 'fail',
        valid: evidenceValidOn(toEvidenceFact(e), today),
        file: e.file_id && fileById.get(e.file_id) ? toFileRef(fileById.get(e.file_id)!) : null,
        createdAt: e.created_at,
      })),
      createdAt: b.created_at,
    };
  });
}
