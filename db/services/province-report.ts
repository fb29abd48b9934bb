import ExcelJS from 'exceljs';
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ServiceContext } from './context';
import { consolidated } from './province';
import { formLabels } from '../../shared/domain/labels';
import { COMMUNICATION_FORMS } from '../../shared/domain/common';
import { bundlesText } from '../../shared/strings/bundles';
import { MIME, type ExportedFile } from '../../shared/contract/files';
import type { Consolidated, CountRow } from '../../shared/domain/bundle';
import { workbookBytes } from '../exports/xlsx-common';

/** The consolidated table as .xlsx (exceljs) or .docx (docx): one row per commune, then the sum. */
const t = bundlesText;
const vnDate = (iso: string) => iso.split('-').reverse().join('/');

function header(): string[] {
  return ['TT', t.communeCol, 'Mã', 'Báo cáo', ...COMMUNICATION_FORMS.map((f) => formLabels[f]), t.activitiesCol];
}

function cells(r: CountRow, i: number | null): (string | number)[] {
  return [i === null ? '' : i + 1, r.communeName, r.communeCode, i === null ? '' : r.reported ? t.reportedYes : t.notReported, ...COMMUNICATION_FORMS.map((f) => r.counts[f]?.n ?? 0), r.total];
}

export async function consolidatedXlsx(c: Consolidated): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tổng hợp', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' } });
  ws.addRow([t.reportDocTitle(c.period.label)]).font = { bold: true, size: 13 };
  ws.addRow([t.reportDocSubtitle(vnDate(c.period.from), vnDate(c.period.to))]).font = { italic: true };
  const head = ws.addRow(header());
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  c.rows.forEach((r, i) => ws.addRow(cells(r, i)));
  ws.addRow(cells(c.sum, null)).font = { bold: true };
  ws.columns.forEach((col, i) => (col.width = i === 1 ? 28 : i < 4 ? 10 : 16));
  return workbookBytes(wb);
}

export async function consolidatedDocx(c: Consolidated): Promise<Buffer> {
  const cell = (text: string | number, bold = false) =>
    new TableCell({ children: [new Paragraph({ alignment: typeof text === 'number' ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: String(text), bold, font: 'Times New Roman', size: 22 })] })] });
  const rows = [
    new TableRow({ tableHeader: true, children: header().map((h) => cell(h, true)) }),
    ...c.rows.map((r, i) => new TableRow({ children: cells(r, i).map((v) => cell(v)) })),
    new TableRow({ children: cells(c.sum, null).map((v) => cell(v, true)) }),
  ];
  const widths = [700, 2600, 800, 1000, ...COMMUNICATION_FORMS.map(() => 1150), 1100];
  const doc = new Document({
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t.reportDocTitle(c.period.label), bold: true, font: 'Times New Roman', size: 28 })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t.reportDocSubtitle(vnDate(c.period.from), vnDate(c.period.to)), italics: true, font: 'Times New Roman', size: 24 })] }),
          new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export async function consolidatedFile(ctx: ServiceContext, { period, format }: { period: string; format: 'xlsx' | 'docx' }): Promise<ExportedFile> {
  const c = await consolidated(ctx, { period });
  const buf = format === 'xlsx' ? await consolidatedXlsx(c) : await consolidatedDocx(c);
  return { fileName: `TongHop_TuyenTruyenCCHC_${c.period.key}.${format}`, mime: MIME[format], base64: buf.toString('base64') };
}
