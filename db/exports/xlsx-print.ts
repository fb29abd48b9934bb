import type ExcelJS from 'exceljs';

/**
 * What every sheet we write gets before it is saved, whatever export made it: A4 paper, Times
 * New Roman, a print area with absolute rows ($A$1:$L$18 — LibreOffice ignores "$A1:$L18") and
 * explicit row heights for wrapped text. Neither Excel nor LibreOffice grows a row to fit
 * wrapped text when the file is opened, so without heights the printed cell shows one line.
 */
export function finishWorkbookForPrint(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) finishSheetForPrint(ws);
}

export const PRINT_FONT = 'Times New Roman';
const DEFAULT_FONT_SIZE = 12;
/** Excel's default column width (characters of the default font's digit). */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Pixels per column-width unit (the default font's digit, Calibri 11 at 96 dpi) and the cell's padding. */
const PX_PER_WIDTH_UNIT = 7;
const CELL_PADDING_PX = 5;
/** Safety margin on the measured width: better one blank line than a clipped one. */
const WIDTH_SAFETY = 1.12;

function finishSheetForPrint(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = { ...ws.pageSetup, paperSize: 9 };
  if (ws.pageSetup.printArea) ws.pageSetup.printArea = absoluteRows(ws.pageSetup.printArea);
  const merged = singleRowMerges(ws);
  // Row and column styles are what a cell typed later inherits: they get the font too. Assigned
  // on the style object itself, because the row.font/column.font setters overwrite every cell.
  for (const col of ws.columns ?? []) withPrintFont(col.style);
  ws.eachRow({ includeEmpty: false }, (row) => {
    withPrintFont((row as unknown as { style?: Partial<ExcelJS.Style> }).style); // typed by exceljs only on cells and columns
    let height = 0;
    row.eachCell({ includeEmpty: false }, (cell) => {
      const font = cell.font ?? {};
      if (font.name !== PRINT_FONT || !font.size) cell.font = { ...font, name: PRINT_FONT, size: font.size ?? DEFAULT_FONT_SIZE };
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const text = cell.text ?? '';
      if (!text) return;
      const size = cell.font.size ?? DEFAULT_FONT_SIZE;
      const span = merged.get(cell.address) ?? [Number(cell.col)];
      const widthUnits = span.reduce((s, c) => s + (ws.getColumn(c).width ?? DEFAULT_COLUMN_WIDTH), 0);
      const wraps = cell.alignment?.wrapText === true;
      const lines = wraps
        ? wrappedLineCount(text, widthUnits * PX_PER_WIDTH_UNIT + CELL_PADDING_PX * (span.length - 1), size, cell.font.bold === true)
        : text.split('\n').length;
      height = Math.max(height, lineHeightPt(size) * lines + 3);
    });
    if (height > 0) row.height = Math.max(row.height ?? 0, Math.min(409, Math.ceil(height)));
  });
}

function withPrintFont(style: Partial<ExcelJS.Style> | undefined): void {
  if (style?.font && style.font.name !== PRINT_FONT)
    style.font = { ...style.font, name: PRINT_FONT, size: style.font.size ?? DEFAULT_FONT_SIZE };
}

/** "A1:L18" or "$A1:$L18" → "A$1:L$18", which exceljs writes as "$A$1:$L$18" (it prefixes each column). */
export function absoluteRows(area: string): string {
  return area
    .split('&&')
    .map((range) =>
      range
        .split(':')
        .map((ref) => {
          const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.trim());
          return m ? `${m[1]}$${m[2]}` : ref;
        })
        .join(':'),
    )
    .join('&&');
}

/** Master address → its columns, for merges within one row (titles spanning the table). */
function singleRowMerges(ws: ExcelJS.Worksheet): Map<string, number[]> {
  // exceljs exposes merges publicly only through ws.model, which serialises every row; the
  // internal map holds the same ranges.
  const merges =
    (ws as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {};
  const out = new Map<string, number[]>();
  for (const [address, range] of Object.entries(merges)) {
    const { top, bottom, left, right } = range.model;
    if (top !== bottom) continue;
    out.set(
      address,
      Array.from({ length: right - left + 1 }, (_, i) => left + i),
    );
  }
  return out;
}

/** Line height of Times New Roman as Excel and LibreOffice lay it out (12 pt → 15.75 pt). */
const lineHeightPt = (size: number) => size * 1.32;

/** Approximate advance width (em) of a character in Times New Roman, rounded up. */
function charEm(ch: string): number {
  if (ch === ' ') return 0.25;
  if (/[0-9]/.test(ch)) return 0.5;
  if (/[.,;:'!|il]/.test(ch)) return 0.3;
  if (/[MWmwĐ]/.test(ch)) return 0.95;
  if (ch !== ch.toLowerCase()) return 0.72;
  return 0.5;
}

/** How many lines a greedy word wrap makes of the text in a cell `widthPx` wide. */
export function wrappedLineCount(text: string, widthPx: number, sizePt: number, bold: boolean): number {
  const emPx = (sizePt * 96) / 72;
  const avail = Math.max(emPx, widthPx - CELL_PADDING_PX);
  const widthOf = (s: string) => [...s].reduce((w, ch) => w + charEm(ch), 0) * emPx * WIDTH_SAFETY * (bold ? 1.08 : 1);
  const space = widthOf(' ');
  let lines = 0;
  for (const para of text.split(/\r?\n/)) {
    lines += 1;
    let used = 0;
    for (const word of para.split(' ').filter(Boolean)) {
      let w = widthOf(word);
      if (used > 0 && used + space + w <= avail) {
        used += space + w;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than the line breaks across lines.
      while (w > avail) {
        lines += 1;
        w -= avail;
      }
      used = w;
    }
  }
  return lines;
}
