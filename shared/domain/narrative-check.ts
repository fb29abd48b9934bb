/**
 * Narrative that cannot go stale (issue 12): every number in the report's text that sits in a
 * phrase the app drafts from the figures ("281 lượt phát", "tổng thời lượng 2.321 phút",
 * "2/4 nhiệm vụ") is compared with the same phrase drafted from today's figures. A number the
 * officer wrote in a sentence of their own is left alone. Pure.
 */
const NUMBER = /\d+\/\d+|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;
const STOP = /[,;:.()!?"“”«»\n]/;

interface Found {
  value: string;
  key: string;
  /** The phrase as printed: the number and the words after it. */
  phrase: (value: string) => string;
}

function wordsAround(text: string, start: number, end: number): { before: string; after: string } {
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
  const cutR = [...right].findIndex((c) => STOP.test(c));
  const after = (cutR < 0 ? right : right.slice(0, cutR)).trim().split(/\s+/).filter(Boolean).slice(0, 2).join(' ');
  return { before: before.toLowerCase(), after };
}

export function numbersInText(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const { before, after } = wordsAround(text, m.index, m.index + m[0].length);
    out.push({ value: m[0], key: `${before}|${after.toLowerCase()}`, phrase: (v) => (after ? `${v} ${after}` : v) });
  }
  return out;
}

export interface NarrativeMismatch {
  section: string;
  found: string;
  expected: string;
}

/** Numbers of `text` whose drafted phrase now carries another number in `fresh`. */
export function staleNumbers(section: string, text: string, fresh: string): NarrativeMismatch[] {
  const expected = new Map<string, string | null>();
  for (const f of numbersInText(fresh)) expected.set(f.key, expected.has(f.key) && expected.get(f.key) !== f.value ? null : f.value);
  const out: NarrativeMismatch[] = [];
  for (const f of numbersInText(text)) {
    const want = expected.get(f.key);
    if (want && want !== f.value) out.push({ section, found: f.phrase(f.value), expected: f.phrase(want) });
  }
  return out;
}
