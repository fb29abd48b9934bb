/**
 * Strict JSON for untrusted files (docs/bundle-format.md §1): the bytes must be UTF-8 (an
 * invalid byte is refused, never turned into U+FFFD; an escape may not leave a lone surrogate),
 * no byte-order mark, no object with the
 * same key twice, nesting no deeper than `maxDepth`, and every number finite as a double.
 * With `integersOnly` (the envelope and its manifest) a number must be a plain integer
 * between −(2^53−1) and 2^53−1: `1.0` or `1e3` would canonicalise differently in another
 * language and so sign differently.
 *
 * JSON.parse stays the grammar check; before it, one linear scan finds what JSON.parse
 * silently accepts (the last of two equal keys wins, 1e400 becomes Infinity). Strings are
 * skipped with indexOf, so the scan costs little next to the parse.
 */
export type StrictJsonFault = 'utf8' | 'syntax' | 'duplicateKey' | 'depth' | 'number';
export type StrictJson = { ok: true; value: unknown } | { ok: false; fault: StrictJsonFault };

export interface StrictJsonOptions {
  maxDepth: number;
  integersOnly?: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;

export function parseStrictJson(bytes: Uint8Array, opts: StrictJsonOptions): StrictJson {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, fault: 'utf8' };
  }
  const fault = scan(text, opts);
  if (fault) return { ok: false, fault };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, fault: 'syntax' };
  }
}

type Frame = { keys: Set<string> | null; expectKey: boolean };

function scan(text: string, { maxDepth, integersOnly = false }: StrictJsonOptions): StrictJsonFault | null {
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  let nextBackslash = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      if (end < 0) return 'syntax';
      // Only an escape can make a lone surrogate (the decoded UTF-8 has none): look at escaped strings only.
      if (nextBackslash < i) nextBackslash = indexOrEnd(text, '\\', i);
      if (nextBackslash < end) {
        const fault = escapedStringFault(text.slice(i, end + 1));
        if (fault) return fault;
      }
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const raw = text.slice(i, end + 1);
        let key: string;
        try {
          key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        } catch {
          return 'syntax';
        }
        if (top.keys.has(key)) return 'duplicateKey';
        top.keys.add(key);
        top.expectKey = false;
      }
      i = end + 1;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= maxDepth) return 'depth';
      stack.push({ keys: c === 0x7b ? new Set() : null, expectKey: c === 0x7b });
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      i++;
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
      i++;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      let j = i + 1;
      while (j < n && isNumberChar(text.charCodeAt(j))) j++;
      const token = text.slice(i, j);
      const value = Number(token);
      if (!Number.isFinite(value)) return 'number';
      if (integersOnly && (!INTEGER.test(token) || !Number.isSafeInteger(value))) return 'number';
      i = j;
    } else {
      i++;
    }
  }
  return null;
}

const LONE_SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function escapedStringFault(raw: string): StrictJsonFault | null {
  if (!LONE_SURROGATE_ESCAPE.test(raw)) return null;
  try {
    return LONE_SURROGATE.test(JSON.parse(raw) as string) ? 'utf8' : null;
  } catch {
    return 'syntax';
  }
}
const indexOrEnd = (text: string, ch: string, from: number): number => {
  const k = text.indexOf(ch, from);
  return k < 0 ? text.length : k;
};

const isNumberChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d;

/** Index of the quote closing the string opened at `start`, or −1. */
function stringEnd(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return -1;
    let backslashes = 0;
    for (let b = q - 1; b > start && text.charCodeAt(b) === 0x5c; b--) backslashes++;
    if (backslashes % 2 === 0) return q;
    from = q + 1;
  }
}
