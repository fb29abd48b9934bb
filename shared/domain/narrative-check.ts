/**
 * Narrative that cannot go stale (issue 12): every number in the report's text that sits in a
 * phrase the app drafts from the figures ("281 lượt phát", "tổng thời lượng 2.321 phút",
 * "2/4 nhiệm vụ") is compared with the same phrase drafted from today's figures. A number the
 * officer wrote in a sentence of their own is left alone. Pure. The rules are written out in
 * docs/REPORTS.md ("Narrative bound to the figures"); the property test re-implements them.
 */

/**
 * A thousands separator inside a number in prose: a dot (the app's "1.200") or spaces within the
 * line ("1 200"; no-break, narrow no-break or thin spaces, a tab, two spaces typed by mistake).
 * Broader than the form fields' reader (shared/vi-number.ts, one separator character) on
 * purpose: here reading more numbers can only block more, never store a wrong one.
 */
const GROUP = '(?:\\.|[^\\S\\r\\n]+)';
/**
 * A fraction ("2/4"), a grouped number ("1.200", "1 200,5"), or a plain one ("1200", "2,5").
 * A space group must be exactly three digits not followed by a fourth, so "năm 2026" after a
 * number never joins it.
 */
const NUMBER = new RegExp(`\\d+/\\d+|\\d{1,3}(?:${GROUP}\\d{3}(?!\\d))+(?:,\\d+)?|\\d+(?:,\\d+)?`, 'g');
const STOP = /[,;:.()!?"“”«»\n]/;

/** The numeric value of a token, whatever its grouping: "1.200", "1 200" and "1200" are one value. */
export function numberValue(token: string): string {
  const frac = /^(\d+)\/(\d+)$/.exec(token);
  if (frac) return `${Number(frac[1])}/${Number(frac[2])}`;
  const [whole, decimals] = token.replace(new RegExp(GROUP, 'g'), '').split(',');
  const w = whole!.replace(/^0+(?=\d)/, '');
  const d = (decimals ?? '').replace(/0+$/, '');
  return d ? `${w},${d}` : w;
}

interface Found {
  /** The value, grouping removed, to compare. */
  value: string;
  /** The two words before and the two after (lower case): which drafted phrase this is. */
  key: string;
  /** The phrase exactly as written in the text: the number and the words after it. */
  phrase: string;
}

function wordsAround(text: string, start: number, end: number): { before: string; after: string; afterEnd: number } {
  const left = text.slice(Math.max(0, start - 80), start);
  let cutL = left.length - 1;
  while (cutL >= 0 && !STOP.test(left[cutL]!)) cutL--;
  const before = left
    .slice(cutL + 1)
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(-2)
    .join(' ');
  const right = text.slice(end, end + 80);
  const cutR = right.search(STOP);
  const clause = cutR < 0 ? right : right.slice(0, cutR);
  // The first two words after the number, and where the second one ends in the text.
  const words = [...clause.matchAll(/\S+/g)].slice(0, 2);
  const last = words[words.length - 1];
  const afterEnd = last ? end + last.index + last[0].length : end;
  return { before: before.toLowerCase(), after: words.map((w) => w[0]).join(' '), afterEnd };
}

/** Every number of the text with its phrase key. The text is read in NFC, however it was typed. */
export function numbersInText(input: string): Found[] {
  const text = input.normalize('NFC');
  const out: Found[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const { before, after, afterEnd } = wordsAround(text, m.index, m.index + m[0].length);
    out.push({ value: numberValue(m[0]), key: `${before}|${after.toLowerCase()}`, phrase: text.slice(m.index, afterEnd) });
  }
  return out;
}

export interface NarrativeMismatch {
  section: string;
  /** As the officer wrote it ("1 200 lượt người", "100 %"): never re-spaced. */
  found: string;
  /** As the app drafts it from today's figures. */
  expected: string;
}

/** Numbers of `text` whose drafted phrase now carries another number in `fresh`. */
export function staleNumbers(section: string, text: string, fresh: string): NarrativeMismatch[] {
  const expected = new Map<string, Found | null>();
  for (const f of numbersInText(fresh)) {
    const had = expected.get(f.key);
    // The same phrase twice with two numbers in the draft: ambiguous, so not checked.
    expected.set(f.key, had === undefined ? f : had && had.value === f.value ? had : null);
  }
  const out: NarrativeMismatch[] = [];
  for (const f of numbersInText(text)) {
    const want = expected.get(f.key);
    if (want && want.value !== f.value) out.push({ section, found: f.phrase, expected: want.phrase });
  }
  return out;
}
