/**
 * Spelling normalisation shared by index and query. German readers type "Fluechtlinge",
 * "Strasse" or "Flüchtlinge" interchangeably, so every form is folded to one spelling:
 * plain vowels without umlaut and "ss" for ß. Folding to the plain vowel (not to "ae") keeps
 * umlaut plurals together after stemming (Antrag/Anträge), as the Snowball stemmer would.
 */

// A digraph is only an umlaut spelling when it does not follow another vowel
// ("neue", "Steuer", "Frauen" keep their "ue") and, for "ue", not after "q" ("Quelle").
const DIGRAPH = /(?<![aeiouy])([ao])e|(?<![aeiouyq])(u)e/g;
const HAS_DIGRAPH = /[aou]e/;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function foldUncached(word: string): string {
  let s = word.toLowerCase();
  // Most words are plain ASCII: skip Unicode normalisation for them (fold runs for every token).
  if (NON_ASCII.test(s)) s = s.replace(/ß/g, 'ss').normalize('NFKD').replace(MARKS, '');
  return HAS_DIGRAPH.test(s) ? s.replace(DIGRAPH, (_m, v1: string | undefined, v2: string | undefined) => v1 ?? v2 ?? '') : s;
}

/** Lowercase, strip diacritics (ä→a, é→e, ș→s), ß→ss, ae/oe/ue→a/o/u. */
export function fold(word: string): string {
  let folded = cache.get(word);
  if (folded === undefined) {
    folded = foldUncached(word);
    // Bounded: hostile queries must not grow it without limit in a long-lived page.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, folded);
  }
  return folded;
}
