import { foldVietnamese } from './text';

/** At most this many words are searched; the full-text query grows with each. */
export const MAX_SEARCH_WORDS = 12;
/** The search box's length (the contract refuses more). */
export const MAX_SEARCH_LENGTH = 200;

export interface SearchWords {
  /** Folded (no accents, lower case) words that are searched, in order. */
  words: string[];
  /** What was typed but is not searched: symbols (an emoji, ©) and words past the 12th, for the hint under the box. */
  ignoredSymbols: string[];
  ignoredWords: string[];
}

/** Punctuation people type between words: not "ignored", it only separates. */
const SEPARATOR = /^[\s\p{P}\p{Cf}]+$/u;

/**
 * The one reading of the search box: the words the full-text index is asked for (every word must
 * appear, the last as a prefix) and what is left out, so the screen can say so instead of
 * quietly listing everything for a query of only "😀".
 */
export function searchWords(search: string): SearchWords {
  const all = foldVietnamese(search)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const symbols = new Set<string>();
  // By grapheme, so "❤️" or a family emoji (several code points) is named as one symbol.
  for (const { segment } of new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(search))
    if (!/[\p{L}\p{N}]/u.test(segment) && !SEPARATOR.test(segment)) symbols.add(segment);
  return { words: all.slice(0, MAX_SEARCH_WORDS), ignoredSymbols: [...symbols], ignoredWords: all.slice(MAX_SEARCH_WORDS) };
}
