/**
 * The catalogue's sort „Zuletzt geändert“ (`sort=geaendert`): newest change first, ties by title,
 * an entry without a date of change counted by its review date; the catalogue page's data carries
 * each entry's date of change from its history.
 */
import {describe, expect, it} from 'vitest';
import {sortEntries} from '../../src/catalog/filters';
import {parseFilters, serializeFilters} from '../../src/catalog/query';
import {loadEntries} from '../../src/content/index';
import type {EntryHistory} from '../../src/content/history-types';
import {toCatalogEntriesWithHistory, toCatalogEntry} from '../../src/plugins/catalog-data';
import {REPO, TODAY} from '../support/site';
import {fixtureEntries, ids} from './support';

/** Dates of change per fixture entry; `wohnen-geplant` has none (counts by its review, 2026-11-20). */
const CHANGED: Record<string, string> = {
  'clearing-dortmund': '2026-03-01',
  'sprechstunde-duisburg': '2026-12-01',
  'bis-2012': '2026-12-01',
  'szenario-gesundheit': '2025-05-05',
  'eu-kontext': '2026-06-30',
};

const entries = fixtureEntries().map((e) => (CHANGED[e.id] ? {...e, lastChanged: CHANGED[e.id]} : e));

describe('sortEntries(…, "geaendert")', () => {
  it('sorts by last change, newest first; ties by title; without a change by the review date', () => {
    expect(ids(sortEntries(entries, 'geaendert'))).toEqual(['sprechstunde-duisburg', 'bis-2012', 'wohnen-geplant', 'eu-kontext', 'clearing-dortmund', 'szenario-gesundheit']);
  });

  it('is not the review order', () => {
    expect(ids(sortEntries(entries, 'geaendert'))).not.toEqual(ids(sortEntries(entries, 'pruefung')));
  });

  it('does not change its input', () => {
    const before = ids(entries);
    sortEntries(entries, 'geaendert');
    expect(ids(entries)).toEqual(before);
  });

  it('is kept in the query string', () => {
    const f = parseFilters('?typ=praxis&sort=geaendert');
    expect(f.sort).toBe('geaendert');
    expect(serializeFilters(f)).toBe('typ=praxis&sort=geaendert');
  });
});

describe('toCatalogEntriesWithHistory', () => {
  const real = loadEntries(REPO, {today: TODAY}).entries;

  it('adds the date of the last change by path, else the review date, and nothing else', () => {
    const [first, second] = real;
    const histories = new Map<string, EntryHistory>([[first.path, {lastChanged: '2031-01-02', source: 'git', changes: [{date: '2031-01-02', subject: 'x'}]}]]);
    const catalog = toCatalogEntriesWithHistory(real, histories);
    expect(catalog).toHaveLength(real.length);
    expect(catalog[0]).toEqual({...toCatalogEntry(first), lastChanged: '2031-01-02'});
    expect(catalog[1]).toEqual({...toCatalogEntry(second), lastChanged: second.lastReviewed});
  });
});
