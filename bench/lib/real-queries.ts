/**
 * Timing queries for the real content: the labelled relevance set plus queries derived from
 * entry titles (whole words, half-typed prefixes, one-letter slips, word pairs), enough to
 * measure percentiles. Deterministic.
 */
import type {SearchDoc} from '../../src/search/types';
import {int, mulberry32, pick} from './prng';

function slip(word: string, r: () => number): string {
  const i = int(r, 1, word.length - 2);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

export function titleQueries(docs: readonly SearchDoc[], count: number, seed = 11): string[] {
  const r = mulberry32(seed);
  const words = [...new Set(docs.flatMap((d) => d.title.split(/[^\p{L}\p{N}-]+/u)).filter((w) => w.length >= 4))];
  const out: string[] = [];
  while (out.length < count && words.length > 0) {
    const w = pick(r, words);
    const kind = out.length % 4;
    if (kind === 0) out.push(w);
    else if (kind === 1) out.push(w.slice(0, Math.max(3, Math.ceil(w.length * 0.6))));
    else if (kind === 2) out.push(slip(w, r));
    else out.push(`${w} ${pick(r, words)}`);
  }
  return out;
}
