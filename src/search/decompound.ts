/**
 * Splitting German compounds into parts the corpus knows: "Krankenversicherung" →
 * kranken|versicherung, "Wohnungsmarktzugang" → wohnungsmarkt|zugang (→ wohnung|markt).
 * Without this a reader searching "Versicherung" never finds "Krankenversicherung", because
 * lunr only matches whole terms.
 *
 * Parts must be at least MIN_PART letters (or one of a few short words) and known to the
 * vocabulary, directly or under an inflection variant. A non-final part may end in a linking
 * element (-s-, -es-, -n-, -en-, -er-, -e-); the stemmer already strips most of them
 * ("wohnungs" → wohnung), the explicit list catches the rest. Among all splits the one with the
 * fewest parts wins (fewer parts, fewer accidental matches); ties go to the split whose rarest
 * part is most common.
 */
import {isWeakWord} from './stopwords';
import {stem} from './stem';
import {coreVariants} from './variants';
import type {Vocabulary} from './vocabulary';

export const MIN_PART = 4;
/** Three-letter words that are frequent compound parts here (Neuzuwanderung, Nothilfe, Gesundheitsamt, Integrationsrat). */
const SHORT_PARTS = new Set(['amt', 'rat', 'neu', 'not', 'ort', 'bau', 'tag']);
const SHORT = 3;
const MAX_COMPOUND = 48;
const LINKS = ['s', 'es', 'n', 'en', 'er', 'e'];
const LETTERS_ONLY = /^[a-z]+$/;

export interface Part {
  /** The part as it occurs in the folded word; without its linking element where the vocabulary needed that. */
  text: string;
  /** The vocabulary term it matched. */
  term: string;
}

function knownTerm(text: string, vocab: Vocabulary): string | undefined {
  if (text.length < MIN_PART && !SHORT_PARTS.has(text)) return undefined;
  // Prepositions are not parts: Übergang is not "über" + "Gang", Unterricht not "unter" + "Richt".
  if (isWeakWord(text)) return undefined;
  return coreVariants(text).find((t) => vocab.has(t));
}

/** A non-final part: as written, or without a linking element. */
function knownModifier(text: string, vocab: Vocabulary): Part | undefined {
  if (isWeakWord(text)) return undefined;
  const direct = knownTerm(text, vocab);
  if (direct) return {text, term: direct};
  // Without the linking element only the exact stem counts: looser matching here turned
  // "Förderanträge" into "fordera|trage".
  for (const link of LINKS) {
    if (!text.endsWith(link) || text.length - link.length < MIN_PART) continue;
    const base = text.slice(0, -link.length);
    const term = stem(base);
    if (vocab.has(term)) return {text: base, term};
  }
  return undefined;
}

/**
 * Participles are not compounds: "passenden" is not "pass" + "Enden", "aufsuchende" not
 * "aufsuch" + "Ende". A head starting with "end" is only accepted after a real linking
 * element, one the modifier is also known without (Wochen|ende, Jahres|ende).
 */
function plausibleHead(modifier: Part, head: Part, vocab: Vocabulary): boolean {
  if (!head.text.startsWith('end')) return true;
  return /[sn]$/.test(modifier.text) && vocab.has(stem(modifier.text.slice(0, -1)));
}

interface Candidate {
  parts: Part[];
  minFreq: number;
}

function better(a: Candidate, b: Candidate | undefined): boolean {
  if (!b) return true;
  if (a.parts.length !== b.parts.length) return a.parts.length < b.parts.length;
  return a.minFreq > b.minFreq;
}

/**
 * Best split of a folded word into at least two known parts, or undefined. Runs in
 * O(length² × links) thanks to memoising the best split of every suffix.
 */
export function splitCompound(folded: string, vocab: Vocabulary): Part[] | undefined {
  const n = folded.length;
  if (n < MIN_PART + SHORT || n > MAX_COMPOUND || !LETTERS_ONLY.test(folded)) return undefined;
  const memo = new Map<number, Candidate | null>();

  // Best decomposition of folded[from..]; the whole rest counts as one part unless it is
  // the entire word (a word is not its own compound).
  const best = (from: number): Candidate | null => {
    const cached = memo.get(from);
    if (cached !== undefined) return cached;
    let top: Candidate | undefined;
    const whole = from > 0 ? knownTerm(folded.slice(from), vocab) : undefined;
    if (whole) top = {parts: [{text: folded.slice(from), term: whole}], minFreq: vocab.freq(whole)};
    for (let i = from + SHORT; i <= n - SHORT; i++) {
      const head = knownModifier(folded.slice(from, i), vocab);
      const rest = head ? best(i) : null;
      if (!head || !rest || !plausibleHead(head, rest.parts[0], vocab)) continue;
      const cand = {parts: [head, ...rest.parts], minFreq: Math.min(vocab.freq(head.term), rest.minFreq)};
      if (better(cand, top)) top = cand;
    }
    memo.set(from, top ?? null);
    return top ?? null;
  };
  return best(0)?.parts;
}

const termsCache = new WeakMap<Vocabulary, Map<string, string[]>>();
const TERMS_CACHE_LIMIT = 50_000;

/**
 * Terms of all parts at every level: "wohnungsmarktzugang" → wohnungsmarkt, zugang, wohnung,
 * markt. The fewest-parts rule picks the coarse split; recursion adds the finer one.
 * Cached per vocabulary: the same words recur across documents and in snippets.
 */
export function compoundTerms(folded: string, vocab: Vocabulary): string[] {
  let cache = termsCache.get(vocab);
  if (!cache) termsCache.set(vocab, (cache = new Map()));
  let terms = cache.get(folded);
  if (!terms) {
    terms = collectTerms(folded, vocab, 0);
    if (cache.size >= TERMS_CACHE_LIMIT) cache.clear();
    cache.set(folded, terms);
  }
  return terms;
}

function collectTerms(folded: string, vocab: Vocabulary, depth: number): string[] {
  const parts = splitCompound(folded, vocab);
  if (!parts) return [];
  const out = new Set<string>();
  for (const p of parts) {
    out.add(p.term);
    if (depth < 3) for (const t of collectTerms(p.text, vocab, depth + 1)) out.add(t);
  }
  return [...out];
}
