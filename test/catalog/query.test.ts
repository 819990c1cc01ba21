import {describe, expect, expectTypeOf, it} from 'vitest';
import {catalogHref, parseFilters, serializeFilters, toggleFacet} from '../../src/catalog/query';
import {emptyFilters, type SortKey} from '../../src/catalog/filters';
import type {FacetParam} from '../../src/catalog/facets';
import type {CatalogEntry} from '../../src/catalog/types';
import type {actors, fields, statuses} from '../../src/content/vocabularies';

describe('parseFilters', () => {
  it('reads repeated keys as several values of one facet', () => {
    const f = parseFilters('?feld=gesundheit&feld=wohnen&status=laufend');
    expect(f.facets.feld).toEqual(['gesundheit', 'wohnen']);
    expect(f.facets.status).toEqual(['laufend']);
    expect(f.facets.akteur).toEqual([]);
  });

  it('reads every parameter of the contract', () => {
    const f = parseFilters('q=Clearing+Stelle&typ=praxis&feld=gesundheit&akteur=land&ebene=kommune&status=laufend&foerderung=esf&stadt=Dortmund&von=2014&bis=2018&sort=zeitraum');
    expect(f).toEqual({
      q: 'Clearing Stelle',
      facets: {typ: ['praxis'], feld: ['gesundheit'], akteur: ['land'], ebene: ['kommune'], status: ['laufend'], foerderung: ['esf'], stadt: ['Dortmund']},
      from: 2014,
      to: 2018,
      sort: 'zeitraum',
    });
  });

  it('drops values outside the vocabularies, duplicates and malformed years; keeps any city', () => {
    const f = parseFilters('feld=gesundheit&feld=unbekannt&feld=gesundheit&status=LAUFEND&stadt=Gelsenkirchen&von=20x4&bis=18&sort=beliebt');
    expect(f.facets.feld).toEqual(['gesundheit']);
    expect(f.facets.status).toEqual([]);
    expect(f.facets.stadt).toEqual(['Gelsenkirchen']);
    expect(f.from).toBeUndefined();
    expect(f.to).toBeUndefined();
    expect(f.sort).toBe('titel');
  });

  it('does not take inherited object keys for vocabulary values', () => {
    expect(parseFilters('feld=constructor&feld=toString').facets.feld).toEqual([]);
  });

  it('swaps a reversed period', () => {
    const f = parseFilters('von=2018&bis=2014');
    expect([f.from, f.to]).toEqual([2014, 2018]);
  });
});

describe('serializeFilters', () => {
  it('writes keys in contract order and leaves defaults out', () => {
    const f = parseFilters('sort=titel&status=laufend&feld=wohnen&q=&feld=gesundheit');
    expect(serializeFilters(f)).toBe('feld=wohnen&feld=gesundheit&status=laufend');
    expect(serializeFilters(emptyFilters())).toBe('');
  });

  it('round-trips', () => {
    for (const qs of ['q=Gesundheit+f%C3%BCr+alle&typ=praxis&feld=gesundheit&feld=wohnen&von=2014&sort=pruefung', 'stadt=EU&bis=2012', 'akteur=freie-traeger&foerderung=ehap']) {
      expect(serializeFilters(parseFilters(qs))).toBe(qs);
    }
  });
});

describe('toggleFacet and catalogHref', () => {
  it('ticks and unticks without touching the other facets', () => {
    const f = parseFilters('feld=gesundheit&status=laufend');
    expect(serializeFilters(toggleFacet(f, 'feld', 'wohnen', true))).toBe('feld=gesundheit&feld=wohnen&status=laufend');
    expect(serializeFilters(toggleFacet(f, 'feld', 'gesundheit', false))).toBe('status=laufend');
    expect(serializeFilters(f)).toBe('feld=gesundheit&status=laufend');
  });

  it('builds catalog links for the metadata box', () => {
    expect(catalogHref({status: ['laufend']})).toBe('/katalog?status=laufend');
    expect(catalogHref({stadt: ['Bad Homburg']})).toBe('/katalog?stadt=Bad+Homburg');
    expect(catalogHref({})).toBe('/katalog');
  });
});

describe('types', () => {
  it('keeps the query parameters of the contract and the vocabularies’ values', () => {
    expectTypeOf<FacetParam>().toEqualTypeOf<'typ' | 'feld' | 'akteur' | 'ebene' | 'status' | 'foerderung' | 'stadt'>();
    expectTypeOf<CatalogEntry['fields'][number]>().toEqualTypeOf<keyof typeof fields>();
    expectTypeOf<CatalogEntry['actors'][number]>().toEqualTypeOf<keyof typeof actors>();
    expectTypeOf<NonNullable<CatalogEntry['status']>>().toEqualTypeOf<keyof typeof statuses>();
    expectTypeOf<SortKey>().toEqualTypeOf<'titel' | 'zeitraum' | 'pruefung' | 'geaendert'>();
  });
});
