import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { DomainError } from '../../../core/errors.js';

/**
 * Reading and writing .xlsx with exceljs. A sheet is described by columns with a Chinese header;
 * cells are read as text (what the user sees), since people type numbers as text and dates in
 * several forms.
 */
export interface SheetColumn<Row> {
  header: string;
  width?: number;
  /** Value written on export. */
  value: (row: Row) => string | number | null;
}

export async function writeWorkbook<Row>(sheetName: string, columns: readonly SheetColumn<Row>[], rows: readonly Row[], notes?: { title: string; lines: string[][] }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'LiveBase';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, c.header.length * 2 + 2) }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(columns.map((c) => c.value(row)));
  if (notes) {
    const help = wb.addWorksheet(notes.title);
    help.columns = [{ width: 22 }, { width: 80 }];
    for (const line of notes.lines) help.addRow(line);
    help.getRow(1).font = { bold: true };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface SheetRow {
  /** 1-based row number as Excel shows it. */
  rowNumber: number;
  cells: Map<string, string>;
}

/** The first sheet's rows keyed by header text; blank rows skipped. */
export async function readWorkbook(bytes: Buffer): Promise<{ headers: string[]; rows: SheetRow[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('IMPORT_FILE_UNREADABLE');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new DomainError('IMPORT_FILE_UNREADABLE', '工作簿里没有工作表');
  const headers: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = cellText(cell).replace(/\s+/g, '');
  });
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = new Map<string, string>();
    let any = false;
    headers.forEach((h, i) => {
      if (!h) return;
      const text = cellText(row.getCell(i + 1)).trim();
      if (text) any = true;
      cells.set(h, text);
    });
    if (any) rows.push({ rowNumber, cells });
  });
  return { headers: headers.filter(Boolean), rows };
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'object' && 'result' in v) return v.result instanceof Date ? v.result.toISOString().slice(0, 10) : String(v.result ?? '');
  return cell.text ?? '';
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a workbook as a download named after what it holds and today's date. */
export function sendXlsx(reply: FastifyReply, name: string, bytes: Buffer) {
  const stamp = new Date().toISOString().slice(0, 10);
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${name}-${stamp}.xlsx`)}`)
    .send(bytes);
}
