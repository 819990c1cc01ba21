import {describe, expect, it} from 'vitest';
import {applyFilters, emptyFilters, filterEntries, matchesPeriod, sortEntries, type CatalogFilters} from '../../src/catalog/filters';
import {parseFilters} from '../../src/catalog/query';
import {toCatalogEntry} from '../../src/plugins/catalog-data';
import {loadEntries} from '../../src/content/index';
import {REPO, TODAY} from '../support/site';
import {fixtureEntries, ids, realFrontmatter} from './support';

const entries = fixtureEntries();
const filter = (search: string) => ids(filterEntries(entries, parseFilters(search)));

describe('filterEntries (pure)', () => {
  it('returns every entry, in the given order, without filters', () => {
    expect(filter('')).toEqual(ids(entries));
  });

  it('keeps entries with the value of one facet', () => {
    expect(filter('feld=wohnen')).toEqual(['wohnen-geplant']);
    expect(filter('typ=kontext')).toEqual(['eu-kontext']);
    expect(filter('stadt=Duisburg')).toEqual(['sprechstunde-duisburg']);
    expect(filter('foerderung=esf')).toEqual(['bis-2012']);
    expect(filter('ebene=eu')).toEqual(['eu-kontext']);
    expect(filter('akteur=krankenversicherung')).toEqual(['clearing-dortmund']);
  });

  it('ORs values of one facet and ANDs different facets', () => {
    expect(filter('feld=wohnen&feld=transnational')).toEqual(['wohnen-geplant', 'eu-kontext']);
    expect(filter('feld=gesundheit&status=laufend')).toEqual(['clearing-dortmund']);
    expect(filter('feld=gesundheit&status=laufend&status=beendet')).toEqual(['clearing-dortmund', 'sprechstunde-duisburg', 'bis-2012']);
    expect(filter('feld=gesundheit&stadt=Dortmund&typ=praxis')).toEqual(['clearing-dortmund', 'bis-2012']);
  });

  it('treats an entry without status as not matching a status filter', () => {
    expect(filter('status=geplant')).toEqual(['wohnen-geplant']);
    expect(filter('typ=szenario&status=laufend')).toEqual([]);
  });

  it('finds text in title, teaser, keywords and labels, folding umlauts and case', () => {
    // „Ärzten“ in a teaser, „Ärzteschaft“ in the label of the actor `gesundheitswesen`.
    expect(filter('q=arzte')).toEqual(['clearing-dortmund', 'sprechstunde-duisburg']);
    expect(filter('q=%C3%84RZTE')).toEqual(['clearing-dortmund', 'sprechstunde-duisburg']);
    expect(filter('q=Aerzte')).toEqual(['clearing-dortmund', 'sprechstunde-duisburg']);
    expect(filter('q=Krankenkassen')).toEqual(['clearing-dortmund']);
    expect(filter('q=freizugigkeit')).toEqual(['eu-kontext']);
    expect(filter('q=Kinder+und+Jugendliche')).toEqual(['bis-2012']);
    expect(filter('q=Sprechstunde+Versicherung')).toEqual(['sprechstunde-duisburg']);
    expect(filter('q=Sprechstunde+Wohnung')).toEqual([]);
  });

  it('keeps entries whose years overlap the period; open ends stay open; no years drop out', () => {
    expect(filter('von=2016')).toEqual(['clearing-dortmund', 'szenario-gesundheit', 'eu-kontext']);
    expect(filter('bis=2012')).toEqual(['bis-2012', 'eu-kontext']);
    expect(filter('von=2014&bis=2014')).toEqual(['sprechstunde-duisburg', 'szenario-gesundheit', 'eu-kontext']);
    expect(filter('von=2014&bis=2013')).toEqual(filter('von=2013&bis=2014'));
    expect(matchesPeriod(entries[2], 2000, 2030)).toBe(false);
    expect(matchesPeriod(entries[2])).toBe(true);
  });

  it('leaves one facet out when asked (for that facet’s counts)', () => {
    const f = parseFilters('feld=wohnen&status=laufend');
    expect(ids(filterEntries(entries, f, 'feld'))).toEqual(['clearing-dortmund']);
    expect(ids(filterEntries(entries, f, 'status'))).toEqual(['wohnen-geplant']);
  });
});

describe('sortEntries', () => {
  it('sorts by title A–Z with German collation', () => {
    expect(ids(sortEntries(entries, 'titel'))).toEqual(['sprechstunde-duisburg', 'clearing-dortmund', 'eu-kontext', 'bis-2012', 'szenario-gesundheit', 'wohnen-geplant']);
  });

  it('sorts by period, latest start first, entries without years last', () => {
    expect(ids(sortEntries(entries, 'zeitraum'))).toEqual(['clearing-dortmund', 'sprechstunde-duisburg', 'szenario-gesundheit', 'bis-2012', 'eu-kontext', 'wohnen-geplant']);
  });

  it('sorts by last review, most recent first', () => {
    expect(ids(sortEntries(entries, 'pruefung'))).toEqual(['eu-kontext', 'szenario-gesundheit', 'clearing-dortmund', 'wohnen-geplant', 'sprechstunde-duisburg', 'bis-2012']);
  });

  it('does not change its input', () => {
    const before = ids(entries);
    sortEntries(entries, 'zeitraum');
    expect(ids(entries)).toEqual(before);
  });
});

describe('the real content', () => {
  const catalog = loadEntries(REPO, {today: TODAY}).entries.map(toCatalogEntry);
  const frontmatter = realFrontmatter();
  const has = (v: unknown, x: string) => (Array.isArray(v) ? v.includes(x) : v === x);

  it('matches the frontmatter for /katalog?feld=gesundheit&status=laufend', () => {
    const expected = frontmatter.filter((d) => has(d.fields, 'gesundheit') && d.status === 'laufend').map((d) => d.id as string);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(applyFilters(catalog, parseFilters('?feld=gesundheit&status=laufend'))).sort()).toEqual(expected.sort());
  });

  it('matches the frontmatter for every single facet value and for ORed values', () => {
    const cases: [string, (d: Record<string, unknown>) => boolean][] = [
      ['typ=praxis', (d) => d.type === 'praxis'],
      ['feld=wohnen&feld=arbeit', (d) => has(d.fields, 'wohnen') || has(d.fields, 'arbeit')],
      ['akteur=hochschule', (d) => has(d.actors, 'hochschule')],
      ['ebene=herkunftsstaat&typ=praxis', (d) => has(d.levels, 'herkunftsstaat') && d.type === 'praxis'],
      ['foerderung=landesmittel', (d) => has(d.funding, 'landesmittel')],
      ['stadt=EU', (d) => d.city === 'EU'],
    ];
    for (const [search, pick] of cases) {
      const expected = frontmatter.filter(pick).map((d) => d.id as string).sort();
      expect(ids(filterEntries(catalog, parseFilters(search))).sort(), search).toEqual(expected);
    }
  });

  it('shows all entries when nothing is filtered', () => {
    const f: CatalogFilters = emptyFilters();
    expect(applyFilters(catalog, f)).toHaveLength(frontmatter.length);
  });
});
