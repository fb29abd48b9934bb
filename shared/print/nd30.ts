import { nd30DayMonth } from '../format';
import { printText } from '../strings/print';
import { capitalizeFirst } from '../text';
import { blank, DAY_BLANK } from './blanks';

/**
 * Nghị định 30/2020/NĐ-CP, phụ lục I: page and type measures shared by the print CSS
 * (renderer/src/print/nd30.css mirrors these numbers) and the .docx builder (db/exports).
 */
export const ND30 = {
  /** A4 in millimetres. */
  pageMm: { width: 210, height: 297 },
  /** Margins in millimetres (top/bottom 20–25, left 30–35, right 15–20). */
  marginMm: { top: 20, right: 15, bottom: 20, left: 30 },
  /** Landscape pages (phụ lục tables): the binding edge stays on the left of the text. */
  landscapeMarginMm: { top: 20, right: 15, bottom: 20, left: 20 },
  /** Font families: Times New Roman; Liberation Serif has the same metrics on Linux. */
  fontFamily: 'Times New Roman',
  fontFallback: 'Liberation Serif',
  /** Point sizes. */
  pt: { body: 14, nationalTitle: 13, motto: 14, issuer: 13, docType: 14, table: 12, recipientsLabel: 12, recipients: 11, signer: 14 },
  /** First-line indent of body paragraphs in millimetres. */
  indentMm: 10,
} as const;

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → "I", 14 → "XIV": section numbers of phụ lục tables and body parts. */
export function toRoman(n: number): string {
  let out = '';
  let rest = Math.max(1, Math.floor(n));
  for (const [v, s] of ROMAN)
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  return out;
}

/** "Quyết Thắng, ngày 15 tháng 01 năm 2026", "…, ngày 05 tháng 3 năm 2026" (NĐ 30's leading 0); writable blanks for day/month when null. */
export function placeDateLine(place: string, isoDate: string | null, year: number, month?: number): string {
  const m = isoDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate) : null;
  if (!m) return printText.placeDate(place, blank(DAY_BLANK), month ? nd30DayMonth(1, month).month : blank(DAY_BLANK), String(year));
  const dm = nd30DayMonth(Number(m[3]), Number(m[2]));
  return printText.placeDate(place, dm.day, dm.month, m[1]!);
}

/** One printed line of a prose block: a paragraph or a "- " bullet. */
export interface ProseLine {
  text: string;
  bullet: boolean;
}

/** Split free text into printed lines: one paragraph per line, "- " / "+ " lines kept as bullets. */
export function proseLines(text: string): ProseLine[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => ({ text: l, bullet: /^[-+•]\s/.test(l) }));
}

/** Lowercase, no diacritics, đ→d, single spaces: how we compare header texts and file names. */
export function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** A Vietnamese phrase as a file-name part without diacritics: "Tuyên truyền CCHC" → "TuyenTruyenCCHC". */
export function fileNamePart(s: string): string {
  return asciiFold(s)
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map(capitalizeFirst)
    .join('');
}
