/**
 * How officers and the app write a whole number (issue 12 review): plain ("1200") or grouped by
 * threes with one separator: a dot (the app's own "1.200") or spaces within the line ("1 200";
 * a no-break or narrow no-break space as Word and LibreOffice put them, a thin space, a tab, two
 * spaces typed by mistake). Every place that reads a number from typed or imported text (the
 * narrative check, Chỉ tiêu, the .xlsx imports) reads these.
 */
export const GROUP_SEPARATOR = '(?:\\.|[^\\S\\r\\n]+)';
const WHOLE = new RegExp(`^(?:\\d+|\\d{1,3}(?:(${GROUP_SEPARATOR})\\d{3})(?:\\1\\d{3})*)$`);

/** The value of a whole number written in any of those styles (one separator throughout); null when the text is not one. */
export function readWholeNumber(text: string): number | null {
  const s = text.trim();
  if (!WHOLE.test(s)) return null;
  return Number(s.replace(new RegExp(GROUP_SEPARATOR, 'g'), ''));
}
