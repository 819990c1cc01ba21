/**
 * Shapes shared by the index builder (Node, at build time), the query side (browser and CLI)
 * and the search page. Everything in SearchIndexData is plain JSON: the site ships it as a JSON
 * module in its own chunk, which the bundler loads as a script, so it also loads under file://.
 */

export type SearchDocType = 'kontext' | 'koordination' | 'szenario' | 'praxis' | 'lektion' | 'glossar';

export interface SearchDoc {
  id: string;
  type: SearchDocType;
  title: string;
  description: string;
  url: string; // site path, e.g. '/praxis/clearingstelle-gesundheit' or '/glossar#eu2'
  headings: string[];
  body: string; // plain text, already stripped of Markdown
  labels: string[]; // German vocabulary labels (Handlungsfelder, actors, …) and keywords
  /** Practitioners' questions the entry answers (`questions`), weighted like the description. */
  questions?: string[];
  fields: string[]; // Handlungsfeld values, e.g. ['gesundheit'] (for filtering on the search page)
}

/** What the result list needs about a document (see StoredDocs for how it is shipped). */
export interface StoredDoc {
  id: string;
  type: SearchDocType;
  title: string;
  url: string;
  description: string;
  fields: string[];
  /** Start of the body, cut at a word boundary: raw material for snippets. */
  text: string;
}

/**
 * The same per-document data stored column by column: repeating the keys of StoredDoc 5,000
 * times cost more than the titles. Types, Handlungsfelder and URL prefixes are table indices.
 */
export interface StoredDocs {
  id: string[];
  type: number[];
  typeNames: SearchDocType[];
  title: string[];
  /** A number n means urlPrefixes[n] + id; a string is the URL itself. */
  url: (number | string)[];
  urlPrefixes: string[];
  description: string[];
  fields: number[][];
  fieldNames: string[];
  text: string[];
}

/**
 * The shipped index. Postings are compact (see codec.ts); the query side rebuilds a lunr.Index
 * from them once per page load (see hydrate.ts).
 */
export interface SearchIndexData {
  /** Format version: bump when the layout changes so stale files are rejected, not misread. */
  v: 1;
  /** Indexed fields in posting order, and their boosts. */
  fields: string[];
  boosts: number[];
  /** Sorted term dictionary (folded, stemmed), front-coded (see codec.ts). */
  terms: string;
  /** Per term: encoded postings (doc gap, field, weighted term frequency), see codec.ts. */
  postings: string[];
  /** Per field: length of that field in each document (weighted token count, rounded). */
  lengths: number[][];
  docs: StoredDocs;
  /** Synonym groups, each entry already analysed into terms (a multi-word entry has several). */
  synonyms: string[][][];
  /** General thesaurus groups of single analysed words, weighing less than synonyms (optional: older files have none). */
  thesaurus?: string[][];
  /** Related words (data/begriffe.yml): a reader's word's terms and the terms of each word it leads to (optional: older files have none). */
  concepts?: [string[], string[][]][];
  /** Per document: a Bloom filter of its adjacent word pairs (pairs.ts), for phrases (optional: older files have none). */
  pairs?: string[];
  /** Per document: the terms of each of its `questions`, a line per question (optional: older files have none). */
  questionTerms?: string[];
}

export interface SearchOptions {
  limit?: number;
  types?: string[];
  fields?: string[];
}

export interface Segment {
  text: string;
  hit: boolean;
}

export interface SearchResult {
  id: string;
  type: SearchDocType;
  title: string;
  url: string;
  score: number;
  /** Words as they are written in the document (title, description, text) that matched. */
  matched: string[];
  snippet?: Segment[];
  /** A glossary answer only (glossaryAnswer): the term's full definition. */
  description?: string;
}
