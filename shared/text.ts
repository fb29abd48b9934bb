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
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(+m[1]!, +m[2]! - 1, +m[3]!);
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

// ── One text rule for the whole app ──────────────────────────────────────────────────────────
// Strings are well-formed UTF-16 (no lone surrogate: RFC 8785 and UTF-8 cannot carry one), and
// text is only ever shortened between graphemes, so an emoji or a letter with its marks is never
// split in two.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

export const isWellFormedText = (s: string): boolean => !LONE_SURROGATE.test(s);

/** Each lone surrogate replaced by U+FFFD (what a UTF-8 encoder would have written). */
export const toWellFormedText = (s: string): string => s.replace(LONE_SURROGATES, '\uFFFD');

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * The one way text is shortened: at most `max` UTF-16 units (what the schemas' `.max()` count),
 * cut at a grapheme boundary, `ellipsis` appended when something was cut.
 */
export function truncateText(s: string, max: number, ellipsis = '…'): string {
  if (s.length <= max) return s;
  const budget = Math.max(0, max - ellipsis.length);
  let end = 0;
  for (const { index, segment } of graphemes.segment(s)) {
    if (index + segment.length > budget) break;
    end = index + segment.length;
  }
  return s.slice(0, end) + ellipsis;
}

/** The first letter upper-cased (a whole grapheme, never half of one). */
export function capitalizeFirst(s: string): string {
  const first = graphemes.segment(s)[Symbol.iterator]().next().value?.segment ?? '';
  return first.toUpperCase() + s.slice(first.length);
}

/** Where in a parsed JSON-like value the first malformed string (value or key) sits; null when none. */
export function findMalformedText(value: unknown, maxNodes = 1_000_000): (string | number)[] | null {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  let seen = 0;
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (++seen > maxNodes) return null; // size limits are the schemas' job
    if (typeof v === 'string') {
      if (!isWellFormedText(v)) return path;
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push({ v: x, path: [...path, i] }));
    } else if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (!isWellFormedText(k)) return [...path, toWellFormedText(k)];
        stack.push({ v: x, path: [...path, k] });
      }
    }
  }
  return null;
}

/**
 * A copy with every malformed string repaired (lone surrogates → U+FFFD), and how many strings
 * were repaired. For export of data stored before the rule existed: a commune is never blocked.
 */
export function repairMalformedText<T>(value: T): { value: T; repaired: number } {
  let repaired = 0;
  const fix = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (isWellFormedText(v)) return v;
      repaired++;
      return toWellFormedText(v);
    }
    if (Array.isArray(v)) return v.map(fix);
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[fix(k) as string] = fix(x);
      return out;
    }
    return v;
  };
  const value2 = fix(value) as T;
  return { value: repaired ? value2 : value, repaired };
}

// ── One form for the same letters ────────────────────────────────────────────────────────────
// "ệ" can be typed as one code point (NFC, Unikey's "Unicode dựng sẵn") or as e + two marks (NFD,
// "Unicode tổ hợp", some Word files). They look the same and must compare, count and search the
// same, so everything the officer types or imports is stored in NFC.

/** NFC, without allocating when the text is already NFC (ASCII always is). */
export const toNfc = (s: string): string => (/[\u0080-\uffff]/.test(s) ? s.normalize('NFC') : s);

/**
 * A copy with every string (values and keys) in NFC, except the values under `verbatim` keys:
 * a file path must reach the disk byte for byte (NTFS and ext4 do not normalize, so an NFD file
 * name normalized is another name), and base64 is ASCII already. Returns the input itself when
 * nothing changed. Iterative, like findMalformedText: a hostile input nested 100,000 deep must
 * reach the schema (which refuses it), not overflow the stack here.
 */
/** An own property, even "__proto__" (JSON.parse makes it one; a plain assignment would set the prototype). */
const put = (o: Record<string | number, unknown>, k: string | number, v: unknown) =>
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

export function toNfcDeep<T>(value: T, verbatim: ReadonlySet<string> = new Set()): T {
  let changed = false;
  const root: Record<string, unknown> = {};
  const stack: { into: Record<string | number, unknown>; at: string | number; v: unknown }[] = [{ into: root, at: 'v', v: value }];
  while (stack.length) {
    const { into, at, v } = stack.pop()!;
    if (typeof v === 'string') {
      const n = toNfc(v);
      changed ||= n !== v;
      put(into, at, n);
    } else if (Array.isArray(v)) {
      const copy: unknown[] = new Array(v.length);
      put(into, at, copy);
      v.forEach((x, i) => stack.push({ into: copy as unknown as Record<number, unknown>, at: i, v: x }));
    } else if (v !== null && typeof v === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(v))) {
      const copy: Record<string, unknown> = {};
      put(into, at, copy);
      // Two keys that differ only in form become one: the last wins, as in JSON.parse.
      const entries = new Map<string, [string, unknown]>();
      for (const [k, x] of Object.entries(v)) {
        const key = toNfc(k);
        changed ||= key !== k;
        entries.set(key, [k, x]);
      }
      for (const [key, [k, x]] of entries) {
        put(copy, key, x); // keeps the keys' order; replaced below when the value is walked
        if (!verbatim.has(k)) stack.push({ into: copy, at: key, v: x });
      }
    } else put(into, at, v);
  }
  return changed ? (root.v as T) : value;
}
