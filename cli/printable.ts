/**
 * The one sanitiser for text the CLI prints from a bundle, a key card or a path: control
 * characters (ESC and the rest of C0/C1, DEL), line and paragraph separators and bidi overrides
 * are shown as escapes, so a communeName cannot forge a "HỢP LỆ" line, clear the screen or
 * colour the terminal. Vietnamese letters and emoji pass unchanged.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

export function printable(value: unknown): string {
  const s = String(value ?? '');
  return s.replace(UNPRINTABLE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
