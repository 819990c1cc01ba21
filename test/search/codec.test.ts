import {describe, expect, it} from 'vitest';
import {mulberry32} from '../../bench/lib/prng';
import {decodePostings, decodeTerms, encodePostings, encodeTerms, type Posting} from '../../src/search/codec';

describe('postings codec', () => {
  it('round-trips random postings', () => {
    const rnd = mulberry32(1);
    for (let round = 0; round < 200; round++) {
      const postings: Posting[] = [];
      let doc = 0;
      for (let k = 0; k < 50; k++) {
        doc += Math.floor(rnd() * (rnd() < 0.1 ? 5000 : 4));
        const field = Math.floor(rnd() * 5);
        if (postings.some((p) => p.doc === doc && p.field >= field)) continue;
        postings.push({doc, field, tf2: 1 + Math.floor(rnd() * (rnd() < 0.2 ? 300 : 3))});
      }
      const out: Posting[] = [];
      decodePostings(encodePostings(postings, 5), 5, (d, f, tf2) => out.push({doc: d, field: f, tf2}));
      expect(out).toEqual(postings);
    }
  });

  it('needs only JSON-safe characters and about two per posting', () => {
    const postings = Array.from({length: 100}, (_, i) => ({doc: i * 3, field: i % 5, tf2: 2}));
    const encoded = encodePostings(postings, 5);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(encoded.length).toBeLessThanOrEqual(200);
  });

  it('stops quietly at malformed input', () => {
    for (const junk of ['', '!!!', 'ÄÖÜ', '_', '__________', '\u{1F600}', 'A_']) {
      expect(() => decodePostings(junk, 5, () => {})).not.toThrow();
    }
  });
});

describe('term dictionary codec', () => {
  it('round-trips sorted terms, including long shared prefixes and non-Latin letters', () => {
    const terms = ['a', 'ab', 'abc', 'integrationskur', 'integrationskurs', 'integrationskursangebotsverwaltungsstelle', 'integrationskursangebotsverwaltungsstellen', 'zz', 'бъл', 'болгария', '日本'].sort();
    expect(decodeTerms(encodeTerms(terms))).toEqual(terms);
    expect(decodeTerms('')).toEqual([]);
  });
});
