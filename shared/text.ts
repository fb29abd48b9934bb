import { formatDate } from './format';

/**
 * Folding for search: lower case, tone and vowel marks removed, đ→d. SQLite FTS5's
 * remove_diacritics keeps đ as its own letter, so we fold before indexing and before querying.
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order (Ă after A, Đ after D…) for every sorted list. */
export const compareVi = (a: string, b: string): number => collator.compare(a, b);

/** dd/mm/yyyy from an ISO date (yyyy-mm-dd…): the formatting module's, kept under its old name. */
export const formatDateVi = formatDate;

/** yyyy-mm-dd from dd/mm/yyyy; null when the text is not a real date. */
export function parseDateVi(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

export function isValidIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}
