/** The search page's URL state: q, typ, feld as in content-model.md (repeated keys = several values). */
import {describe, expect, it} from 'vitest';
import {emptySearchQuery, parseSearchQuery, searchPageHref, SEARCH_FIELDS, SEARCH_TYPES, serializeSearchQuery, toggleValue} from '../../src/search/client-query';
import {entryTypes, fields} from '../../src/content/vocabularies';

describe('parseSearchQuery', () => {
  it('reads q, repeated typ and feld, with or without "?"', () => {
    const expected = {q: 'Wohnungs', types: ['praxis', 'szenario'], fields: ['wohnen', 'gesundheit']};
    expect(parseSearchQuery('?q=Wohnungs&typ=praxis&typ=szenario&feld=wohnen&feld=gesundheit')).toEqual(expected);
    expect(parseSearchQuery('q=Wohnungs&feld=wohnen&typ=praxis&feld=gesundheit&typ=szenario')).toEqual(expected);
  });

  it('decodes the query text and trims it, keeping hostile characters as text', () => {
    expect(parseSearchQuery('?q=%20Fl%C3%BCchtlinge%20').q).toBe('Flüchtlinge');
    expect(parseSearchQuery('?q=foo%3A+10%3A30+~%5E').q).toBe('foo: 10:30 ~^');
    expect(parseSearchQuery('?q=a%26typ%3Dpraxis')).toEqual({q: 'a&typ=praxis', types: [], fields: []});
  });

  it('drops unknown and duplicate values, ignores other parameters', () => {
    expect(parseSearchQuery('?typ=praxis&typ=blog&typ=praxis&feld=mond&feld=wohnen&akteur=kommune&sort=titel')).toEqual({q: '', types: ['praxis'], fields: ['wohnen']});
    expect(parseSearchQuery('')).toEqual(emptySearchQuery());
    expect(parseSearchQuery('?%E0%A4%A=1&q=%')).toEqual({q: '%', types: [], fields: []});
  });

  it('knows every entry type, the glossary and every Handlungsfeld of the vocabularies', () => {
    expect(SEARCH_TYPES).toEqual([...Object.keys(entryTypes), 'glossar']);
    expect(SEARCH_FIELDS).toEqual(Object.keys(fields));
  });
});

describe('serializeSearchQuery', () => {
  it('writes keys in contract order and leaves out empty ones', () => {
    expect(serializeSearchQuery({q: ' Wohnungs ', types: ['praxis'], fields: ['wohnen', 'gesundheit']})).toBe('q=Wohnungs&typ=praxis&feld=wohnen&feld=gesundheit');
    expect(serializeSearchQuery({q: '  ', types: [], fields: ['arbeit']})).toBe('feld=arbeit');
    expect(serializeSearchQuery(emptySearchQuery())).toBe('');
  });

  it('round-trips through parseSearchQuery', () => {
    for (const query of [{q: 'foo: 10:30 ~^ &=?#', types: ['glossar', 'kontext'], fields: ['schutz-ordnung']}, {q: 'Krankenversicherung', types: [], fields: []}] as const) {
      const q = {q: query.q, types: [...query.types], fields: [...query.fields]};
      expect(parseSearchQuery(serializeSearchQuery(q))).toEqual(q);
    }
  });
});

describe('toggleValue and searchPageHref', () => {
  it('adds a value at the end and removes it again', () => {
    expect(toggleValue(['praxis'], 'szenario', true)).toEqual(['praxis', 'szenario']);
    expect(toggleValue(['praxis', 'szenario'], 'praxis', false)).toEqual(['szenario']);
    expect(toggleValue(['praxis'], 'praxis', true)).toEqual(['praxis']);
  });

  it('links the search page for a query', () => {
    expect(searchPageHref({q: 'Wohnung & Arbeit'})).toBe('/suche?q=Wohnung+%26+Arbeit');
    expect(searchPageHref({q: 'x', types: ['praxis']})).toBe('/suche?q=x&typ=praxis');
    expect(searchPageHref({})).toBe('/suche');
  });
});
