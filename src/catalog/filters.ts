/**
 * The catalog's filtering as pure functions: `(entries, filters) → entries`.
 * Several values of one facet are alternatives (OR), different facets must all hold (AND),
 * as the URL contract says (`feld=gesundheit&feld=wohnen&status=laufend`).
 */
import {FACET_BY_PARAM, FACET_PARAMS, facetLabel, type FacetParam} from './facets.ts';
import {matchesWords, queryWords} from './text.ts';
import type {CatalogEntry} from './types.ts';

export const SORT_KEYS = ['titel', 'zeitraum', 'pruefung', 'geaendert'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface CatalogFilters {
  /** Free text; every word must occur. */
  q: string;
  /** Selected values per facet; an empty list does not filter. */
  facets: Record<FacetParam, string[]>;
  /** Period range in years, inclusive; either end may be open. */
  from?: number;
  to?: number;
  sort: SortKey;
}

export function emptyFilters(): CatalogFilters {
  return {q: '', facets: Object.fromEntries(FACET_PARAMS.map((p) => [p, []])) as unknown as Record<FacetParam, string[]>, sort: 'titel'};
}

/** True when nothing narrows the list (the sort order does not count). */
export function isUnfiltered(f: CatalogFilters): boolean {
  return !f.q.trim() && f.from === undefined && f.to === undefined && FACET_PARAMS.every((p) => f.facets[p].length === 0);
}

/** The text a reader may search for: title, teaser, city, keywords and the labels of every facet. */
export function searchableText(e: CatalogEntry): string {
  const labels = FACET_PARAMS.flatMap((p) => FACET_BY_PARAM.get(p)!.values(e).map((v) => facetLabel(p, v)));
  return [e.title, e.description, e.city, ...e.keywords, ...labels].join(' \n ');
}

export function matchesFacet(e: CatalogEntry, param: FacetParam, selected: readonly string[]): boolean {
  if (selected.length === 0) return true;
  const values = FACET_BY_PARAM.get(param)!.values(e);
  return selected.some((s) => values.includes(s));
}

/**
 * Whether the entry's period overlaps the range. A missing `until` is an open end (the measure
 * runs on, or its end is unknown), a missing `since` an open start. An entry without any year
 * cannot be placed in time, so it drops out as soon as a range is set.
 */
export function matchesPeriod(e: CatalogEntry, from?: number, to?: number): boolean {
  if (from === undefined && to === undefined) return true;
  if (e.since === undefined && e.until === undefined) return false;
  const start = e.since ?? -Infinity;
  const end = e.until ?? Infinity;
  return (to === undefined || start <= to) && (from === undefined || end >= from);
}

/** The entries that pass every filter, in their given order. `except` leaves one facet out (for its counts). */
export function filterEntries<E extends CatalogEntry>(entries: readonly E[], filters: CatalogFilters, except?: FacetParam): E[] {
  const words = queryWords(filters.q);
  return entries.filter(
    (e) =>
      FACET_PARAMS.every((p) => p === except || matchesFacet(e, p, filters.facets[p])) &&
      matchesPeriod(e, filters.from, filters.to) &&
      (words.length === 0 || matchesWords(searchableText(e), words)),
  );
}

const byTitle = (a: CatalogEntry, b: CatalogEntry) => a.title.localeCompare(b.title, 'de');

/**
 * `titel`: A–Z. `zeitraum`: latest start first (an entry known only by its end sorts by that),
 * entries without years last. `pruefung`: most recently reviewed first. `geaendert`: most recently
 * changed first (an entry without `lastChanged` counts by its review date).
 */
export function sortEntries<E extends CatalogEntry>(entries: readonly E[], sort: SortKey): E[] {
  const list = [...entries];
  if (sort === 'zeitraum') {
    const year = (e: CatalogEntry) => e.since ?? e.until;
    return list.sort((a, b) => {
      const ya = year(a);
      const yb = year(b);
      if (ya === undefined || yb === undefined) return (ya === undefined ? 1 : 0) - (yb === undefined ? 1 : 0) || byTitle(a, b);
      return yb - ya || byTitle(a, b);
    });
  }
  if (sort === 'pruefung') return list.sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || byTitle(a, b));
  if (sort === 'geaendert') {
    const changed = (e: CatalogEntry) => e.lastChanged ?? e.lastReviewed;
    return list.sort((a, b) => changed(b).localeCompare(changed(a)) || byTitle(a, b));
  }
  return list.sort(byTitle);
}

/** What the catalog shows: filtered, then sorted. */
export function applyFilters<E extends CatalogEntry>(entries: readonly E[], filters: CatalogFilters): E[] {
  return sortEntries(filterEntries(entries, filters), filters.sort);
}
