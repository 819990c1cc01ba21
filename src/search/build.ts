/**
 * Builds the shipped search index from documents. Runs at site build time and in the CLI;
 * pure (no Node APIs), so tests and the browser-side tooling can call it too.
 *
 * Two passes: the first collects the vocabulary (every word's stem), which decompounding
 * needs to know which parts are real words; the second analyses every field with it.
 */
import {analyzeText, wordTerms} from './analyze';
import {fold} from './fold';
import {stem} from './stem';
import {isStopWord} from './stopwords';
import {encodePostings, encodeTerms, type Posting} from './codec';
import {packDocs} from './doc-store';
import {analyzeConcepts, analyzeSynonymGroups} from './synonyms';
import {encodePairFilter, wordPairs} from './pairs';
import type {SearchDoc, SearchIndexData, StoredDoc} from './types';
import {vocabularyFromCounts} from './vocabulary';

export const FIELDS = ['title', 'description', 'labels', 'headings', 'body', 'questions'] as const;
/**
 * Title beats description, labels and questions (the author's own summary, keywords and the
 * practitioners' questions the entry answers), then headings, then body.
 */
export const BOOSTS = [10, 4, 4, 2, 1, 4] as const;
/**
 * Body characters kept per document for snippets; the rest of the body is only indexed. The
 * description (up to 400 characters) is the main snippet source. Stored text dominates the file
 * for short entries: 160 keeps 5,000 generated entries at 0.3× lunr's index size.
 */
export const SNIPPET_SOURCE_CHARS = 160;

export interface BuildOptions {
  /** Synonym groups as written in data/synonyms.yml. */
  synonyms?: readonly (readonly string[])[];
  /** General thesaurus groups (thesaurus.ts): weigh less than synonyms; only single words are used. */
  thesaurus?: readonly (readonly string[])[];
  /** Related words as written in data/begriffe.yml. */
  concepts?: readonly {wort: string; verwandt: readonly string[]}[];
}

/**
 * Thesaurus groups reduced to what can help a query on this index: single words, analysed like
 * the text, and only groups in which at least one word is a term of the index (a reader's word
 * can only lead to documents through one). Groups are sorted for a deterministic file.
 */
export function thesaurusForIndex(groups: readonly (readonly string[])[], indexTerms: ReadonlySet<string>): string[][] {
  const out = new Map<string, string[]>();
  for (const group of groups) {
    const stems = [...new Set(group.filter((w) => !/\s/.test(w)).map((w) => stem(fold(w))).filter((t) => t.length > 2 && !isStopWord(t)))].sort();
    if (stems.length < 2 || stems.length > 8 || !stems.some((t) => indexTerms.has(t))) continue;
    out.set(stems.join(' '), stems);
  }
  return [...out.values()].sort((a, b) => (a.join(' ') < b.join(' ') ? -1 : 1));
}

/** The text of each field in FIELDS order (the lunr equivalence test indexes the same). */
export function fieldTexts(doc: SearchDoc): string[] {
  return [doc.title, doc.description, doc.labels.join(' \n '), doc.headings.join(' \n '), doc.body, (doc.questions ?? []).join(' \n ')];
}

/** Cut at a word boundary so snippets never end mid-word. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return flat.slice(0, cut > max / 2 ? cut : max);
}

function storedDoc(doc: SearchDoc): StoredDoc {
  return {
    id: doc.id,
    type: doc.type,
    title: doc.title,
    url: doc.url,
    description: doc.description,
    fields: [...doc.fields],
    text: clip(doc.body, SNIPPET_SOURCE_CHARS),
  };
}

export function buildSearchIndex(docs: readonly SearchDoc[], options: BuildOptions = {}): SearchIndexData {
  const synonyms = analyzeSynonymGroups(options.synonyms ?? []);
  const concepts = analyzeConcepts(options.concepts ?? []);
  const texts = docs.map(fieldTexts);

  const counts = new Map<string, number>();
  const count = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const fields of texts) for (const text of fields) wordTerms(text).forEach(count);
  // Synonym members are words readers use: they may be parts of compounds in the texts.
  for (const group of synonyms) for (const member of group) member.forEach(count);
  const vocab = vocabularyFromCounts(counts);

  const postings = new Map<string, Posting[]>();
  const lengths = FIELDS.map(() => new Array<number>(docs.length).fill(0));
  texts.forEach((fields, doc) => {
    fields.forEach((text, field) => {
      const analysed = analyzeText(text, vocab);
      lengths[field][doc] = analysed.length;
      for (const [term, tf] of analysed.tf) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push({doc, field, tf2: tf * 2});
      }
    });
  });

  const terms = [...postings.keys()].sort();
  return {
    v: 1,
    fields: [...FIELDS],
    boosts: [...BOOSTS],
    terms: encodeTerms(terms),
    // Docs and fields are visited in order above, so every list is already sorted.
    postings: terms.map((t) => encodePostings(postings.get(t)!, FIELDS.length)),
    lengths,
    docs: packDocs(docs.map(storedDoc)),
    synonyms,
    thesaurus: thesaurusForIndex(options.thesaurus ?? [], new Set(terms)),
    ...(concepts.length > 0 ? {concepts} : {}),
    pairs: texts.map((fields) => encodePairFilter(wordPairs(fields))),
    questionTerms: docs.map((d) => (d.questions ?? []).map((q) => [...new Set(wordTerms(q))].join(' ')).join('\n')),
  };
}
