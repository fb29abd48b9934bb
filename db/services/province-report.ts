import ExcelJS from 'exceljs';
import type { ServiceContext } from './context';
import { consolidated } from './province';
import { consolidatedDocData } from './province-docs';
import { consolidatedDocx } from '../exports/consolidated-docx';
import { AppError } from '../../shared/errors';
import { reportsText } from '../../shared/strings/reports';
import { formLabels } from '../../shared/domain/labels';
import { COMMUNICATION_FORMS } from '../../shared/domain/common';
import { bundlesText } from '../../shared/strings/bundles';
import { provinceFiguresText as P } from '../../shared/strings/province-figures';
import { figureNoteText, figureSourceText } from '../../shared/domain/commune-figure';
import { MIME, type ExportedFile } from '../../shared/contract/files';
import type { Consolidated, CountRow } from '../../shared/domain/bundle';
import { workbookBytes } from '../exports/xlsx-common';
import type { DemoOption } from '../exports/demo-mark';
import { isDemoData } from './demo-flag';
import { formatDate } from '../../shared/format';

/** The consolidated table as .xlsx (exceljs) or .docx (docx): one row per commune, then the sum. */
const t = bundlesText;

function header(): string[] {
  return ['TT', t.communeCol, 'Mã', P.sourceCol, ...COMMUNICATION_FORMS.map((f) => formLabels[f]), t.activitiesCol, P.noteCol];
}

/** The row as communeFigure decided it: its source in words, the figures, and the difference from the report. */
function cells(r: CountRow, i: number | null): (string | number)[] {
  return [
    i === null ? '' : i + 1,
    r.communeName,
    r.communeCode,
    i === null ? '' : figureSourceText(r),
    ...COMMUNICATION_FORMS.map((f) => r.counts[f]?.n ?? 0),
    r.total,
    i === null ? '' : figureNoteText(r),
  ];
}

export async function consolidatedXlsx(c: Consolidated, opts: DemoOption = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tổng hợp', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
  });
  ws.addRow([t.reportDocTitle(c.period.label)]).font = { bold: true, size: 13 };
  ws.addRow([t.reportDocSubtitle(formatDate(c.period.from), formatDate(c.period.to))]).font = { italic: true };
  const head = ws.addRow(header());
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  const columns = header().length;
  for (const [i, r] of c.rows.entries()) {
    const row = ws.addRow(cells(r, i));
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRow(cells(c.sum, null)).font = { bold: true };
  ws.addRow([]);
  // Which figure each row is (the report's or a recount), under the table that uses them.
  const legend = ws.addRow([P.legend]);
  ws.mergeCells(legend.number, 1, legend.number, columns);
  legend.font = { italic: true };
  legend.alignment = { wrapText: true, vertical: 'top' };
  legend.height = 48;
  ws.columns.forEach((col, i) => (col.width = i === 1 ? 28 : i === 3 ? 30 : i === columns - 1 ? 44 : i < 4 ? 8 : 14));
  return workbookBytes(wb, opts);
}

/** .xlsx: the bare table for further sums; .docx and .pdf: the Báo cáo tổng hợp as an NĐ 30 document (print view). */
export async function consolidatedFile(
  ctx: ServiceContext,
  { period, format }: { period: string; format: 'xlsx' | 'docx' | 'pdf' },
): Promise<ExportedFile> {
  const c = await consolidated(ctx, { period });
  const demo = await isDemoData(ctx);
  let buf: Uint8Array;
  if (format === 'xlsx') buf = await consolidatedXlsx(c, { demo });
  else if (format === 'docx') buf = await consolidatedDocx(await consolidatedDocData(ctx, c.period.key), { demo });
  else {
    try {
      buf = await ctx.platform.printToPdf(`print/consolidated/${c.period.key}`);
    } catch {
      throw new AppError('INTERNAL', reportsText.errors.pdfUnavailable);
    }
  }
  return { fileName: `TongHop_TuyenTruyenCCHC_${c.period.key}.${format}`, mime: MIME[format], base64: Buffer.from(buf).toString('base64') };
}
