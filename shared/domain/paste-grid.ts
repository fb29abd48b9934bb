/**
 * A block copied from Excel, LibreOffice or a Word table arrives as text: cells separated by
 * tabs, rows by newlines, and a cell holding a tab, newline or quote wrapped in double quotes
 * (inner quotes doubled). Read it back into rows of cells.
 */
export function parseClipboardGrid(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const s = text.replace(/\r\n?/g, '\n');
  let atCellStart = true;
  while (i < s.length) {
    const ch = s[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell: up to the closing quote not followed by another quote.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < s.length) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        value += s[j];
        j++;
      }
      // Only a real quoted cell if the quote closes right before a separator; otherwise the quote was text.
      if (closed && (j >= s.length || s[j] === '\t' || s[j] === '\n')) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Is the pasted text a block (more than one cell) rather than text for one cell? */
export const isGridPaste = (grid: string[][]): boolean => grid.length > 1 || (grid[0]?.length ?? 0) > 1;

/** A leading "TT" column (numbers, Roman numerals or empty) copied along with the table is dropped when it does not fit. */
export function withoutOrderColumn(grid: string[][], columns: number): string[][] {
  const width = Math.max(...grid.map((r) => r.length));
  if (width <= columns) return grid;
  const isOrder = grid.every((r) => /^\s*(\d+\.?|[IVXLivxl]+\.?)?\s*$/.test(r[0] ?? ''));
  return isOrder ? grid.map((r) => r.slice(1)) : grid;
}
