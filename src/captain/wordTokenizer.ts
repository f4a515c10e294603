import { stemWord } from './wordStemmer';

/** One word of a request: its lowercase surface form, its stem and its position. */
export interface WordToken {
  word: string;
  stem: string;
  /** Zero-based position among the request's words. */
  index: number;
}

/** Developers reuse a small vocabulary; past this many distinct words the cache starts over. */
const stemCacheLimit = 10_000;
const stemCache = new Map<string, string>();

function cachedStem(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size >= stemCacheLimit) {
      stemCache.clear();
    }

    stem = stemWord(word);
    stemCache.set(word, stem);
  }

  return stem;
}

/**
 * Splits a request into lowercase words and stems them. Anything that is not a letter or digit
 * separates words, so "third-party" is two words and "payment_intent.succeeded" is three;
 * apostrophes are dropped first so "Stripe's" reads as "stripes" (stem "stripe") rather than
 * a stray "s".
 */
export function tokenizeWords(text: string): WordToken[] {
  const words = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/);
  const tokens: WordToken[] = [];
  for (const word of words) {
    if (word.length === 0) {
      continue;
    }

    tokens.push({ word, stem: cachedStem(word), index: tokens.length });
  }

  return tokens;
}
