/** What /suche shows: results under the filters, and counts that agree with ticking a value. Fixture corpus of test/search. */
import {describe, expect, it} from 'vitest';
import {searchPage} from '../../src/search/client-results';
import {SEARCH_FIELDS, SEARCH_TYPES, type SearchPageQuery} from '../../src/search/client-query';
import {markMatches} from '../../src/search/client-marks';
import {buildSearchIndex} from '../../src/search/build';
import {countResults, MAX_LIMIT, search} from '../../src/search/query';
import type {SearchOptions} from '../../src/search/types';
import {fixtureDocs, fixtureIndex} from '../search/helpers';

const query = (q: string, types: SearchPageQuery['types'] = [], fields: SearchPageQuery['fields'] = []): SearchPageQuery => ({q, types, fields});

describe('searchPage', () => {
  it('lists what search() finds, in its order, under the type and field filters', () => {
    const index = fixtureIndex();
    const all = search(index, 'Kinder', {limit: MAX_LIMIT});
    expect(all.length).toBeGreaterThan(2);
    expect(searchPage(index, query('Kinder')).results.map((r) => r.id)).toEqual(all.map((r) => r.id));
    const first = searchPage(index, query('Kinder'), 2);
    expect(first.results.map((r) => r.id)).toEqual(all.slice(0, 2).map((r) => r.id));
    expect(first.total).toBe(all.length);
    const filtered = searchPage(index, query('Kinder', ['praxis'], ['existenzsicherung', 'gesundheit'])).results;
    expect(filtered.map((r) => r.id).sort()).toEqual(['antraege', 'clearing-gesundheit']);
  });

  it('counts per value what ticking that value (alone in its facet) shows, under the other facet', () => {
    const index = fixtureIndex();
    const states = [query('Kinder'), query('Arbeit'), query('Versicherung'), query('Kinder', [], ['gesundheit', 'bildung']), query('Arbeit', ['szenario', 'praxis'], ['steuerung'])];
    for (const state of states) {
      const page = searchPage(index, state);
      expect(page.total).toBe(page.results.length);
      if (!state.types.length) expect(Object.values(page.typeCounts).reduce((a, b) => a + b, 0)).toBe(page.total);
      for (const t of SEARCH_TYPES) expect(page.typeCounts[t], `${state.q} typ=${t}`).toBe(searchPage(index, {...state, types: [t]}).results.length);
      for (const f of SEARCH_FIELDS) expect(page.fieldCounts[f], `${state.q} feld=${f}`).toBe(searchPage(index, {...state, fields: [f]}).results.length);
    }
  });

  it("counts one facet's values under the other facet's selection", () => {
    const index = fixtureIndex();
    const page = searchPage(index, query('Kinder', ['praxis']));
    expect(page.fieldCounts.gesundheit).toBe(1);
    expect(page.fieldCounts.bildung).toBe(1);
    expect(page.fieldCounts['kinder-jugend']).toBe(0);
    // The type counts ignore the type selection itself: a second type can be added.
    expect(page.typeCounts.lektion).toBe(1);
    const health = searchPage(index, query('Kinder', [], ['gesundheit']));
    expect(health.typeCounts.praxis).toBe(1);
    expect(health.typeCounts.lektion).toBe(0);
  });

  it('finds nothing, without throwing, for hostile input', () => {
    const index = fixtureIndex();
    for (const q of ['foo:', '~^', '*', '+-', '\\', '"', '<mark>']) {
      const page = searchPage(index, query(q));
      expect(page.results).toEqual([]);
      expect(page.total).toBe(0);
      expect(Object.values(page.typeCounts).every((n) => n === 0)).toBe(true);
    }
  });
});

describe('countResults', () => {
  it('counts what search() would list without a limit, beyond MAX_LIMIT too', () => {
    const index = fixtureIndex();
    const cases: [string, SearchOptions][] = [['Kinder', {}], ['Arbeit', {types: ['szenario']}], ['Versicherung', {fields: ['gesundheit']}], ['~^', {}], ['', {}]];
    for (const [q, opts] of cases) {
      expect(countResults(index, q, opts), q).toBe(search(index, q, {...opts, limit: MAX_LIMIT}).length);
    }
    const docs = Array.from({length: MAX_LIMIT + 20}, (_, i) => ({...fixtureDocs()[0], id: `doc-${i}`, url: `/praxis/doc-${i}`}));
    const big = buildSearchIndex(docs);
    expect(search(big, 'Clearingstelle', {limit: MAX_LIMIT + 50})).toHaveLength(MAX_LIMIT);
    expect(countResults(big, 'Clearingstelle')).toBe(MAX_LIMIT + 20);
  });
});

describe('markMatches', () => {
  it("marks the words search() reports as matched, and nothing else", () => {
    const [hit] = search(fixtureIndex(), 'Wohnung');
    expect(markMatches(hit.title, hit.matched)).toEqual([{text: 'Wohnungszugangsstrategie', hit: true}]);
    expect(markMatches('Gute Zugänge zum Wohnungsmarkt', ['Wohnungsmarkt'])).toEqual([
      {text: 'Gute Zugänge zum ', hit: false},
      {text: 'Wohnungsmarkt', hit: true},
    ]);
  });

  it('keeps the text exactly, marks whole words only', () => {
    const title = 'Dualer Bachelorstudiengang „Armut und (Flüchtlings-)Migration“';
    const segments = markMatches(title, ['Armut', 'Migration']);
    expect(segments.map((s) => s.text).join('')).toBe(title);
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['Armut', 'Migration']);
    // Tokens as the engine reports them: a hyphenated group is one word, a compound too.
    expect(markMatches('EU2-Zuwanderung', ['Zuwanderung'])).toEqual([{text: 'EU2-Zuwanderung', hit: false}]);
    expect(markMatches('Armutsmigration', ['Armut'])).toEqual([{text: 'Armutsmigration', hit: false}]);
    expect(markMatches('', ['x'])).toEqual([]);
  });
});
