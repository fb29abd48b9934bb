import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isGridPaste, parseClipboardGrid, withoutOrderColumn } from '../../shared/domain/paste-grid';

/** How Excel puts a range on the clipboard (the oracle): tabs, CRLF rows, quotes around cells that need them. */
const excelCopy = (grid: string[][]) =>
  grid.map((r) => r.map((c) => (/[\t\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t')).join('\r\n') + '\r\n';

describe('a block copied from Excel or Word', () => {
  it('reads back exactly what was copied, whatever the cells hold (newlines, tabs, quotes, Vietnamese, emoji)', () => {
    const cellText = fc
      .string({ unit: fc.constantFrom('a', 'ế', ' ', '\t', '\n', '"', '-', '1', '😀'), maxLength: 12 })
      .filter((s) => s.trim() === s && !s.startsWith('"'));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(cellText, { minLength: 48, maxLength: 48 }),
        (cols, rows, pool) => {
          const grid = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => pool[(r * cols + c) % pool.length]!));
          // A last row of only empty cells cannot be told from the trailing newline: give it text.
          grid[rows - 1]![0] = 'x';
          expect(parseClipboardGrid(excelCopy(grid))).toEqual(grid);
        },
      ),
    );
  });
  it('a 3×7 block from seed 001 (with its TT column) fits the 6 columns after TT', () => {
    const grid = parseClipboardGrid(
      excelCopy([
        [
          '1',
          'Tuyên truyền các nội dung Kế hoạch',
          'Trên Cổng thông tin điện tử xã',
          'Quý I/2026',
          'Phòng Văn hóa - Xã hội',
          'Các cơ quan, đơn vị liên quan',
          'Tin bài',
        ],
        [
          '2',
          'Tuyên truyền cổ động trực quan\nvề cải cách hành chính',
          'Pano, áp phích',
          'Cả năm 2026',
          'Trung tâm sự nghiệp công',
          'Các cơ quan',
          'Hình ảnh',
        ],
        ['3', 'Viết tin bài "CCHC"', 'Loa truyền thanh', 'Cả năm 2026', 'Trung tâm sự nghiệp công', 'Các cơ quan', 'Tin, bài'],
      ]),
    );
    expect(grid).toHaveLength(3);
    expect(grid[1]![1]).toBe('Tuyên truyền cổ động trực quan\nvề cải cách hành chính');
    expect(withoutOrderColumn(grid, 6).map((r) => r.length)).toEqual([6, 6, 6]);
    expect(withoutOrderColumn(grid, 7)).toBe(grid);
    expect(isGridPaste(parseClipboardGrid('một ô\r\n'))).toBe(false);
    expect(isGridPaste(grid)).toBe(true);
  });
});
