import {describe, expect, it} from 'vitest';
import {mulberry32} from '../../bench/lib/prng';
import {fuzzyTerms} from '../../src/search/fuzzy';

/** Textbook optimal-string-alignment distance, full matrix. */
function osa(a: string, b: string): number {
  const d = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Distance when up to `trailing` characters at the end of the query may stay unmatched. */
function reference(query: string, term: string, trailing: number): number {
  let best = osa(query, term);
  for (let cut = 1; cut <= trailing && cut <= query.length; cut++) best = Math.min(best, osa(query.slice(0, -cut), term));
  return best;
}

describe('fuzzyTerms', () => {
  it('finds exactly the terms a brute-force comparison finds, at the same distance', () => {
    const rnd = mulberry32(5);
    const word = (n: number) => Array.from({length: n}, () => 'abcd'[Math.floor(rnd() * 4)]).join('');
    for (let round = 0; round < 2_000; round++) {
      const terms = [...new Set(Array.from({length: 1 + Math.floor(rnd() * 40)}, () => word(1 + Math.floor(rnd() * 8))))].sort();
      const query = word(Math.floor(rnd() * 9));
      const max = Math.floor(rnd() * 3);
      const trailing = Math.floor(rnd() * 4);
      const got = fuzzyTerms(terms, query, max, trailing).map((m) => `${terms[m.id]}:${m.distance}`).sort();
      const expected = terms
        .map((t) => [t, reference(query, t, trailing)] as const)
        .filter(([t, d]) => d <= max && t !== query)
        .map(([t, d]) => `${t}:${Math.max(1, d)}`)
        .sort();
      expect(got, `${query} max ${max} trailing ${trailing} in ${terms.join(',')}`).toEqual(expected);
    }
  });

  it('counts a transposition as one edit and lets a damaged ending trail', () => {
    const terms = ['integrationskur', 'integrationskurs', 'kassenwohn', 'kassenwohnung'].sort();
    const find = (q: string, max: number) => Object.fromEntries(fuzzyTerms(terms, q, max, 3).map((m) => [terms[m.id], m.distance]));
    expect(find('integrationskrus', 1)).toEqual({integrationskur: 1, integrationskurs: 1});
    expect(find('kassenwohunng', 1)).toEqual({kassenwohn: 1, kassenwohnung: 1});
  });

  it('honours the minimum term length', () => {
    expect(fuzzyTerms(['ab', 'abc', 'abcd'], 'abce', 1, 0, 4).map((m) => m.id)).toEqual([2]);
  });
});
