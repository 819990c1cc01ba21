/**
 * findDuplicates compares only pairs that share one of their rarest words (prefix filtering), so
 * that 2,000 entries do not cost 2 million comparisons. It must find exactly the pairs that
 * comparing every pair finds: checked on random word sets built to have many near-duplicates.
 */
import {describe, expect, it} from 'vitest';
import {findDuplicates, jaccard, normalizeGerman} from '../../src/content/duplicates';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
    const rnd = random(7);
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
