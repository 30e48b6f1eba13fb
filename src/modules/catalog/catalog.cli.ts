import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { Scope } from '../../core/access/scope.js';
import type { DB } from '../../core/db/schema.js';
import { RegionService } from '../../core/regions/regions.service.js';
import { EXPORT_ROW_LIMIT, productsWorkbook } from './excel/export.service.js';
import { importProducers, importProducts, type ImportMode, type ImportReport } from './excel/import.service.js';
import * as productsRepo from './products/products.repo.js';

/**
 * `livebase import producers|products FILE.xlsx` and `livebase export products FILE.xlsx`: the
 * operator's tools, acting over the whole organisation tree with no signed-in user.
 */
async function rootScope(db: Kysely<DB>): Promise<Scope> {
  const roots = await db.selectFrom('units').select(['id', 'path']).where('parent_id', 'is', null).execute();
  return new Scope(roots.map((r) => ({ unitId: r.id, path: r.path })));
}

async function unitIdByNameOrId(db: Kysely<DB>, unit: string): Promise<string> {
  const rows = await db.selectFrom('units').select(['id', 'name']).where((eb) => eb.or([eb('id', '=', unit), eb('name', '=', unit)])).execute();
  if (rows.length !== 1) throw new Error(rows.length ? `单位名称「${unit}」不唯一，请改用单位 id` : `找不到单位「${unit}」`);
  return rows[0]!.id;
}

export function formatReport(report: ImportReport, mode: ImportMode): string {
  const lines = [`共 ${report.total} 行，有效 ${report.valid} 行，已导入 ${report.imported} 行`];
  for (const e of report.errors.slice(0, 200)) lines.push(`  第 ${e.row} 行 [${e.column}] ${e.message}`);
  if (report.errors.length > 200) lines.push(`  …另有 ${report.errors.length - 200} 个问题`);
  if (mode === 'all' && report.errors.length) lines.push('有错误，未写入任何数据；加 --valid-only 仅导入有效行');
  return lines.join('\n');
}

export async function importCommand(db: Kysely<DB>, kind: string, file: string, opts: { unit?: string; mode: ImportMode }): Promise<number> {
  if (kind !== 'producers' && kind !== 'products') throw new Error('导入类型应为 producers 或 products');
  const bytes = fs.readFileSync(path.resolve(file));
  const scope = await rootScope(db);
  const importer = { userId: null, staffScope: scope, producerScope: new Scope([]) };
  const regions = new RegionService();
  try {
    const deps = { db, regions };
    let report: ImportReport;
    if (kind === 'producers') {
      if (!opts.unit) throw new Error('导入生产主体须用 --unit 指定所属单位（名称或 id）');
      report = await importProducers(deps, importer, bytes, opts.mode, await unitIdByNameOrId(db, opts.unit));
    } else {
      report = await importProducts(deps, importer, bytes, opts.mode);
    }
    console.log(formatReport(report, opts.mode));
    return report.errors.length && report.imported === 0 ? 1 : 0;
  } finally {
    regions.close();
  }
}

export async function exportCommand(db: Kysely<DB>, kind: string, file: string, opts: { poolOnly: boolean }): Promise<void> {
  if (kind !== 'products') throw new Error('目前支持导出 products');
  const regions = new RegionService();
  try {
    const filter: productsRepo.ProductFilter = opts.poolOnly ? { inPool: true } : {};
    const rows = await productsRepo.listProducts(db, filter, 'updated', [], EXPORT_ROW_LIMIT, 0);
    const target = path.resolve(file);
    fs.writeFileSync(target, await productsWorkbook(rows, regions));
    console.log(`已导出 ${rows.length} 个商品到 ${target}`);
  } finally {
    regions.close();
  }
}
