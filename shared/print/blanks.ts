/**
 * Blanks left in a document to be written by hand (số, ngày not known when printing). They are
 * no-break spaces: HTML collapses ordinary spaces, so "Số:      /KH-UBND" would print as
 * "Số: /KH-UBND" with no room to write; the .docx and the PDF get the same blank.
 */
export const NBSP = '\u00a0';
export const blank = (width: number): string => NBSP.repeat(width);

/** Width (characters) of a blank số, day or month. */
export const NUMBER_BLANK = 8;
export const DAY_BLANK = 5;

/** "/KH-UBND" → "        /KH-UBND"; "15/KH-UBND" unchanged; "" → a blank. */
export function writableNumber(numberText: string): string {
  const t = numberText.trim();
  if (!t) return blank(NUMBER_BLANK);
  return t.startsWith('/') ? blank(NUMBER_BLANK) + t : t;
}

/** "20/01/2026" from an ISO date, or "     /     /2026" when the day is not fixed yet. */
export function writableDate(isoDate: string | null, year: number): string {
  const m = isoDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate) : null;
  if (!m) return `${blank(DAY_BLANK)}/${blank(DAY_BLANK)}/${year}`;
  return `${m[3]}/${m[2]}/${m[1]}`;
}
