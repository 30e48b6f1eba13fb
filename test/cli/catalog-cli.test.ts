import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';

/** `livebase import` and `livebase export` on a seeded SQLite data directory, as an operator runs them. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'livebase-cli-catalog-'));

function livebase(args: string[]) {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return spawnSync(process.execPath, [path.join(ROOT, 'bin/livebase.mjs'), ...args], {
    cwd: ROOT,
    env: { ...rest, LIVEBASE_LOG_LEVEL: 'silent', LIVEBASE_DATA_DIR: dir },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

async function workbook(file: string, headers: string[], rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('商品');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('livebase import / export', () => {
  it('imports products with a report, refuses a bad file unless told otherwise, and exports', async () => {
    expect(livebase(['seed']).status).toBe(0);
    const headers = ['生产主体*', '商品名称*', '类目*', '产地代码*', '规格*', '保质期（天）*', '储存方式*', '包邮*', '卖点*', '供货价（元）*', '建议零售价（元）*', '佣金比例（%）*', '供应月份*'];
    const file = path.join(dir, 'products.xlsx');
    await workbook(file, headers, [
      ['泸州市纳溪区特早茶专业合作社', '命令行导入茶 100g', '绿茶', '510503', '100g/袋', 365, '常温', '是', '早春嫩芽', '30', '58', '20', '2-4'],
      ['不存在的合作社', '坏行', '绿茶', '510503', '100g', 365, '常温', '是', '卖点', '30', '58', '20', '2-4'],
    ]);

    const strict = livebase(['import', 'products', file]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('第 3 行 [生产主体]');
    expect(strict.stdout).toContain('未写入任何数据');

    const check = livebase(['import', 'products', file, '--check']);
    expect(check.stdout).toContain('已导入 0 行');

    const valid = livebase(['import', 'products', file, '--valid-only']);
    expect(valid.status, valid.stderr).toBe(0);
    expect(valid.stdout).toContain('已导入 1 行');

    const out = path.join(dir, 'export.xlsx');
    const exported = livebase(['export', 'products', out]);
    expect(exported.status, exported.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names: string[] = [];
    wb.worksheets[0]!.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(2).value));
    });
    expect(names).toContain('命令行导入茶 100g');
    expect(names.length).toBeGreaterThan(250);
  });

  it('exits 2 on usage errors', () => {
    expect(livebase(['import']).status).toBe(2);
    expect(livebase(['import', 'cows', 'x.xlsx']).status).toBe(2);
    expect(livebase(['export', 'producers', 'x.xlsx']).status).toBe(2);
    const noUnit = livebase(['import', 'producers', path.join(dir, 'products.xlsx')]);
    expect(noUnit.status).toBe(1);
    expect(noUnit.stderr).toContain('--unit');
  });
});
