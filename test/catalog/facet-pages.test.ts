import {describe, expect, it} from 'vitest';
import {facetIndexPages, facetPagePath, facetPages} from '../../src/catalog/facet-pages';
import {actors, fields} from '../../src/content/vocabularies';
import {fixtureEntries, ids} from './support';

const entries = fixtureEntries();
const pages = facetPages(entries);

describe('facetPages', () => {
  it('makes one page for every value of the Handlungsfeld and actor vocabularies', () => {
    expect(pages.filter((p) => p.param === 'feld').map((p) => p.path)).toEqual(Object.keys(fields).map((v) => `/handlungsfelder/${v}`));
    expect(pages.filter((p) => p.param === 'akteur').map((p) => p.path)).toEqual(Object.keys(actors).map((v) => `/akteure/${v}`));
  });

  it('gives each page its label and description from the vocabulary', () => {
    const page = pages.find((p) => p.path === '/handlungsfelder/gesundheit')!;
    expect(page.label).toBe(fields.gesundheit.label);
    expect(page.description).toBe(fields.gesundheit.description);
    expect(page.catalogUrl).toBe('/katalog?feld=gesundheit');
  });

  it('lists exactly the entries carrying the value, in the given order', () => {
    expect(ids(pages.find((p) => p.path === '/handlungsfelder/gesundheit')!.entries)).toEqual(['clearing-dortmund', 'sprechstunde-duisburg', 'bis-2012', 'szenario-gesundheit']);
    expect(ids(pages.find((p) => p.path === '/akteure/freie-traeger')!.entries)).toEqual(['clearing-dortmund', 'bis-2012']);
    expect(pages.find((p) => p.path === '/handlungsfelder/sprache')!.entries).toEqual([]);
  });

  it('has an overview per facet with counts', () => {
    const [feld, akteur] = facetIndexPages(pages);
    expect(feld.path).toBe('/handlungsfelder');
    expect(akteur.path).toBe('/akteure');
    expect(feld.values.find((v) => v.value === 'gesundheit')).toMatchObject({count: 4, path: facetPagePath('feld', 'gesundheit')});
    expect(akteur.values).toHaveLength(Object.keys(actors).length);
  });
});
