/**
 * search(): the one entry point for the search page and the CLI. Safe for any input: the
 * query string is only ever tokenized and looked up in the term dictionary (see expand.ts),
 * never handed to lunr's query parser, and the whole call is guarded so a bug degrades to
 * "no results" instead of a broken page.
 *
 * Ranking: results covering more of the required query words come first; when some result
 * covers all of them, only such results are returned ("require all words when possible, else
 * any"). Within the same coverage, lunr's BM25 score decides, then the title.
 * The reported score is coverage + s / (1 + s), so it falls monotonically down the list and its
 * integer part says how many words matched.
 */
import {expandQuery, isEmptySlot, MAX_QUERY_CHARS, queryTopic, type Slot} from './expand';
import {fold} from './fold';
import {stem} from './stem';
import {tokenize} from './tokenize';
import {indexOfDoc, popcount, scoreSlots} from './score';
import {docView} from './doc-view';
import {isHitFor} from './highlight';
import {isSearchIndexData, prepareIndex, type PreparedIndex} from './prepared';
import {SNIPPET_CHARS, makeSnippet} from './snippet';
import {isStopWord, isWeakWord} from './stopwords';
import {pairKey} from './pairs';
import type {SearchIndexData, SearchOptions, SearchResult, StoredDoc} from './types';

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;
const MAX_MATCHED = 12;

interface Scored {
  doc: number;
  coverage: number;
  score: number;
}

function passesFilters(doc: StoredDoc, opts: SearchOptions): boolean {
  if (opts.types?.length && !opts.types.includes(doc.type)) return false;
  if (opts.fields?.length && !doc.fields.some((f) => opts.fields!.includes(f))) return false;
  return true;
}

/**
 * Glossary definitions are short, so BM25 favours them over the entries that treat a matter; they
 * answer "what does the word mean" (the card), the entries answer the reader's question.
 */
export const GLOSSARY_WEIGHT = 0.5;

function rank(index: PreparedIndex, slots: Slot[], opts: SearchOptions): Scored[] {
  const {scores, masks, touched} = scoreSlots(index, slots);
  let requiredMask = 0;
  slots.forEach((s, i) => {
    if (s.required) requiredMask |= 1 << i;
  });
  const required = popcount(requiredMask);
  const scored: Scored[] = [];
  for (const d of touched) {
    if (scores[d] <= 0 || !passesFilters(index.docs[d], opts)) continue;
    scored.push({doc: d, coverage: popcount(masks[d] & requiredMask), score: index.docs[d].type === 'glossar' ? scores[d] * GLOSSARY_WEIGHT : scores[d]});
  }
  const best = scored.reduce((m, s) => Math.max(m, s.coverage), 0);
  const kept = required > 0 && best === required ? scored.filter((s) => s.coverage === required) : scored;
  return kept.sort(byRank(index));
}

function byRank(index: PreparedIndex): (a: Scored, b: Scored) => number {
  return (a, b) => b.coverage - a.coverage || b.score - a.score || index.titleRank[a.doc] - index.titleRank[b.doc];
}

/** How much a document gains when it has every adjacent word pair of the query, relative to its score. */
export const PHRASE_BOOST = 0.5;
/** A quoted part of a query: "…", „…“ or »…«. */
const QUOTED = /["„“”»«]([^"„“”»«]+)["„“”»«]/g;

/** Adjacent pairs of the query's terms (as pairs.ts forms them), and those of each quoted part. */
function queryPairs(index: PreparedIndex, q: string): {all: string[]; quoted: string[]} {
  const adjacent = (text: string) => {
    const terms = queryTopic(index, text).map((w) => w.folded).filter((f) => f.length > 1 && !isStopWord(f)).map(stem);
    return terms.slice(1).map((t, i) => pairKey(terms[i], t));
  };
  return {all: adjacent(q.replace(QUOTED, ' $1 ')), quoted: [...q.matchAll(QUOTED)].flatMap((m) => adjacent(m[1]))};
}

/**
 * Words that stand together in the query count more where they stand together in the document
 * ("Runder Tisch", "Zuwanderung aus Südosteuropa"); a quoted part must stand together, unless no
 * document has it (then the words count as unquoted, as with a typo in the quote).
 */
/** How much a document gains when one of its `questions` has all the query's words, relative to its score. */
export const QUESTION_BOOST = 1;

/**
 * The share of the query's slots that the document's best-matching question covers (0 for a
 * one-word query): "wer bezahlt die Clearingstelle" against „Wer finanziert die Clearingstelle?“.
 */
function questionMatch(index: PreparedIndex, slots: readonly Slot[], doc: number): number {
  const questions = index.questionTerms(doc);
  const counted = slots.filter((s) => s.required);
  if (questions.length === 0 || counted.length < 2) return 0;
  let best = 0;
  for (const terms of questions) {
    let covered = 0;
    for (const slot of counted) {
      if ([...slot.alternatives.keys()].some((id) => terms.has(index.terms[id])) || slot.groups.some((g) => g.ids.every((id) => terms.has(index.terms[id])))) covered++;
    }
    best = Math.max(best, covered / counted.length);
  }
  return best;
}

function withQuestions(index: PreparedIndex, slots: readonly Slot[], ranked: Scored[]): Scored[] {
  if (slots.filter((s) => s.required).length < 2) return ranked;
  return ranked
    .map((s) => {
      const share = questionMatch(index, slots, s.doc);
      return share < 0.5 ? s : {...s, score: s.score * (1 + QUESTION_BOOST * share)};
    })
    .sort(byRank(index));
}

function withPhrases(index: PreparedIndex, q: string, ranked: Scored[]): Scored[] {
  const {all, quoted} = queryPairs(index, q);
  if (all.length === 0) return ranked;
  const phrase = ranked.filter((s) => quoted.every((k) => index.hasPair(s.doc, k)));
  const kept = phrase.length > 0 ? phrase : ranked;
  return kept
    .map((s) => {
      const together = all.filter((k) => index.hasPair(s.doc, k)).length;
      return together === 0 ? s : {...s, score: s.score * (1 + (PHRASE_BOOST * together) / all.length)};
    })
    .sort(byRank(index));
}

/**
 * Index terms of the query that this document contains, for highlighting. A multi-word
 * synonym only contributes when it was what matched the slot, and then without its weak
 * words: "Agentur für Arbeit" must not light up every "für".
 */
function matchedTerms(index: PreparedIndex, slots: Slot[], doc: number): Set<string> {
  const out = new Set<string>();
  const has = (id: number) => indexOfDoc(index.postings(id).docs, doc) >= 0;
  for (const slot of slots) {
    const singles = [...slot.alternatives.keys()].filter(has);
    singles.forEach((id) => out.add(index.terms[id]));
    if (singles.length > 0) continue;
    for (const group of slot.groups) {
      if (group.ids.every(has)) group.ids.filter((id) => !isWeakWord(index.terms[id])).forEach((id) => out.add(index.terms[id]));
    }
  }
  return out;
}

function toResult(index: PreparedIndex, slots: Slot[], s: Scored): SearchResult {
  const doc = index.docs[s.doc];
  const view = docView(index, s.doc);
  const isHit = isHitFor(matchedTerms(index, slots, s.doc));
  const matched = new Set<string>();
  for (const token of [...view.titleTokens, ...view.sourceTokens]) {
    if (matched.size >= MAX_MATCHED) break;
    if (isHit(token)) matched.add(token.text);
  }
  return {
    id: doc.id,
    type: doc.type,
    title: doc.title,
    url: doc.url,
    score: Math.round((s.coverage + s.score / (1 + s.score)) * 10000) / 10000,
    matched: [...matched],
    snippet: makeSnippet(view.source, isHit, SNIPPET_CHARS, view.sourceTokens),
  };
}

function clampLimit(limit: unknown): number {
  const n = typeof limit === 'number' && Number.isFinite(limit) ? Math.floor(limit) : DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(0, n));
}

/** A term's words as the query side compares them: folded, stemmed, without stop words, sorted. */
function termKey(words: readonly string[]): string {
  return words.map(fold).filter((w) => w.length > 1 && !isStopWord(w)).map(stem).sort().join(' ');
}

/** Glossary documents by the key of their term (the part before a parenthesis: „EU2 (EU-2-Staaten)“ → EU2). */
const glossaryKeys = new WeakMap<PreparedIndex, Map<string, number>>();
function glossaryByKey(index: PreparedIndex): Map<string, number> {
  let keys = glossaryKeys.get(index);
  if (!keys) {
    keys = new Map();
    index.docs.forEach((d, i) => {
      if (d.type !== 'glossar') return;
      for (const name of [d.title, d.title.replace(/\s*\(.*$/, ''), ...(/\(([^)]+)\)/.exec(d.title)?.slice(1) ?? [])]) {
        const key = termKey(tokenize(name).map((t) => t.text));
        if (key && !keys!.has(key)) keys!.set(key, i);
      }
    });
    glossaryKeys.set(index, keys);
  }
  return keys;
}

/**
 * The glossary term the query names, if any: the query's words (after question words) are the
 * term's words, or a synonym of them („Streetwork“ → Aufsuchende Arbeit). Shown as an answer
 * above the results, and left out of the results, so the entries come first.
 */
function answerDoc(index: PreparedIndex, q: string): number | undefined {
  const words = queryTopic(index, q).map((w) => w.surface);
  const key = termKey(words);
  if (!key) return undefined;
  const keys = glossaryByKey(index);
  const direct = keys.get(key);
  if (direct !== undefined) return direct;
  const stems = words.map(fold).filter((w) => !isStopWord(w)).map(stem).join(' ');
  for (const member of index.synonyms.alternatives(stems)) {
    const hit = keys.get([...member].sort().join(' '));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/**
 * The glossary term a misspelt query stands for ("Willkommensklase"): each word's best match in
 * the index (a typo's nearest term) put together names the term.
 */
function answerFromSlots(index: PreparedIndex, slots: readonly Slot[]): number | undefined {
  const best = slots.filter((s) => s.required).map((s) => [...s.alternatives].sort((a, b) => b[1] - a[1] || index.popularity(b[0]) - index.popularity(a[0]))[0]);
  if (best.length === 0 || best.some((b) => b === undefined)) return undefined;
  return glossaryByKey(index).get(best.map(([id]) => index.terms[id]).sort().join(' '));
}

/** Every matching document, ranked, before limit and snippets; undefined when the query has no searchable word. */
function rankAll(index: SearchIndexData, q: string, opts: SearchOptions): {prepared: PreparedIndex; slots: Slot[]; ranked: Scored[]; answer?: number} | undefined {
  if (!isSearchIndexData(index) || typeof q !== 'string') return undefined;
  const prepared = prepareIndex(index);
  // An empty required slot stays: it makes "all words" impossible, so ranking falls back to "any".
  const slots = expandQuery(prepared, q).filter((s) => !isEmptySlot(s) || s.required);
  if (slots.every(isEmptySlot)) return undefined;
  const answer = answerDoc(prepared, q.slice(0, MAX_QUERY_CHARS)) ?? answerFromSlots(prepared, slots);
  const ranked = withQuestions(prepared, slots, withPhrases(prepared, q.slice(0, MAX_QUERY_CHARS), rank(prepared, slots, opts ?? {})));
  return {prepared, slots, answer, ranked: answer === undefined ? ranked : ranked.filter((s) => s.doc !== answer)};
}

/**
 * The glossary card for a query that names a glossary term: the term as a result (title, URL,
 * definition as snippet). search() and countResults() leave it out of the list.
 */
export function glossaryAnswer(index: SearchIndexData, q: string): SearchResult | undefined {
  try {
    const all = rankAll(index, q, {});
    if (!all || all.answer === undefined) return undefined;
    const result = toResult(all.prepared, all.slots, {doc: all.answer, coverage: 0, score: 0});
    return {...result, score: 0, description: all.prepared.docs[all.answer].description};
  } catch {
    return undefined;
  }
}

/** search() without the safety net: bugs surface as exceptions. For tests and benchmarks. */
export function searchStrict(index: SearchIndexData, q: string, opts: SearchOptions = {}): SearchResult[] {
  const all = rankAll(index, q, opts);
  if (!all) return [];
  return all.ranked.slice(0, clampLimit(opts?.limit)).map((s) => toResult(all.prepared, all.slots, s));
}

/**
 * How many results search() finds for the same query and filters, without a limit. Cheap: no
 * snippets are made, so a results page can count per filter value on every keystroke.
 */
export function countResults(index: SearchIndexData, q: string, opts: SearchOptions = {}): number {
  try {
    return rankAll(index, q, opts)?.ranked.length ?? 0;
  } catch {
    return 0;
  }
}

export function search(index: SearchIndexData, q: string, opts: SearchOptions = {}): SearchResult[] {
  try {
    return searchStrict(index, q, opts);
  } catch {
    // Never take the page down: a failure here is a bug (the fuzz test hunts for them with
    // searchStrict), but the reader just sees no results.
    return [];
  }
}
