import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { NAXI_VILLAGE, makeCreditCode } from '../support/catalog-fixtures.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(headers: string[], rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('数据');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function readBack(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return { sheets: wb.worksheets.map((w) => w.name), rows };
}

/** soffice, where installed, re-saves a workbook the way LibreOffice users send them. */
function resaveWithLibreOffice(bytes: Buffer): Buffer | null {
  try {
    execFileSync('which', ['soffice'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-soffice-'));
  const src = path.join(dir, 'in.xlsx');
  fs.writeFileSync(src, bytes);
  execFileSync('soffice', ['--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', path.join(dir, 'out'), src], { stdio: 'ignore', timeout: 120_000 });
  return fs.readFileSync(path.join(dir, 'out', 'in.xlsx'));
}

const PRODUCER_HEADERS = ['名称*', '类型*', '行政区划代码*', '详细地址', '联系人*', '联系电话*', '统一社会信用代码'];

describe('Excel templates, import and export', () => {
  let t: TestApp;
  let staff: Client;
  let producer: Client;
  let naxiUnitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    [staff, producer] = await Promise.all([t.login('luzhou_staff'), t.login('producer')]);
    naxiUnitId = (await t.db.selectFrom('units').select('id').where('name', '=', '纳溪区互联网行业党委').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => t.close());

  it('templates download with Chinese headers and a 填写说明 sheet', async () => {
    for (const kind of ['producers', 'products']) {
      const res = await staff.get(`/api/catalog/import/templates/${kind}.xlsx`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX);
      const { sheets, rows } = await readBack(res.rawPayload);
      expect(sheets).toContain('填写说明');
      expect(rows[0]).toContain(kind === 'producers' ? '统一社会信用代码' : '供应月份*');
    }
  });

  it('reports every bad cell by row and column, and writes nothing unless asked for the valid rows', async () => {
    const good1 = makeCreditCode();
    const good2 = makeCreditCode();
    const bad = makeCreditCode();
    const file = await workbook(PRODUCER_HEADERS, [
      ['护国镇红心柚合作社', '农民专业合作社', NAXI_VILLAGE, '沙田村', '王五', '13912345670', good1],
      ['大渡口镇腊肉合作社', '合作社', '510503100', '', '赵六', '13912345671', good2],
      ['坏数据合作社', '外星人', '999999', '', '', '12345', `${bad.slice(0, 17)}${bad[17] === '0' ? '1' : '0'}`],
    ]);
    const before = await t.db.selectFrom('producers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();

    const checked = await staff.raw('POST', `/api/catalog/import/producers?mode=check&unitId=${naxiUnitId}`, file, XLSX);
    expect(checked.statusCode, checked.body).toBe(200);
    const report = checked.json();
    expect(report).toMatchObject({ total: 3, valid: 2, imported: 0 });
    const columns = report.errors.filter((e: { row: number }) => e.row === 4).map((e: { column: string }) => e.column);
    expect(columns).toEqual(expect.arrayContaining(['类型', '联系人', '联系电话', '统一社会信用代码']));
    expect(report.errors.find((e: { column: string }) => e.column === '统一社会信用代码').message).toContain('校验位');

    const all = await staff.raw('POST', `/api/catalog/import/producers?mode=all&unitId=${naxiUnitId}`, file, XLSX);
    expect(all.json()).toMatchObject({ imported: 0 });
    const same = await t.db.selectFrom('producers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(same.n)).toBe(Number(before.n));

    const valid = await staff.raw('POST', `/api/catalog/import/producers?mode=valid&unitId=${naxiUnitId}`, file, XLSX);
    expect(valid.json()).toMatchObject({ imported: 2 });
    const list = await staff.get('/api/catalog/producers?q=合作社&status=draft');
    expect(list.json().items.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['护国镇红心柚合作社', '大渡口镇腊肉合作社']));

    // Importing the same file again finds the codes taken.
    const again = await staff.raw('POST', `/api/catalog/import/producers?mode=check&unitId=${naxiUnitId}`, file, XLSX);
    expect(again.json().errors.some((e: { message: string }) => e.message.includes('已由'))).toBe(true);
  });

  it('imports products for producers the importer manages, and exports them back', async () => {
    const me = await producer.get('/api/catalog/producers');
    const headers = ['生产主体*', '商品名称*', '类目*', '产地代码*', '规格*', '保质期（天）*', '储存方式*', '包邮*', '卖点*', '供货价（元）*', '建议零售价（元）*', '佣金比例（%）*', '供应月份*', '标签'];
    const created = await producer.post('/api/catalog/producers', { name: '导入测试合作社', type: 'farmer', regionCode: NAXI_VILLAGE, contactName: '刘芳', contactPhone: '13912345678' });
    expect(created.statusCode, created.body).toBe(200);
    const file = await workbook(headers, [
      ['导入测试合作社', '导入柚子 5斤', '柑橘柚类', '510503', '5斤/箱', 20, '常温', '是', '皮薄多汁', '39.9', '69', '20%', '9-11', '泸州好品、地理标志'],
      ['导入测试合作社', '导入腊肉 500g', '腊肉香肠', '510503', '500g/袋', 180, '冷藏', '否', '柴火烟熏', '45', '88.00', 25, '11-2', ''],
      ['别人的合作社', '不该导入', '火星类目', '510503', '1kg', 'abc', '常温', '也许', '', '10.123', '5', '200', '13', ''],
    ]);
    const resaved = resaveWithLibreOffice(file) ?? file;
    const res = await producer.raw('POST', '/api/catalog/import/products?mode=valid', resaved, XLSX);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ total: 3, valid: 2, imported: 2 });
    const row4 = report.errors.filter((e: { row: number }) => e.row === 4).map((e: { column: string }) => e.column);
    expect(row4).toEqual(expect.arrayContaining(['生产主体', '类目', '保质期（天）', '包邮', '供货价（元）', '佣金比例（%）', '供应月份']));
    // One problem per column: no second, rawer message about the same cell.
    expect(new Set(row4).size).toBe(row4.length);
    expect(report.errors.map((e: { message: string }) => e.message).join(' ')).not.toMatch(/ambient|期望/);

    const manage = await producer.get('/api/catalog/products/manage?q=导入');
    const names = manage.json().items.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['导入柚子 5斤', '导入腊肉 500g']));
    const bacon = manage.json().items.find((p: { name: string }) => p.name === '导入腊肉 500g');
    expect(bacon.seasonMonths).toEqual([1, 2, 11, 12]);
    expect(bacon.retailPriceFen).toBe(8800);
    expect(bacon.commissionBp).toBe(2500);

    const exported = await producer.get('/api/catalog/products/manage/export.xlsx?q=导入');
    expect(exported.statusCode).toBe(200);
    const { rows } = await readBack(exported.rawPayload);
    expect(rows).toHaveLength(3);
    expect(rows[0]![0]).toBe('生产主体*');
    // The export is itself importable: check mode finds no problems in it.
    const reimport = await producer.raw('POST', '/api/catalog/import/products?mode=check', exported.rawPayload, XLSX);
    expect(reimport.json()).toMatchObject({ total: 2, valid: 2, errors: [] });
    expect(me.statusCode).toBe(200);
  });

  it('refuses a file that is not a workbook with a clear message', async () => {
    const res = await staff.raw('POST', '/api/catalog/import/products?mode=check', Buffer.from('name,price\n'), XLSX);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Excel');
  });

  it('exports the producers list to .xlsx', async () => {
    const res = await staff.get('/api/catalog/producers/export.xlsx?status=draft');
    expect(res.statusCode).toBe(200);
    const { rows } = await readBack(res.rawPayload);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[0]).toContain('统一社会信用代码');
  });
});
