import type { Kysely } from 'kysely';
import type { Scope } from '../../../core/access/scope.js';
import { recordAudit } from '../../../core/audit/audit.service.js';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/fsm/workflow-events.repo.js';
import { categoryTree } from '../categories.js';
import * as producersRepo from '../producers/producers.repo.js';
import type { ProducerRow } from '../producers/producers.repo.js';
import { newProducerRow, type CatalogDeps } from '../producers/producers.service.js';
import type { ProductInput } from '../products/products.schema.js';
import { insertDraftProducts } from '../products/products.service.js';
import { PRODUCER_COLUMNS, PRODUCT_COLUMNS, producerRowSchema, productRowSchema, readRow, schemaProblems, type RowProblem } from './sheets.js';
import type { ImportReport } from './excel.schema.js';
import { readWorkbook } from './workbook.js';

export type ImportMode = 'check' | 'all' | 'valid';

export type { ImportReport };

/** Who imports: a signed-in user (their scopes) or the command line (the whole tree, no user). */
export interface Importer {
  userId: string | null;
  staffScope: Scope;
  producerScope: Scope;
}

const MAX_ROWS = 50_000;

async function rowsOf(bytes: Buffer) {
  const sheet = await readWorkbook(bytes);
  if (sheet.rows.length > MAX_ROWS) throw new DomainError('VALIDATION_FAILED', `一次最多导入 ${MAX_ROWS} 行`);
  return sheet.rows;
}

/** "Write nothing when any row is invalid, unless told to import the valid rows." */
function shouldWrite(mode: ImportMode, problems: number): boolean {
  return mode === 'valid' || (mode === 'all' && problems === 0);
}

export async function importProducers(deps: CatalogDeps, importer: Importer, bytes: Buffer, mode: ImportMode, unitId: string | undefined): Promise<ImportReport> {
  const { db, regions } = deps;
  const rows = await rowsOf(bytes);
  const unit = await resolveUnit(db, importer, unitId);
  const errors: RowProblem[] = [];
  const good: { row: number; input: ReturnType<typeof producerRowSchema.parse> }[] = [];
  const codesInFile = new Map<string, number>();
  for (const r of rows) {
    const { input, problems, reported } = readRow(PRODUCER_COLUMNS, r.rowNumber, r.cells);
    const parsed = producerRowSchema.safeParse(input);
    const rowProblems = [...problems, ...(parsed.success ? [] : schemaProblems(PRODUCER_COLUMNS, r.rowNumber, parsed.error, reported))];
    if (parsed.success) {
      if (!regions.find(parsed.data.regionCode)) rowProblems.push({ row: r.rowNumber, column: '行政区划代码', message: `行政区划代码 ${parsed.data.regionCode} 不存在` });
      const code = parsed.data.creditCode;
      if (code) {
        const first = codesInFile.get(code);
        if (first) rowProblems.push({ row: r.rowNumber, column: '统一社会信用代码', message: `与第 ${first} 行重复` });
        else codesInFile.set(code, r.rowNumber);
        const taken = await producersRepo.findProducerByCreditCode(db, code);
        if (taken) rowProblems.push({ row: r.rowNumber, column: '统一社会信用代码', message: `已由「${taken.name}」登记` });
      }
    }
    if (rowProblems.length || !parsed.success) errors.push(...rowProblems);
    else good.push({ row: r.rowNumber, input: parsed.data });
  }
  const report: ImportReport = { total: rows.length, valid: good.length, imported: 0, errors };
  if (!shouldWrite(mode, errors.length) || good.length === 0) return report;
  await db.transaction().execute(async (trx) => {
    const ids: string[] = [];
    for (const g of good) {
      const row = newProducerRow(g.input, unit.id, importer.userId && importer.producerScope.covers(unit.path) ? importer.userId : null);
      await producersRepo.insertProducer(trx, row);
      await recordTransition(trx, { machine: 'producer_application', entityId: row.id, from: null, to: 'draft', event: 'import', actorId: importer.userId });
      ids.push(row.id);
    }
    await recordAudit(trx, { userId: importer.userId, unitId: unit.id, ip: null }, { action: 'catalog.producer.import', entityType: 'producer', entityId: null, after: { count: ids.length, ids } });
    report.imported = ids.length;
  });
  return report;
}

async function resolveUnit(db: Kysely<DB>, importer: Importer, unitId: string | undefined) {
  const roots = [...importer.producerScope.roots, ...importer.staffScope.roots];
  const id = unitId ?? (roots.length === 1 ? roots[0]!.unitId : undefined);
  if (!id) throw new DomainError('VALIDATION_FAILED', '请选择导入到哪个单位（unitId）');
  const unit = await db.selectFrom('units').select(['id', 'path', 'active']).where('id', '=', id).executeTakeFirst();
  if (!unit || !(importer.staffScope.covers(unit.path) || importer.producerScope.covers(unit.path))) throw new DomainError('OUT_OF_SCOPE');
  return unit;
}

export async function importProducts(deps: CatalogDeps, importer: Importer, bytes: Buffer, mode: ImportMode): Promise<ImportReport> {
  const { db, regions } = deps;
  const rows = await rowsOf(bytes);
  const tree = await categoryTree(db);
  const leafByName = new Map(tree.list.filter((c) => !tree.list.some((x) => x.parent_id === c.id)).flatMap((c) => [[c.name, c.id] as const, [c.id, c.id] as const]));
  const producerKeys = [...new Set(rows.map((r) => r.cells.get('生产主体*') ?? r.cells.get('生产主体') ?? '').filter(Boolean))];
  const producers = await producersByKey(db, importer, producerKeys);
  const errors: RowProblem[] = [];
  const good: { row: number; input: ProductInput; producer: ProducerRow }[] = [];
  for (const r of rows) {
    const { input, problems, reported } = readRow(PRODUCT_COLUMNS, r.rowNumber, r.cells);
    const producerKey = String(input.producer ?? '');
    const producer = producers.get(producerKey);
    if (!producerKey) problems.push({ row: r.rowNumber, column: '生产主体', message: '必填' });
    else if (!producer) problems.push({ row: r.rowNumber, column: '生产主体', message: `找不到您可管理的生产主体「${producerKey}」` });
    if (typeof input.categoryId === 'string') {
      const id = leafByName.get(input.categoryId);
      if (!id) {
        problems.push({ row: r.rowNumber, column: '类目', message: `找不到最末一级类目「${input.categoryId}」` });
        reported.add('categoryId');
      }
      input.categoryId = id ?? '?';
    }
    const parsed = productRowSchema.safeParse(input);
    if (!parsed.success) problems.push(...schemaProblems(PRODUCT_COLUMNS, r.rowNumber, parsed.error, new Set([...reported, 'producer'])));
    else if (!regions.find(parsed.data.originRegionCode)) problems.push({ row: r.rowNumber, column: '产地代码', message: `行政区划代码 ${parsed.data.originRegionCode} 不存在` });
    if (problems.length || !parsed.success || !producer) errors.push(...problems);
    else good.push({ row: r.rowNumber, input: parsed.data, producer });
  }
  const report: ImportReport = { total: rows.length, valid: good.length, imported: 0, errors };
  if (!shouldWrite(mode, errors.length) || good.length === 0) return report;
  await db.transaction().execute(async (trx) => {
    const ids = await insertDraftProducts(trx, deps, good, importer.userId);
    await recordAudit(trx, { userId: importer.userId, unitId: null, ip: null }, { action: 'catalog.product.import', entityType: 'product', entityId: null, after: { count: ids.length, ids } });
    report.imported = ids.length;
  });
  return report;
}

/** Producers the importer manages, keyed by name and by credit code. */
async function producersByKey(db: Kysely<DB>, importer: Importer, keys: readonly string[]): Promise<Map<string, ProducerRow>> {
  const found = new Map<string, ProducerRow>();
  if (keys.length === 0) return found;
  const rows = [
    ...(await producersRepo.findProducersByNames(db, keys)),
    ...(await db
      .selectFrom('producers')
      .innerJoin('units', 'units.id', 'producers.unit_id')
      .selectAll('producers')
      .select(['units.path as unit_path', 'units.name as unit_name'])
      .where('producers.credit_code', 'in', keys.map((k) => k.toUpperCase()))
      .execute()),
  ];
  for (const p of rows) {
    const mine = (importer.userId !== null && p.owner_user_id === importer.userId) || importer.staffScope.covers(p.unit_path);
    if (!mine) continue;
    found.set(p.name, p);
    if (p.credit_code) found.set(p.credit_code, p);
  }
  return found;
}
