import {describe, expect, it} from 'vitest';
import {facetCounts, resultCountText, yearRange} from '../../src/catalog/counts';
import {FACETS, facetOptions} from '../../src/catalog/facets';
import {filterEntries} from '../../src/catalog/filters';
import {parseFilters} from '../../src/catalog/query';
import {actors, fields} from '../../src/content/vocabularies';
import {fixtureEntries} from './support';

const entries = fixtureEntries();
const count = (search: string, param: keyof ReturnType<typeof facetCounts>, value: string) => facetCounts(entries, parseFilters(search))[param].find((o) => o.value === value)?.count;

describe('facetCounts', () => {
  it('offers every vocabulary value in vocabulary order, with zero where no entry has it', () => {
    const counts = facetCounts(entries, parseFilters(''));
    expect(counts.feld.map((o) => o.value)).toEqual(Object.keys(fields));
    expect(counts.akteur.map((o) => o.value)).toEqual(Object.keys(actors));
    expect(counts.feld.find((o) => o.value === 'sprache')!.count).toBe(0);
    expect(counts.feld.find((o) => o.value === 'gesundheit')!.label).toBe('Gesundheit');
  });

  it('counts the entries carrying each value without filters', () => {
    expect(count('', 'feld', 'gesundheit')).toBe(4);
    expect(count('', 'typ', 'praxis')).toBe(4);
    expect(count('', 'status', 'beendet')).toBe(2);
    expect(count('', 'foerderung', 'landesmittel')).toBe(2);
    expect(count('', 'stadt', 'Dortmund')).toBe(4);
  });

  it('counts under the other facets’ filters', () => {
    expect(count('status=laufend', 'feld', 'gesundheit')).toBe(1);
    expect(count('stadt=Duisburg', 'status', 'beendet')).toBe(1);
    expect(count('q=Wohnungswirtschaft', 'typ', 'praxis')).toBe(1);
    expect(count('von=2014', 'feld', 'gesundheit')).toBe(3);
  });

  it('ignores the facet’s own selection, so a second value shows what it would add', () => {
    expect(count('feld=wohnen', 'feld', 'gesundheit')).toBe(4);
    expect(count('feld=wohnen', 'feld', 'wohnen')).toBe(1);
  });

  it('equals the length of the list a reader gets by ticking the value', () => {
    for (const search of ['', 'status=beendet', 'feld=gesundheit&stadt=Dortmund', 'q=Versicherung', 'von=2013&bis=2015']) {
      const filters = parseFilters(search);
      const counts = facetCounts(entries, filters);
      for (const facet of FACETS) {
        for (const option of counts[facet.param]) {
          const ticked = {...filters, facets: {...filters.facets, [facet.param]: [option.value]}};
          expect(option.count, `${search} ${facet.param}=${option.value}`).toBe(filterEntries(entries, ticked).length);
        }
      }
    }
  });

  it('marks selected values and keeps a selected city no entry has, so it can be unticked', () => {
    const counts = facetCounts(entries, parseFilters('stadt=Gelsenkirchen&feld=wohnen'));
    expect(counts.feld.filter((o) => o.selected).map((o) => o.value)).toEqual(['wohnen']);
    expect(counts.stadt.find((o) => o.value === 'Gelsenkirchen')).toMatchObject({count: 0, selected: true});
  });

  it('lists cities from the entries A–Z', () => {
    expect(facetOptions(FACETS.find((f) => f.param === 'stadt')!, entries).map((o) => o.value)).toEqual(['Dortmund', 'Duisburg', 'EU']);
  });
});

describe('yearRange and resultCountText', () => {
  it('spans the years of all entries', () => {
    expect(yearRange(entries)).toEqual({min: 2007, max: 2016});
    expect(yearRange([])).toBeUndefined();
  });

  it('says how many entries were found, in German', () => {
    expect(resultCountText(0)).toBe('Keine Einträge für diese Filter');
    expect(resultCountText(1)).toBe('1 Eintrag gefunden');
    expect(resultCountText(12)).toBe('12 Einträge gefunden');
  });
});
