/**
 * The one analysis pipeline, used when building the index and when reading a query:
 * tokenize → fold (case, umlauts, ß) → drop stop words → stem → add compound parts.
 * Query-only expansions (inflection variants, synonyms, prefixes, typos) live in expand.ts;
 * they only choose among terms this pipeline put into the index.
 */
import {compoundTerms} from './decompound';
import {fold} from './fold';
import {stem} from './stem';
import {isStopWord} from './stopwords';
import {tokenize} from './tokenize';
import {EMPTY_VOCABULARY, type Vocabulary} from './vocabulary';

/** Compound parts count half: a page about "Krankenversicherung" is about insurance, but less so than a page that says "Versicherung". */
export const PART_WEIGHT = 0.5;

export interface AnalyzedWord {
  surface: string;
  folded: string;
  term: string;
  /** Terms of compound parts, without `term` itself. */
  parts: string[];
}

const NUMERIC = /^\p{N}+$/u;

/** Undefined for stop words and single characters: they are neither indexed nor searched. */
export function analyzeWord(surface: string, vocab: Vocabulary = EMPTY_VOCABULARY): AnalyzedWord | undefined {
  const folded = fold(surface);
  if (folded.length < 2 || isStopWord(folded)) return undefined;
  const term = stem(folded);
  const parts = compoundTerms(folded, vocab).filter((t) => t !== term);
  return {surface, folded, term, parts};
}

/** Whole-word terms of a text, no decompounding: the first pass that builds the vocabulary. */
export function wordTerms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    for (const piece of token.pieces) {
      const a = analyzeWord(piece);
      if (a) out.push(a.term);
    }
  }
  return out;
}

export interface AnalyzedText {
  /** Term → weighted frequency (whole words 1, compound parts PART_WEIGHT). */
  tf: Map<string, number>;
  /** Number of words, as lunr counts field length. */
  length: number;
}

export function analyzeText(text: string, vocab: Vocabulary): AnalyzedText {
  const tf = new Map<string, number>();
  const add = (term: string, w: number) => tf.set(term, (tf.get(term) ?? 0) + w);
  let length = 0;
  for (const token of tokenize(text)) {
    for (const piece of token.pieces) {
      const a = analyzeWord(piece, vocab);
      if (!a) continue;
      length++;
      add(a.term, 1);
      for (const p of a.parts) add(p, PART_WEIGHT);
    }
    // "Sprach-Kita" is also findable as "Sprachkita", "EU-2" as "EU2".
    if (token.pieces.length > 1 && !token.pieces.every((p) => NUMERIC.test(p))) {
      const joined = analyzeWord(token.pieces.join(''));
      if (joined) add(joined.term, PART_WEIGHT);
    }
  }
  return {tf, length};
}
