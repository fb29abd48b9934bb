import ExcelJS from 'exceljs';
import { setPrintSetup, thinBorder, workbookBytes, xlsxFont } from './xlsx-common';
import { reportTables } from '../../shared/domain/report-doc';
import type { ReportView } from '../../shared/contract/reports';
import { reportsText } from '../../shared/strings/reports';
import type { DemoOption } from './demo-mark';

const SHEET_NAMES: Record<string, string> = {
  indicators: 'Theo hình thức',
  areas: 'Theo lĩnh vực',
  tasks: 'Nhiệm vụ kế hoạch',
  forms: 'Tiêu chí 4.2',
  evidence: 'Tài liệu kiểm chứng',
};

/** The report's tables, one worksheet each: numbers stay numbers, header row repeated when printed. */
export async function reportXlsx(view: ReportView, opts: DemoOption = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tuyên truyền CCHC';
  const doc = view.report.doc;
  for (const t of reportTables(view.figures)) {
    const ws = wb.addWorksheet(SHEET_NAMES[t.key] ?? t.key);
    const n = t.columns.length;
    ws.addRow([
      `${reportsText.doc.reportHeading} ${doc.title}${view.report.version > 1 ? ` ${reportsText.doc.revisedNote(view.report.version)}` : ''}`,
    ]);
    ws.addRow([t.title]);
    ws.addRow([`${view.commune.communeName} — ${reportsText.doc.windowLine(view.figures.window.from, view.figures.window.to)}`]);
    for (const r of [1, 2, 3]) {
      ws.mergeCells(r, 1, r, n);
      ws.getRow(r).font = xlsxFont(r === 1 ? 13 : 12, r !== 3);
    }
    const header = ws.addRow(t.columns.map((c) => c.label));
    header.font = xlsxFont(12, true);
    header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    header.eachCell((c) => (c.border = thinBorder));
    for (const r of t.rows) {
      const row = r.kind === 'group' ? ws.addRow([r.label, r.title]) : ws.addRow(r.cells.map((c) => (typeof c === 'number' ? c : c)));
      row.font = xlsxFont(12, r.kind === 'group');
      row.alignment = { wrapText: true, vertical: 'top' };
      for (let i = 1; i <= n; i++) row.getCell(i).border = thinBorder;
    }
    if (t.note) ws.addRow([t.note]).font = { ...xlsxFont(12), italic: true };
    t.columns.forEach((c, i) => {
      ws.getColumn(i + 1).width = Math.max(6, Math.round(c.width * 0.9));
      if (c.numeric) ws.getColumn(i + 1).numFmt = '#,##0';
    });
    setPrintSetup(ws, { headerRow: 4 });
  }
  return workbookBytes(wb, opts);
}
