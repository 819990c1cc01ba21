/**
 * Typo search over the sorted term dictionary as if it were a trie: consecutive terms share
 * a prefix, and the edit-distance rows computed for that prefix are reused instead of
 * recomputed. A prefix whose whole row already exceeds the bound cannot lead to a match, so
 * every term starting with it is skipped with one binary search. Work grows with the number of
 * prefixes within reach of the query, not with the dictionary, and there is no automaton to
 * build (lunr's fuzzy matching builds one that grows exponentially with the edit distance).
 *
 * Distance: optimal string alignment (Levenshtein plus adjacent transposition, the commonest
 * slip: "Integrationskrus"), where the query may run up to `trailing` characters past the term:
 * terms are stems, and a misspelt word keeps the ending the stemmer would have cut
 * ("Kassenwohunng" is near the stem "kassenwohn" plus a damaged "ung").
 * test/search/fuzzy.test.ts checks the walk against a textbook distance on every term.
 */

const FAR = 1 << 20;

export interface FuzzyMatch {
  /** Position in the sorted term list. */
  id: number;
  distance: number;
}

function lowerBound(sorted: readonly string[], key: string, from: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function fuzzyTerms(sorted: readonly string[], query: string, max: number, trailing: number, minLength = 1): FuzzyMatch[] {
  const m = query.length;
  const maxDepth = m + max;
  // rows[j][i]: distance between the first j characters of the term and the first i of the query.
  const rows = Array.from({length: maxDepth + 2}, () => new Int32Array(m + 1));
  for (let i = 0; i <= m; i++) rows[0][i] = i <= max ? i : FAR;
  const found: FuzzyMatch[] = [];
  let prev = '';
  let valid = 0; // rows[0..valid] belong to the current prefix of `prev`

  for (let id = 0; id < sorted.length; id++) {
    const term = sorted[id];
    let depth = 0;
    const limit = Math.min(valid, term.length, prev.length);
    while (depth < limit && term.charCodeAt(depth) === prev.charCodeAt(depth)) depth++;
    prev = term;
    let pruned = false;
    for (let j = depth + 1; j <= term.length; j++) {
      if (j > maxDepth) {
        pruned = true;
        break;
      }
      const row = rows[j];
      const up = rows[j - 1];
      const up2 = j >= 2 ? rows[j - 2] : undefined;
      const c = term.charCodeAt(j - 1);
      const cPrev = j >= 2 ? term.charCodeAt(j - 2) : -1;
      let rowMin = FAR;
      for (let i = 0; i <= m; i++) {
        // Outside the diagonal band |i − j| ≤ max every cell exceeds the bound.
        if (i < j - max || i > j + max) {
          row[i] = FAR;
          continue;
        }
        let d = i === 0 ? j : up[i - 1] + (query.charCodeAt(i - 1) === c ? 0 : 1);
        if (up[i] + 1 < d) d = up[i] + 1;
        if (i > 0 && row[i - 1] + 1 < d) d = row[i - 1] + 1;
        if (up2 && i >= 2 && c === query.charCodeAt(i - 2) && cPrev === query.charCodeAt(i - 1) && up2[i - 2] + 1 < d) d = up2[i - 2] + 1;
        row[i] = d;
        if (d < rowMin) rowMin = d;
      }
      valid = j;
      if (rowMin > max) {
        // Nothing that starts with term[0..j) can come back within the bound.
        id = lowerBound(sorted, `${term.slice(0, j)}\uffff`, id + 1) - 1;
        valid = j - 1;
        prev = term.slice(0, j - 1);
        pruned = true;
        break;
      }
    }
    if (pruned) continue;
    valid = term.length;
    if (term.length < minLength || term === query) continue;
    let best = FAR;
    const last = rows[term.length];
    for (let i = Math.max(0, m - trailing); i <= m; i++) if (last[i] < best) best = last[i];
    if (best <= max) found.push({id, distance: Math.max(1, best)});
  }
  return found;
}
