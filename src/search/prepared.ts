/**
 * The query side's view of a shipped index: term lookup, lazily decoded and lunr-scored
 * postings, and the sorted lists that prefix, suffix and typo expansion search in (the term
 * list itself is sorted; suffix search gets a sorted list of reversed terms).
 * Prepared once per index object (the page loads the index once) and cached.
 *
 * Scoring is lunr's, computed the way lunr.Builder computes field vectors (BM25 with
 * k1 = 1.2, b = 0.75, lunr.idf over field postings, field boost, rounded to 3 decimals), and
 * combined the way lunr.Index#query combines them. test/search/lunr-equivalence.test.ts
 * checks the numbers against a real lunr.Index. Doing the arithmetic here instead of
 * rebuilding a lunr.Index avoids building hundreds of thousands of objects on page load and
 * keeps a 5,000-entry query in the low milliseconds (see bench/search.ts).
 */
import {decodePostings, decodeTerms} from './codec';
import {pairFilter} from './pairs';
import {conceptLookup, synonymLookup, type SynonymLookup} from './synonyms';
import {unpackDocs} from './doc-store';
import type {SearchIndexData, StoredDoc} from './types';
import type {Vocabulary} from './vocabulary';

const K1 = 1.2;
const B = 0.75;

export interface TermPostings {
  /** Documents containing the term, ascending. */
  docs: Int32Array;
  /** Per document: the term's field-vector values summed over fields (lunr's dot-product contribution for a unit query weight). */
  weights: Float64Array;
}

export interface PreparedIndex {
  data: SearchIndexData;
  /** The term dictionary, sorted; a term's position is its id. */
  terms: string[];
  docs: StoredDoc[];
  docCount: number;
  termId: ReadonlyMap<string, number>;
  postings(termId: number): TermPostings;
  /** Cheap popularity measure (encoded postings length) for ordering candidates. */
  popularity(termId: number): number;
  vocabulary: Vocabulary;
  synonyms: SynonymLookup;
  /** Related words (data/begriffe.yml), in one direction. */
  concepts: SynonymLookup;
  /** Thesaurus: a word's stem → ids of the index terms in its groups. */
  related(stem: string): readonly number[];
  /** Whether the document has the two terms next to each other (pairs.ts; about 1 % false positives). */
  hasPair(doc: number, key: string): boolean;
  /** The term sets of the document's `questions`, one per question. */
  questionTerms(doc: number): readonly ReadonlySet<string>[];
  /** Position of each document in title order: the final tie-break, as a number. */
  titleRank: Int32Array;
  /** Reversed terms, sorted, with their term ids: suffix search by binary search. */
  reversed: readonly string[];
  reversedIds: Int32Array;
}

const cache = new WeakMap<SearchIndexData, PreparedIndex>();

/** Shape check for the shipped index: a stale or foreign file must not crash the page. */
export function isSearchIndexData(x: unknown): x is SearchIndexData {
  const d = x as SearchIndexData;
  return (
    !!d && d.v === 1 && typeof d.terms === 'string' && Array.isArray(d.postings) &&
    Array.isArray(d.fields) && Array.isArray(d.boosts) && Array.isArray(d.lengths) && !!d.docs && Array.isArray(d.docs.id) && Array.isArray(d.synonyms)
  );
}

export function prepareIndex(data: SearchIndexData): PreparedIndex {
  const cached = cache.get(data);
  if (cached) return cached;
  const prepared = build(data);
  cache.set(data, prepared);
  return prepared;
}

function build(data: SearchIndexData): PreparedIndex {
  const docs = unpackDocs(data.docs);
  const docCount = docs.length;
  const fieldCount = data.fields.length;
  const avgLength = data.lengths.map((ls) => (ls.length ? ls.reduce((a, b) => a + b, 0) / ls.length : 0) || 1);
  // A corrupt file may disagree on the count: only terms with postings are usable.
  const terms = decodeTerms(data.terms).slice(0, data.postings.length);
  const termId = new Map<string, number>();
  terms.forEach((t, i) => termId.set(t, i));

  const decoded = new Map<number, TermPostings>();
  const postings = (id: number): TermPostings => {
    let p = decoded.get(id);
    if (!p) decoded.set(id, (p = decode(id)));
    return p;
  };

  const decode = (id: number): TermPostings => {
    const entries: [number, number, number][] = [];
    decodePostings(data.postings[id] ?? '', fieldCount, (doc, field, tf2) => {
      if (doc < docCount && field < fieldCount) entries.push([doc, field, tf2 / 2]);
    });
    // lunr.idf counts documents per field and adds them up.
    const n = entries.length;
    const idf = Math.log(1 + Math.abs((docCount - n + 0.5) / (n + 0.5)));
    const docs: number[] = [];
    const weights: number[] = [];
    for (const [doc, field, tf] of entries) {
      const len = data.lengths[field]?.[doc] ?? 0;
      const norm = K1 * (1 - B + B * (len / (avgLength[field] || 1))) + tf;
      const raw = ((idf * ((K1 + 1) * tf)) / norm) * (data.boosts[field] ?? 1);
      const value = Math.round(raw * 1000) / 1000;
      if (docs[docs.length - 1] === doc) weights[weights.length - 1] += value;
      else {
        docs.push(doc);
        weights.push(value);
      }
    }
    return {docs: Int32Array.from(docs), weights: Float64Array.from(weights)};
  };

  const titleRank = new Int32Array(docCount);
  docs
    .map((d, i) => ({title: d.title, id: d.id, i}))
    .sort((a, b) => a.title.localeCompare(b.title, 'de') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .forEach((d, rank) => (titleRank[d.i] = rank));

  const rev = terms.map((t, i) => [[...t].reverse().join(''), i] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  const filters = new Map<number, (key: string) => boolean>();
  const hasPair = (doc: number, key: string) => {
    let test = filters.get(doc);
    if (!test) filters.set(doc, (test = pairFilter(Array.isArray(data.pairs) ? data.pairs[doc] : undefined)));
    return test(key);
  };

  const questionSets = new Map<number, ReadonlySet<string>[]>();
  const questionTerms = (doc: number) => {
    let sets = questionSets.get(doc);
    if (!sets) {
      const raw = Array.isArray(data.questionTerms) ? data.questionTerms[doc] : undefined;
      sets = typeof raw === 'string' && raw ? raw.split('\n').map((q) => new Set(q.split(' '))) : [];
      questionSets.set(doc, sets);
    }
    return sets;
  };

  const popularity = (id: number) => data.postings[id]?.length ?? 0;
  return {
    data,
    terms,
    docs,
    docCount,
    termId,
    postings,
    popularity,
    vocabulary: {
      has: (t) => termId.has(t),
      freq: (t) => {
        const id = termId.get(t);
        return id === undefined ? 0 : popularity(id);
      },
    },
    synonyms: synonymLookup(data.synonyms),
    concepts: conceptLookup(Array.isArray(data.concepts) ? data.concepts : []),
    related: thesaurusLookup(data.thesaurus ?? [], termId),
    hasPair,
    questionTerms,
    titleRank,
    reversed: rev.map((r) => r[0]),
    reversedIds: Int32Array.from(rev.map((r) => r[1])),
  };
}

function thesaurusLookup(groups: readonly string[][], termId: ReadonlyMap<string, number>): (stem: string) => readonly number[] {
  const byStem = new Map<string, Set<number>>();
  for (const group of groups) {
    for (const member of group) {
      let set = byStem.get(member);
      if (!set) byStem.set(member, (set = new Set()));
      for (const other of group) {
        const id = other === member ? undefined : termId.get(other);
        if (id !== undefined) set.add(id);
      }
    }
  }
  const none: readonly number[] = [];
  const cache = new Map<string, readonly number[]>();
  return (stem) => {
    let ids = cache.get(stem);
    if (!ids) cache.set(stem, (ids = byStem.has(stem) ? [...byStem.get(stem)!] : none));
    return ids;
  };
}
