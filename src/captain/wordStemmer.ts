/**
 * A small suffix stripper tuned to the captain's vocabulary. It is not a general stemmer: it only
 * has to send the inflections developers type ("webhooks", "integrating", "retries", "throttled",
 * "authenticating", "synchronization", "limiter") to the same stem as the lexicon's words, and it
 * is applied to both sides, so the stems themselves need not be real words.
 */

const minimumStemLength = 3;

/** Plural endings that are part of the word itself ("status", "analysis", "address"). */
const keptSingularEndings = ['ss', 'us', 'is'];

/** Short plurals of acronyms that the rules above would misread ("apis" ends like "analysis"). */
const irregularStems: Readonly<Record<string, string>> = {
  apis: 'api',
  dbs: 'db',
  sdks: 'sdk',
  urls: 'url',
  uris: 'uri',
  jwts: 'jwt',
  ssos: 'sso',
};

/** Returns the stem of one lowercase word; words with digits and short words come back as they are. */
export function stemWord(word: string): string {
  const irregular = irregularStems[word];
  if (irregular !== undefined) {
    return irregular;
  }

  if (word.length <= minimumStemLength || /\d/.test(word)) {
    return word;
  }

  let stem = stripPlural(word);
  stem = stripInflection(stem);
  // A final "e" varies between "integrate" and "integrating", so it never takes part in a match.
  if (stem.endsWith('e') && stem.length >= 5) {
    stem = stem.slice(0, -1);
  }

  return stem;
}

function stripPlural(word: string): string {
  if (word.endsWith('ies') && word.length > 4) {
    return `${word.slice(0, -3)}y`;
  }

  if (word.endsWith('sses')) {
    return word.slice(0, -2);
  }

  if (!word.endsWith('s') || keptSingularEndings.some((ending) => word.endsWith(ending))) {
    return word;
  }

  return word.slice(0, -1);
}

function stripInflection(word: string): string {
  if (word.endsWith('ization')) {
    return word.slice(0, -'ation'.length);
  }

  if (word.endsWith('ation') && word.length > 7) {
    return word.slice(0, -'ion'.length);
  }

  if (word.endsWith('ied') && word.length > 4) {
    return `${word.slice(0, -3)}y`;
  }

  for (const suffix of ['ing', 'ed', 'er']) {
    if (!word.endsWith(suffix) || (suffix === 'ed' && word.endsWith('eed'))) {
      continue;
    }

    const rest = word.slice(0, -suffix.length);
    if (rest.length < minimumStemLength || !/[aeiouy]/.test(rest)) {
      return word;
    }

    return undoubleConsonant(rest);
  }

  return word;
}

/** "logg" → "log", "debugg" → "debug"; "install" and "access" keep their pair. */
function undoubleConsonant(rest: string): string {
  const last = rest[rest.length - 1];
  const doubled = rest.length >= 4 && last === rest[rest.length - 2];
  if (!doubled || !/[bcdfgkmnprt]/.test(last)) {
    return rest;
  }

  return rest.slice(0, -1);
}
