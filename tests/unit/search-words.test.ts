import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SEARCH_WORDS, searchWords } from '../../shared/search-words';
import { ftsQuery } from '../../db/repositories/activity-list';

// The oracle builds the query from known pieces: words (with their folded form), symbols and separators.
const WORDS: [string, string][] = [
  ['Tuyên', 'tuyen'],
  ['truyền', 'truyen'],
  ['ĐẢNG', 'dang'],
  ['loa', 'loa'],
  ['Zalo', 'zalo'],
  ['2026', '2026'],
  ['Hoà', 'hoa'],
];
const SYMBOLS = ['😀', '❤️', '👨‍👩‍👧', '©', '🌾', '★'];
const SEPARATORS = [' ', ', ', ' - ', '"', '(', ')', '. ', '\u00a0'];

const piece = fc.oneof(
  fc.constantFrom(...WORDS).map(([typed, folded]) => ({ typed, word: folded, symbol: null as string | null })),
  fc.constantFrom(...SYMBOLS).map((s) => ({ typed: s, word: null as string | null, symbol: s as string | null })),
);

describe('searchWords: what the search box searches and what it says it leaves out', () => {
  it('words and ignored symbols equal the pieces the query was built from', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 20 }), (parts) => {
        const typed = parts.map(([p, sep]) => p.typed + sep).join('');
        const words = parts.flatMap(([p]) => (p.word ? [p.word] : []));
        const symbols = [...new Set(parts.flatMap(([p]) => (p.symbol ? [p.symbol] : [])))];
        const read = searchWords(typed);
        expect(read.words).toEqual(words.slice(0, MAX_SEARCH_WORDS));
        expect(read.ignoredWords).toEqual(words.slice(MAX_SEARCH_WORDS));
        expect(read.ignoredSymbols).toEqual(symbols);
        // The index is asked exactly for the words the screen says it searches.
        expect(ftsQuery(typed) === null).toBe(read.words.length === 0);
      }),
      { numRuns: 500 },
    );
  });
});
