/**
 * findDuplicates compares only pairs that share one of their rarest words (prefix filtering), so
 * that 2,000 entries do not cost 2 million comparisons. It must find exactly the pairs that
 * comparing every pair finds (also with the size filter): checked on random word sets built to have many near-duplicates.
 */
import {describe, expect, it} from 'vitest';
import {mulberry32} from '../../bench/lib/prng';
import {findDuplicates, jaccard, normalizeGerman} from '../../src/content/duplicates';

function allPairs(entries: {path: string; title: string; description: string}[], threshold: number): string[] {
  const words = entries.map((e) => ({title: new Set(normalizeGerman(e.title)), description: new Set(normalizeGerman(e.description))}));
  const out: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const title = jaccard(words[i].title, words[j].title);
      const description = jaccard(words[i].description, words[j].description);
      if (title >= threshold || description >= threshold) out.push(`${entries[i].path}+${entries[j].path} ${title} ${description}`);
    }
  }
  return out;
}

describe('findDuplicates with prefix filtering', () => {
  it('finds the same pairs as comparing every pair', () => {
    const rnd = mulberry32(7);
    const vocabulary = Array.from({length: 30}, (_, i) => `wort${i}`);
    let pairs = 0;
    for (let round = 0; round < 100; round++) {
      const words = (n: number) => Array.from({length: n}, () => vocabulary[Math.floor(rnd() * (rnd() < 0.5 ? 8 : 30))]).join(' ');
      const entries = Array.from({length: 40}, (_, k) => ({path: `e${k}`, title: words(1 + Math.floor(rnd() * 6)), description: words(Math.floor(rnd() * 12))}));
      for (const threshold of [0.5, 0.8, 1]) {
        const found = findDuplicates(entries, threshold).map((p) => `${p.a.path}+${p.b.path} ${p.title} ${p.description}`);
        expect(found).toEqual(allPairs(entries, threshold));
        pairs += found.length;
      }
    }
    expect(pairs).toBeGreaterThan(1000);
  });
});
