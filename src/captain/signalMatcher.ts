import { signalLexicon, type SignalRule } from './signalLexicon';
import { stemWord } from './wordStemmer';
import type { WordToken } from './wordTokenizer';

/** A rule that fired, where it fired first, and the words that fired it. */
export interface FiredSignal {
  rule: SignalRule;
  /** Index of the first word of the first occurrence. */
  index: number;
  /** The request's words that fired it, lowercase ("webhooks", "rate limited"). */
  matched: string;
}

/** A word pattern: `=word` matches the exact surface form, anything else matches by stem. */
interface WordPattern {
  exact: boolean;
  text: string;
}

/** A list of word patterns compiled to two sets, so a lookup costs two hash probes. */
class WordSet {
  private readonly exact = new Set<string>();
  private readonly stems = new Set<string>();

  constructor(words: readonly string[]) {
    for (const word of words) {
      const pattern = compileWord(word);
      (pattern.exact ? this.exact : this.stems).add(pattern.text);
    }
  }

  has(token: WordToken | undefined): boolean {
    return token !== undefined && (this.exact.has(token.word) || this.stems.has(token.stem));
  }
}

interface CompiledPhrase {
  rule: SignalRule;
  words: WordPattern[];
}

interface CompiledNear {
  rule: SignalRule;
  window: number;
}

/** Which side of which near rule a word belongs to. */
interface NearMembership {
  near: CompiledNear;
  side: 'first' | 'second';
}

/** The neighbour conditions of a rule, compiled once. */
interface CompiledConditions {
  notFollowedBy?: WordSet;
  notPrecededBy?: WordSet;
  onlyAfter?: WordSet;
}

function compileWord(word: string): WordPattern {
  return word.startsWith('=')
    ? { exact: true, text: word.slice(1) }
    : { exact: false, text: stemWord(word) };
}

function optionalSet(words: readonly string[] | undefined): WordSet | undefined {
  return words === undefined ? undefined : new WordSet(words);
}

function matchesWord(pattern: WordPattern, token: WordToken): boolean {
  return pattern.exact ? token.word === pattern.text : token.stem === pattern.text;
}

/**
 * Phrases indexed by their first word (by stem, or by exact word for `=word`), so a request only
 * tries the phrases that can start at each of its words.
 */
const phrasesByFirstStem = new Map<string, CompiledPhrase[]>();
const phrasesByFirstExactWord = new Map<string, CompiledPhrase[]>();
const nearRules: CompiledNear[] = [];

/** Near-rule memberships by stem and by exact word: one lookup per word finds them all. */
const nearByStem = new Map<string, NearMembership[]>();
const nearByExactWord = new Map<string, NearMembership[]>();

function addNearWords(near: CompiledNear, side: 'first' | 'second', words: readonly string[]) {
  for (const word of words) {
    const pattern = compileWord(word);
    const index = pattern.exact ? nearByExactWord : nearByStem;
    const memberships = index.get(pattern.text) ?? [];
    if (!memberships.some((entry) => entry.near === near && entry.side === side)) {
      memberships.push({ near, side });
    }

    index.set(pattern.text, memberships);
  }
}
const conditions = new Map<SignalRule, CompiledConditions>();
const wordSets = new Map<readonly string[], WordSet>();

for (const rule of signalLexicon) {
  conditions.set(rule, {
    notFollowedBy: optionalSet(rule.notFollowedBy),
    notPrecededBy: optionalSet(rule.notPrecededBy),
    onlyAfter: optionalSet(rule.onlyAfter),
  });
  for (const phrase of rule.phrases ?? []) {
    // Phrases are written as people type them; "third-party" and "third party" compile alike.
    const words = phrase.split(/[\s-]+/).map(compileWord);
    const index = words[0].exact ? phrasesByFirstExactWord : phrasesByFirstStem;
    const bucket = index.get(words[0].text) ?? [];
    bucket.push({ rule, words });
    index.set(words[0].text, bucket);
  }

  if (rule.near !== undefined) {
    const near: CompiledNear = { rule, window: rule.near.window };
    nearRules.push(near);
    addNearWords(near, 'first', rule.near.first);
    addNearWords(near, 'second', rule.near.second);
  }
}

function phraseAt(phrase: CompiledPhrase, tokens: readonly WordToken[], start: number): boolean {
  const { words, rule } = phrase;
  if (start + words.length > tokens.length) {
    return false;
  }

  for (let offset = 0; offset < words.length; offset += 1) {
    if (!matchesWord(words[offset], tokens[start + offset])) {
      return false;
    }
  }

  const neighbours = conditions.get(rule) ?? {};
  const before = tokens[start - 1];
  if (
    neighbours.onlyAfter !== undefined &&
    before !== undefined &&
    !neighbours.onlyAfter.has(before)
  ) {
    return false;
  }

  const after = tokens[start + words.length];
  return !neighbours.notFollowedBy?.has(after) && !neighbours.notPrecededBy?.has(before);
}

/** Positions of each near rule's words in one request, on each side. */
type NearPositions = Map<CompiledNear, { first: number[]; second: number[] }>;

function collectNearPositions(tokens: readonly WordToken[]): NearPositions {
  const positions: NearPositions = new Map();
  const record = (memberships: readonly NearMembership[] | undefined, index: number) => {
    for (const { near, side } of memberships ?? []) {
      let entry = positions.get(near);
      if (entry === undefined) {
        entry = { first: [], second: [] };
        positions.set(near, entry);
      }

      const list = entry[side];
      if (list[list.length - 1] !== index) {
        list.push(index);
      }
    }
  };
  for (const token of tokens) {
    record(nearByStem.get(token.stem), token.index);
    record(nearByExactWord.get(token.word), token.index);
  }

  return positions;
}

function findNear(
  near: CompiledNear,
  positions: NearPositions,
  tokens: readonly WordToken[],
): FiredSignal | undefined {
  const entry = positions.get(near);
  if (entry === undefined) {
    return undefined;
  }

  for (const first of entry.first) {
    for (const second of entry.second) {
      const distance = Math.abs(second - first);
      if (distance > 0 && distance <= near.window) {
        const matched = `${tokens[first].word} … ${tokens[second].word}`;
        return { rule: near.rule, index: Math.min(first, second), matched };
      }
    }
  }

  return undefined;
}

function tryPhrases(
  candidates: readonly CompiledPhrase[] | undefined,
  tokens: readonly WordToken[],
  token: WordToken,
  fired: Map<SignalRule, FiredSignal>,
): void {
  if (candidates === undefined) {
    return;
  }

  for (const phrase of candidates) {
    if (fired.has(phrase.rule) || !phraseAt(phrase, tokens, token.index)) {
      continue;
    }

    const words = tokens.slice(token.index, token.index + phrase.words.length);
    const matched = words.map((word) => word.word).join(' ');
    fired.set(phrase.rule, { rule: phrase.rule, index: token.index, matched });
  }
}

/**
 * Finds every lexicon rule that fires in a request, each once, at its first occurrence, ordered by
 * position. Weak signals and hand-off precedence are the router's business, not this function's.
 */
export function matchSignals(tokens: readonly WordToken[]): FiredSignal[] {
  const fired = new Map<SignalRule, FiredSignal>();
  for (const token of tokens) {
    tryPhrases(phrasesByFirstStem.get(token.stem), tokens, token, fired);
    tryPhrases(phrasesByFirstExactWord.get(token.word), tokens, token, fired);
  }

  const positions = collectNearPositions(tokens);
  for (const near of nearRules) {
    if (fired.has(near.rule)) {
      continue;
    }

    const found = findNear(near, positions, tokens);
    if (found !== undefined) {
      fired.set(near.rule, found);
    }
  }

  return [...fired.values()].sort((left, right) => left.index - right.index);
}

/**
 * True when a word of `words` (stems, or `=exact` words) occurs anywhere in the request. The
 * compiled set is kept per list, so pass the lexicon's own arrays.
 */
export function containsAnyWord(tokens: readonly WordToken[], words: readonly string[]): boolean {
  let set = wordSets.get(words);
  if (set === undefined) {
    set = new WordSet(words);
    wordSets.set(words, set);
  }

  return tokens.some((token) => set.has(token));
}
