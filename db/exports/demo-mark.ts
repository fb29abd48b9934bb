import type ExcelJS from 'exceljs';
import { AlignmentType, Footer, Header, Paragraph, TextRun } from 'docx';
import { demoText } from '../../shared/strings/demo';

/**
 * "Mẫu" on every document made from demo data (issue 16 §1): screens have the banner, printed
 * PDFs the "BẢN MẪU" page mark, and here the .docx (a header and footer line on every page) and
 * the .xlsx (a header/footer line when printed and a first-row note on every sheet). Whether the
 * data is the demo's is answered once, by isDemoData (db/services/demo-data.ts); the services
 * pass it to the builders as `demo`.
 */
export interface DemoOption {
  demo?: boolean;
}

const RED = 'C00000';

/* ---------------------------------------------------------------- .docx */

function markParagraph(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: demoText.fileNote, bold: true, color: RED, size: 22, font: 'Times New Roman' })],
  });
}

/** The footer of every page (default and first) carrying the mark. */
export function demoFooters(): { default: Footer; first: Footer } {
  return { default: new Footer({ children: [markParagraph()] }), first: new Footer({ children: [markParagraph()] }) };
}

/** The first page's header, which NĐ 30 keeps free of the page number: the mark goes there too. */
export function demoFirstHeader(): Header {
  return new Header({ children: [markParagraph()] });
}

/* ---------------------------------------------------------------- .xlsx */

type MergeModel = { top: number; left: number; bottom: number; right: number };

/** Is this cell text the demo note (so an importer skips the row)? */
export function isDemoNote(text: string): boolean {
  return text.trim() === demoText.fileNote;
}

/** A print area one row lower, except that an area starting at row 1 keeps it: the note is printed too. */
function shiftRange(area: string): string {
  const down = (ref: string, keepTop: boolean) => ref.replace(/\d+$/, (n) => String(keepTop && n === '1' ? 1 : Number(n) + 1));
  return area
    .split('&&')
    .map((range) => {
      const [from = '', to] = range.split(':');
      return to === undefined ? down(from, false) : `${down(from, true)}:${down(to, false)}`;
    })
    .join('&&');
}

/**
 * A note row above everything on the sheet, and the mark in the printed header and footer.
 * Merges, print titles, print area and frozen panes move down with the rows (exceljs moves
 * cells but not its own merge map, so merges are undone and redone one row lower).
 */
export function markSheetAsDemo(ws: ExcelJS.Worksheet): void {
  const merges = Object.values((ws as unknown as { _merges?: Record<string, { model: MergeModel }> })._merges ?? {}).map((m) => ({
    ...m.model,
  }));
  for (const m of merges) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  const width = Math.max(1, ws.columnCount);
  ws.spliceRows(1, 0, [demoText.fileNote]);
  for (const m of merges) ws.mergeCells(m.top + 1, m.left, m.bottom + 1, m.right);
  const note = ws.getRow(1);
  if (width > 1) ws.mergeCells(1, 1, 1, width);
  note.getCell(1).font = { name: 'Times New Roman', size: 12, bold: true, color: { argb: `FF${RED}` } };
  note.getCell(1).alignment = { wrapText: true, vertical: 'middle', horizontal: 'left' };
  note.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4E5' } };
  const setup = ws.pageSetup;
  if (setup.printTitlesRow) setup.printTitlesRow = setup.printTitlesRow.replace(/\d+/g, (n) => String(Number(n) + 1));
  if (setup.printArea) setup.printArea = shiftRange(setup.printArea);
  ws.views = (ws.views ?? []).map((v) => (v.state === 'frozen' ? { ...v, ySplit: (v.ySplit ?? 0) + 1 } : v));
  // Excel's header/footer codes: &C centre, &B bold, &K colour. "&" in the text itself would be a code.
  const mark = `&C&B&K${RED}${demoText.printMark.replace(/&/g, '&&')}`;
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: mark,
    oddFooter: mark,
    evenHeader: mark,
    evenFooter: mark,
    firstHeader: mark,
    firstFooter: mark,
  };
}
