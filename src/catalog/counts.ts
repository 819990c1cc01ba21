/**
 * Facet counts under the current filters. A value's count is the number of entries it would
 * show if it were (also) ticked: all other filters apply, its own facet's selection does not.
 * Because values of one facet are OR-ed, this is the number a reader can expect, and ticking a
 * second value never shows a count that is already hidden by the first.
 */
import {FACETS, facetOptions, type FacetOption, type FacetParam} from './facets.ts';
import {filterEntries, type CatalogFilters} from './filters.ts';
import type {CatalogEntry} from './types.ts';

export interface CountedOption extends FacetOption {
  count: number;
  selected: boolean;
}

export function facetCounts(entries: readonly CatalogEntry[], filters: CatalogFilters): Record<FacetParam, CountedOption[]> {
  const result = {} as Record<FacetParam, CountedOption[]>;
  for (const facet of FACETS) {
    const base = filterEntries(entries, filters, facet.param);
    const counts = new Map<string, number>();
    for (const e of base) for (const v of new Set(facet.values(e))) counts.set(v, (counts.get(v) ?? 0) + 1);
    const selected = filters.facets[facet.param];
    const options = facetOptions(facet, entries);
    // A selected city that no entry has (a hand-edited URL) still gets its checkbox, so it can be unticked.
    for (const s of selected) if (!options.some((o) => o.value === s)) options.push({value: s, label: s});
    result[facet.param] = options.map((o) => ({...o, count: counts.get(o.value) ?? 0, selected: selected.includes(o.value)}));
  }
  return result;
}

/** The years the entries span, for the period inputs' hints and bounds. */
export function yearRange(entries: readonly CatalogEntry[]): {min: number; max: number} | undefined {
  const years = entries.flatMap((e) => [e.since, e.until]).filter((y): y is number => y !== undefined);
  return years.length ? {min: Math.min(...years), max: Math.max(...years)} : undefined;
}

/** The result line the catalog announces to screen readers. */
export function resultCountText(n: number): string {
  if (n === 0) return 'Keine Einträge für diese Filter';
  return n === 1 ? '1 Eintrag gefunden' : `${n} Einträge gefunden`;
}
