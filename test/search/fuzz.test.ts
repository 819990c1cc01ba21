/**
 * Any string a reader can type must give a list, never an exception: lunr's own query parser
 * throws on "foo:", "10:30", "~", "^" and friends, which is why search() never uses it.
 */
import {describe, expect, it} from 'vitest';
import {mulberry32, pick, type Random} from '../../bench/lib/prng';
import {buildBaseline, searchBaseline} from '../../bench/lib/baseline';
import {search, searchStrict} from '../../src/search/query';
import {fixtureDocs, fixtureIndex} from './helpers';

const HOSTILE = [
  '', ' ', 'foo:', ':', '10:30', 'title:', 'title:Wohnung', 'https://www.dortmund.de/de/leben_in_dortmund/index.html?x=1&y=2#frag',
  '~', '~1', 'Wohnung~2', '^', 'Wohnung^10', '+', '-', '+Wohnung -Markt', '*', 'Woh*', '*ung', '"', '"Wohnungs markt"', "'", '\\', '\\:',
  '[', ']', '{', '}', '(', ')', '?', '!', '|', '&&', '||', 'NOT', 'AND OR', '<script>alert(1)</script>', '%00', '\0', '\u0000\u0001',
  '😀', '👩‍👩‍👧‍👦', '🇩🇪', 'עברית', 'العربية مرحبا', '\u202eevil', '\u200b\u200c\u200d', 'a\u0308', 'ﬁ', 'ẞ', 'İstanbul', 'ǅ',
  '\ud800', '\udc00x', '\uffff', 'Ⅻ', '٣٤٥', '日本語のテキスト', 'Ελληνικά', 'Кириллица', 'ß'.repeat(300), 'ü'.repeat(1000),
  'Wohnungsmarktzugangsstrategieentwicklungsplanungsgrundsatzvereinbarung', 'a'.repeat(10_000), 'Wohnung '.repeat(2000),
  'ae oe ue ss', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'undefined', 'null', 'NaN',
];

const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzäöüßÄÖÜẞ0123456789',
  ...' \t\n:~^+-*"\'\\/()[]{}?!.,;|&<>=%$#@`',
  '😀', '🇩🇪', '\u0308', '\u200d', '\u202e', 'ע', 'ب', '日', 'Ж', '\ud800', '\udfff', '\u0000', '\uffff',
];

function randomQuery(rnd: Random): string {
  if (rnd() < 0.15) return pick(rnd, HOSTILE) + (rnd() < 0.5 ? pick(rnd, HOSTILE) : '');
  const length = rnd() < 0.05 ? 5000 + Math.floor(rnd() * 5000) : Math.floor(rnd() * 40);
  let s = '';
  for (let i = 0; i < length; i++) s += rnd() < 0.7 ? pick(rnd, ALPHABET.slice(0, 44)) : pick(rnd, ALPHABET);
  return s;
}

// searchStrict has no catch-all, so these tests see every exception the code could raise.
describe('search never throws', () => {
  it('on a fixed list of hostile queries', () => {
    const index = fixtureIndex();
    for (const q of HOSTILE) {
      const results = searchStrict(index, q);
      expect(Array.isArray(results), q).toBe(true);
    }
  });

  it('where plain lunr does (control: the list really is hostile)', () => {
    const lunrIndex = buildBaseline(fixtureDocs());
    const throwing = HOSTILE.filter((q) => searchBaseline(lunrIndex, q).threw);
    expect(throwing).toEqual(expect.arrayContaining(['foo:', '10:30', '~', '^']));
  });

  it('on 5,000 seeded random queries, with well-formed results', () => {
    const index = fixtureIndex();
    const rnd = mulberry32(20_241_126);
    let nonEmpty = 0;
    for (let i = 0; i < 5_000; i++) {
      const q = randomQuery(rnd);
      const limit = Math.floor(rnd() * 12);
      const started = performance.now();
      const results = searchStrict(index, q, {limit});
      expect(performance.now() - started, `slow query ${JSON.stringify(q.slice(0, 50))}`).toBeLessThan(250);
      expect(Array.isArray(results)).toBe(true);
      expect(results.length).toBeLessThanOrEqual(limit);
      for (const r of results) {
        expect(typeof r.id).toBe('string');
        expect(Number.isFinite(r.score)).toBe(true);
        expect(Array.isArray(r.matched)).toBe(true);
        expect(r.snippet?.every((s) => typeof s.text === 'string' && typeof s.hit === 'boolean')).toBe(true);
      }
      if (results.length) nonEmpty++;
    }
    // The generator must also produce queries that match, or this test proves little.
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it('with odd options', () => {
    const index = fixtureIndex();
    for (const opts of [undefined, {}, {limit: -1}, {limit: NaN}, {limit: 1e9}, {limit: 2.5}, {types: []}, {fields: ['unbekannt']}, {types: ['x'], fields: ['y']}]) {
      expect(Array.isArray(searchStrict(index, 'Beratung', opts as never))).toBe(true);
    }
    expect(searchStrict(index, 'Beratung', {limit: 1e9}).length).toBeLessThanOrEqual(100);
    expect(searchStrict(index, 42 as never)).toEqual([]);
    expect(search(index, 'Beratung', null as never).length).toBeGreaterThan(0);
  });
});
