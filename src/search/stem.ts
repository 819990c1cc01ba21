/**
 * The German Snowball stemmer from lunr-languages, used directly on strings so index and
 * query share it without going through a lunr pipeline (whose query parser we never use).
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import german from 'lunr-languages/lunr.de.js';

type StringStemmer = (word: string) => string;

function loadGermanStemmer(): StringStemmer {
  const l = lunr as unknown as {de?: {stemmer: StringStemmer}; stemmerSupport?: unknown};
  // The plugins register pipeline functions globally; registering twice only logs warnings,
  // but another module (or the site) may already have done it.
  if (!l.stemmerSupport) stemmerSupport(lunr);
  if (!l.de) german(lunr);
  return l.de!.stemmer;
}

const germanStemmer = loadGermanStemmer();
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Stem a folded word. Given a string (not a lunr.Token) the stemmer returns a string. */
export function stem(folded: string): string {
  let s = cache.get(folded);
  if (s === undefined) {
    s = germanStemmer(folded);
    // Bounded so a long-lived page cannot grow it without limit from hostile input.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(folded, s);
  }
  return s;
}
