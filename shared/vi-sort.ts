/**
 * A sort key whose plain byte order (SQLite BINARY) is Vietnamese alphabetical order:
 * a < ă < â < b … d < đ … o < ô < ơ … u < ư …, tones only break ties (none, huyền, hỏi, ngã,
 * sắc, nặng), case ignored. SQLite has no Vietnamese collation, so we store this key.
 */
const ALPHABET = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'];
const RANK = new Map(ALPHABET.map((l, i) => [l, String.fromCharCode(0x41 + i)]));
const TONES: Record<string, string> = { '\u0300': '1', '\u0309': '2', '\u0303': '3', '\u0301': '4', '\u0323': '5' };
const SHAPE = new Set(['\u0306', '\u0302', '\u031b']);

export function viSortKey(text: string): string {
  const s = text.normalize('NFD').toLowerCase();
  let primary = '';
  let tones = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    let ch = s[i]!;
    if (/\s/.test(ch)) {
      space = primary.length > 0;
      continue;
    }
    // Collect the marks that follow: shape marks make a new letter, tone marks are secondary.
    let tone = '0';
    while (i + 1 < s.length && /[\u0300-\u036f]/.test(s[i + 1]!)) {
      const mark = s[++i]!;
      if (SHAPE.has(mark)) ch = (ch + mark).normalize('NFC');
      else if (TONES[mark]) tone = TONES[mark]!;
    }
    const rank = RANK.get(ch);
    const code = rank ?? (/[0-9]/.test(ch) ? ch : /[\p{L}]/u.test(ch) ? ch : null);
    if (code === null) continue; // punctuation does not decide the order
    if (space) primary += '!';
    space = false;
    primary += code;
    tones += tone;
  }
  return `${primary}\u0001${tones}`;
}
