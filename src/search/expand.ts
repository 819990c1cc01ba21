/**
 * Turns a raw query string into "slots": one per meaningful query word (or per part of an
 * unknown compound), each with the index terms that count as a match and how much they weigh.
 * A result covers a slot when it contains any of the slot's terms; ranking prefers results
 * covering every required slot. Only terms that exist in the index are ever produced, so no
 * user text reaches a query parser and the work per query is bounded by MAX_WORDS and the
 * candidate limits.
 */
import {nearMisses, prefixCandidates, suffixCandidates} from './candidates';
import {splitCompound} from './decompound';
import {fold} from './fold';
import type {PreparedIndex} from './prepared';
import type {SynonymLookup} from './synonyms';
import {stem} from './stem';
import {isQuestionWord, isStopWord, isWeakWord, SEPARABLE_PARTICLES} from './stopwords';
import {tokenize} from './tokenize';
import {termVariants} from './variants';

export const MAX_QUERY_CHARS = 256;
export const MAX_WORDS = 12;

export const BOOST = {
  exact: 1,
  variant: 0.9,
  synonym: 0.8,
  /** Related word of data/begriffe.yml: curated, but not the same word. */
  concept: 0.6,
  /** General thesaurus (OpenThesaurus): broad, so well below a curated synonym. */
  thesaurus: 0.4,
  truncated: 0.7,
  prefix: 0.6,
  suffix: 0.5,
  typo1: 0.5,
  typo2: 0.3,
} as const;

/** Terms that only count together: a multi-word synonym ("Agentur für Arbeit" for "Jobcenter"). */
export interface TermGroup {
  ids: number[];
  /** Boost of each term. */
  boost: number;
}

export interface Slot {
  /** The query word (or compound part) this slot stands for. */
  surface: string;
  /** Whether a result must contain it to count as covering the whole query. */
  required: boolean;
  /** Term id → boost. */
  alternatives: Map<number, number>;
  /** Multi-term alternatives: a document matches one only when it has all of its terms. */
  groups: TermGroup[];
  /** Terms that add to the score but do not count as covering the slot (thesaurus neighbours of a word the index knows). */
  soft: Map<number, number>;
}

export function newSlot(surface: string, required: boolean): Slot {
  return {surface, required, alternatives: new Map(), groups: [], soft: new Map()};
}

export function isEmptySlot(slot: Slot): boolean {
  return slot.alternatives.size === 0 && slot.groups.length === 0;
}

interface QueryWord {
  surface: string;
  folded: string;
  /** Last word of a query that does not end in a space: the reader is still typing it. */
  typing: boolean;
}

function add(slot: Slot, id: number | undefined, boost: number): void {
  if (id === undefined) return;
  if ((slot.alternatives.get(id) ?? 0) < boost) slot.alternatives.set(id, boost);
}

function knownVariants(index: PreparedIndex, folded: string): number[] {
  return termVariants(folded).flatMap((t) => index.termId.get(t) ?? []);
}

/** Hyphenated query words: "EU-2" is one word if the index knows "eu2", else two words. */
function queryWords(index: PreparedIndex, text: string): QueryWord[] {
  const tokens = tokenize(text);
  const words: QueryWord[] = [];
  tokens.forEach((token, i) => {
    const typing = i === tokens.length - 1 && token.end === text.length;
    const joined = token.pieces.join('');
    const joinedFolded = fold(joined);
    const asOne =
      token.pieces.length === 1 ||
      knownVariants(index, joinedFolded).length > 0 ||
      index.synonyms.alternatives(stem(joinedFolded)).length > 0;
    const pieces = asOne ? [joined] : token.pieces;
    pieces.forEach((p, k) => words.push({surface: p, folded: fold(p), typing: typing && k === pieces.length - 1}));
  });
  return questionToTopic(index, words).slice(0, MAX_WORDS);
}

/**
 * A question → the words it is about: a separable verb's particle at the end goes back onto the
 * verb ("fange … an" → "anfange", when the index knows that word), then question words and
 * fillers are dropped, as long as something else remains.
 */
function questionToTopic(index: PreparedIndex, words: QueryWord[]): QueryWord[] {
  let out = words;
  const last = out[out.length - 1];
  // Also while the particle is the word being typed: "wie fange ich an" is a question, not "an…" half-typed.
  if (out.length >= 2 && last && SEPARABLE_PARTICLES.has(last.folded)) {
    for (let i = out.length - 2; i >= 0; i--) {
      const w = out[i];
      if (isStopWord(w.folded) || isQuestionWord(w.folded)) continue;
      const joined = `${last.folded}${w.folded}`;
      if (knownVariants(index, joined).length > 0) {
        out = [...out.slice(0, i), {surface: `${last.surface}${w.surface}`, folded: joined, typing: false}, ...out.slice(i + 1, -1)];
      }
      break;
    }
  }
  const topic = out.filter((w) => w.typing || !isQuestionWord(w.folded));
  return topic.some((w) => !isStopWord(w.folded)) ? topic : out;
}

/** Completions of a half-typed word; true when there were any. */
function completions(index: PreparedIndex, slot: Slot, folded: string): boolean {
  const found = prefixCandidates(index, folded);
  for (const id of found) add(slot, id, BOOST.prefix);
  // The stemmer cuts endings the reader has not finished typing: "versicheru" → versicher.
  for (let k = 1; k <= 2 && folded.length - k >= 5; k++) add(slot, index.termId.get(folded.slice(0, -k)), BOOST.truncated);
  return found.length > 0;
}

function addTypos(index: PreparedIndex, slot: Slot, folded: string): void {
  for (const c of nearMisses(index, folded)) add(slot, c.id, c.distance === 1 ? BOOST.typo1 : BOOST.typo2);
}

function isCurated(index: PreparedIndex, folded: string): boolean {
  const key = stem(folded);
  return index.synonyms.alternatives(key).length > 0 || index.concepts.alternatives(key).length > 0;
}

function slotsForWord(index: PreparedIndex, word: QueryWord): Slot[] {
  if (word.folded.length < 2) return [];
  const slot = newSlot(word.surface, !isWeakWord(word.folded));
  if (isStopWord(word.folded)) {
    // Only kept while typing ("Die" may become "Dienste"), and then never required.
    if (!word.typing) return [];
    slot.required = false;
    completions(index, slot, word.folded);
    return [slot];
  }
  const exact = knownVariants(index, word.folded);
  exact.forEach((id, i) => add(slot, id, i === 0 && index.terms[id] === stem(word.folded) ? BOOST.exact : BOOST.variant));
  const completed = word.typing && completions(index, slot, word.folded);
  if (exact.length > 0) return [slot];

  // An unknown compound whose parts are known: every part is its own slot. The whole word's
  // completions and near misses stand in for every part ("Terminsort" may be a split
  // "Termin|s|ort" or a slip for "Terminsport").
  const parts = splitCompound(word.folded, index.vocabulary);
  if (parts) {
    if (!completed) addTypos(index, slot, word.folded);
    return parts.map((p) => {
      const s = newSlot(p.text, slot.required);
      knownVariants(index, p.text).forEach((id, i) => add(s, id, i === 0 ? BOOST.exact : BOOST.variant));
      for (const [id, boost] of slot.alternatives) add(s, id, boost);
      return s;
    });
  }

  // Compounds ending in the word are always candidates ("Versicherung" → Krankenversicherung,
  // where the index never saw "Versicherung" alone to split it off); typos only when the word
  // is not simply half-typed.
  for (const id of suffixCandidates(index, stem(word.folded))) add(slot, id, BOOST.suffix);
  // A word the curated lists know is not a typo ("Burnout" must not become "Bürger").
  if (!completed && !isCurated(index, word.folded)) addTypos(index, slot, word.folded);
  return [slot];
}

/**
 * Every member of a synonym group stands for the others ("KV" ↔ "Krankenversicherung").
 * A multi-word member only counts when all its words occur: "Agentur für Arbeit" must not
 * turn every page mentioning "Arbeit" into a match for "Jobcenter".
 */
function addSynonyms(index: PreparedIndex, words: QueryWord[], slotsByWord: Slot[][], lookup: SynonymLookup, boost: number): void {
  // Members are stored without stop words ("Agentur für Arbeit" → agentur arbeit): match the query the same way.
  const kept = words.map((w, i) => ({i, stem: stem(w.folded), stop: isStopWord(w.folded)})).filter((w) => !w.stop);
  for (let i = 0; i < kept.length; i++) {
    for (let n = Math.min(lookup.maxLength, kept.length - i); n >= 1; n--) {
      const others = lookup.alternatives(kept.slice(i, i + n).map((w) => w.stem).join(' '));
      for (const member of others) {
        // Members are stored analysed: the term itself first, its variants only when the index lacks it.
        const ids = member.map((term) => index.termId.get(term) ?? knownVariants(index, term)[0]);
        if (ids.some((id) => id === undefined)) continue;
        for (const slot of slotsByWord.slice(kept[i].i, kept[i + n - 1].i + 1).flat()) {
          if (ids.length === 1) add(slot, ids[0], boost);
          else slot.groups.push({ids: ids as number[], boost: boost / ids.length});
        }
      }
    }
  }
}

/** The words a query is about (question words and fillers dropped, separable verbs joined). */
export function queryTopic(index: PreparedIndex, query: string): {surface: string; folded: string}[] {
  return queryWords(index, query.slice(0, MAX_QUERY_CHARS));
}

/**
 * Thesaurus neighbours of each query word, at a low weight. For a word the index does not know
 * ("Schwarzarbeit") they are the way in and cover the word; for a word it knows they only add to
 * the score, so a document with the reader's own word is never outranked by one with a neighbour.
 */
function addRelated(index: PreparedIndex, words: QueryWord[], slotsByWord: Slot[][]): void {
  words.forEach((w, i) => {
    if (isStopWord(w.folded)) return;
    const related = index.related(stem(w.folded));
    for (const slot of slotsByWord[i]) {
      const target = isEmptySlot(slot) ? slot.alternatives : slot.soft;
      for (const id of related) if (!slot.alternatives.has(id) && (target.get(id) ?? 0) < BOOST.thesaurus) target.set(id, BOOST.thesaurus);
    }
  });
}

export function expandQuery(index: PreparedIndex, query: string): Slot[] {
  const words = queryWords(index, query.slice(0, MAX_QUERY_CHARS));
  const slotsByWord = words.map((w) => slotsForWord(index, w));
  addSynonyms(index, words, slotsByWord, index.synonyms, BOOST.synonym);
  // Related words (Obdachlosigkeit → Wohnungsnot) lead one way only and weigh less than synonyms.
  addSynonyms(index, words, slotsByWord, index.concepts, BOOST.concept);
  addRelated(index, words, slotsByWord);
  // At most 24 slots: coverage is tracked in a 32-bit mask per document.
  return slotsByWord.flat().slice(0, MAX_WORDS * 2);
}
