/**
 * Finding index terms near a query word without lunr's wildcard/fuzzy expansion (which builds
 * an automaton that grows exponentially with the edit distance). Every search here is bounded:
 * a capped scan of a sorted list, or a pruned walk over the sorted dictionary (fuzzy.ts), and at
 * most MAX_CANDIDATES results, nearest and most common first.
 */
import {fuzzyTerms} from './fuzzy';
import type {PreparedIndex} from './prepared';
import {stem} from './stem';

export const MAX_CANDIDATES = 20;
/** Entries looked at after a binary search; the best MAX_CANDIDATES among them win. */
const SCAN_LIMIT = 400;
export const MIN_SUFFIX = 5;
/** A compound head needs a modifier in front of it ("Kranken|versicherung"), not just an inflection. */
const MIN_MODIFIER = 3;

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mostPopular(index: PreparedIndex, ids: number[], limit: number): number[] {
  return ids
    .sort((a, b) => index.popularity(b) - index.popularity(a) || (index.terms[a] < index.terms[b] ? -1 : 1))
    .slice(0, limit);
}

/** Terms that continue a half-typed word ("wohnungs" → wohnungsmarkt, wohnungszugang). */
export function prefixCandidates(index: PreparedIndex, prefix: string, limit = MAX_CANDIDATES): number[] {
  const terms = index.terms;
  const ids: number[] = [];
  for (let i = lowerBound(terms, prefix); i < terms.length && ids.length < SCAN_LIMIT; i++) {
    if (!terms[i].startsWith(prefix)) break;
    if (terms[i] !== prefix) ids.push(i);
  }
  return mostPopular(index, ids, limit);
}

/** Compounds ending in the word ("versicher" → krankenversicher): heads the index did not split off. */
export function suffixCandidates(index: PreparedIndex, suffix: string, limit = MAX_CANDIDATES): number[] {
  if (suffix.length < MIN_SUFFIX) return [];
  const key = [...suffix].reverse().join('');
  const ids: number[] = [];
  for (let i = lowerBound(index.reversed, key); i < index.reversed.length && ids.length < SCAN_LIMIT; i++) {
    const r = index.reversed[i];
    if (!r.startsWith(key)) break;
    if (r.length - key.length >= MIN_MODIFIER) ids.push(index.reversedIds[i]);
  }
  return mostPopular(index, ids, limit);
}

/** One edit from 5 letters on, two from 9: shorter words have too many neighbours. */
export function allowedEdits(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

export interface TypoCandidate {
  id: number;
  distance: number;
}

/** Endings the stemmer may have cut from an indexed word ("ung", "en", "er", …). */
export const STEM_SLACK = 3;
const MIN_TYPO_TERM = 4;

/**
 * Terms within the allowed edit distance of `word`, nearest and most common first. Index terms
 * are stems, so an unstemmed word may run up to `slack` characters past a term (STEM_SLACK).
 * A candidate is never at distance 0: the word itself was not in the index.
 */
export function typoCandidates(index: PreparedIndex, word: string, edits: number, slack = STEM_SLACK, limit = MAX_CANDIDATES): TypoCandidate[] {
  if (edits <= 0) return [];
  return fuzzyTerms(index.terms, word, edits, slack, MIN_TYPO_TERM).sort(nearestFirst(index)).slice(0, limit);
}

function nearestFirst(index: PreparedIndex): (a: TypoCandidate, b: TypoCandidate) => number {
  return (a, b) => a.distance - b.distance || index.popularity(b.id) - index.popularity(a.id) || (index.terms[a.id] < index.terms[b.id] ? -1 : 1);
}

/**
 * Near misses of the word as typed, or else of its stem, at most MAX_CANDIDATES: the stemmer
 * may cut a long ending ("-erheit") off the intended word but not off the misspelt one. The
 * stem is compared stem to stem (no slack), and only when the word itself found nothing close.
 */
export function nearMisses(index: PreparedIndex, folded: string): TypoCandidate[] {
  const edits = allowedEdits(folded.length);
  const stemmed = stem(folded);
  const found = typoCandidates(index, folded, edits);
  if (stemmed !== folded && !found.some((c) => c.distance === 1)) found.push(...typoCandidates(index, stemmed, edits, 0));
  const best = new Map<number, TypoCandidate>();
  for (const c of found) if ((best.get(c.id)?.distance ?? Infinity) > c.distance) best.set(c.id, c);
  return [...best.values()].sort(nearestFirst(index)).slice(0, MAX_CANDIDATES);
}
