import ExcelJS from 'exceljs';
import { asciiFold } from '../../shared/print/nd30';
import { toNfc, toWellFormedText } from '../../shared/text';
import { checkXlsxBounds } from './xlsx-bounds';
import { finishWorkbookForPrint } from './xlsx-print';
import { markSheetAsDemo, type DemoOption } from './demo-mark';

/** The first bytes of every .xlsx (a zip file). */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** NĐ 30-like print setup: A4 landscape, fit to width, header rows repeated on each page. */
export function setPrintSetup(ws: ExcelJS.Worksheet, opts: { headerRow: number; landscape?: boolean }): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: opts.landscape === false ? 'portrait' : 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${opts.headerRow}:${opts.headerRow}`,
    margins: { left: 0.6, right: 0.5, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
  };
  ws.views = [{ state: 'frozen', ySplit: opts.headerRow }];
}

/** Times New Roman cell font. */
export const xlsxFont = (size = 12, bold = false): Partial<ExcelJS.Font> => ({ name: 'Times New Roman', size, bold });
/** Thin borders on four sides. */
export const thinBorder: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Header text as compared when importing: case-, diacritics-, punctuation- and space-insensitive. */
export function headerKey(s: string): string {
  return asciiFold(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Is this the start of a zip (.xlsx) file? A renamed .csv/.doc/.pdf is not. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** The plain text of a cell whatever exceljs made of it (rich text, formula result, hyperlink…). */
export function cellText(v: ExcelJS.CellValue): string {
  // A file may carry a lone surrogate (&#xD800;): imported text obeys the app's one text rule too,
  // and is read in NFC (a sheet typed with Unikey "tổ hợp" reads like any other).
  return toNfc(toWellFormedText(rawCellText(v)));
}

function rawCellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return rawCellText(v.result as ExcelJS.CellValue);
    if ('error' in v) return String(v.error);
  }
  return String(v);
}

/** The .xlsx bytes of a workbook, every sheet finished for print (A4, Times New Roman, row heights); demo data marked "mẫu". */
export async function workbookBytes(wb: ExcelJS.Workbook, opts: DemoOption = {}): Promise<Buffer> {
  if (opts.demo) for (const ws of wb.worksheets) markSheetAsDemo(ws);
  finishWorkbookForPrint(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Load .xlsx bytes; an AppError when over the bounds, another error for anything not a readable workbook (caller turns it into a message). */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  // Bounds first, from the zip itself: ExcelJS holds the whole workbook in memory.
  await checkXlsxBounds(bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}
