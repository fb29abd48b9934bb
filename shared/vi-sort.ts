/**
 * A sort key whose plain byte order (SQLite BINARY) is Vietnamese alphabetical order:
 * a < ă < â < b … d < đ … o < ô < ơ … u < ư …, tones only break ties (none, huyền, hỏi, ngã,
 * sắc, nặng), case ignored, punctuation ignored, words separated. SQLite has no Vietnamese
 * collation, so this key is stored beside the text and indexed.
 */
const ALPHABET = [
  'a',
  'ă',
  'â',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'ê',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'v',
  'w',
  'x',
  'y',
  'z',
];
const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/** Every precomposed letter (both cases, every tone) → [primary code, tone digit]. */
const TABLE = new Map<string, [string, string]>();
ALPHABET.forEach((letter, i) => {
  const code = String.fromCharCode(0x41 + i);
  TONE_MARKS.forEach((mark, tone) => {
    const lower = (letter + mark).normalize('NFC');
    TABLE.set(lower, [code, String(tone)]);
    TABLE.set(lower.toUpperCase(), [code, String(tone)]);
  });
});
for (let d = 0; d <= 9; d++) TABLE.set(String(d), [String(d), '0']);

export function viSortKey(text: string): string {
  const s = text.normalize('NFC');
  let primary = '';
  let tones = '';
  let space = false;
  for (const ch of s) {
    const hit = TABLE.get(ch);
    if (hit) {
      if (space && primary) primary += '!';
      space = false;
      primary += hit[0];
      tones += hit[1];
    } else if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0') {
      space = true;
    } else if (/\p{L}/u.test(ch)) {
      // Letters outside Vietnamese (rare): after every Vietnamese letter, by code point.
      if (space && primary) primary += '!';
      space = false;
      primary += ch.toLowerCase();
      tones += '0';
    }
  }
  return `${primary}\u0001${tones}`;
}
