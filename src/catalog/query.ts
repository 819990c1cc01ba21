/**
 * Filter state ⇄ query string (`q`, `typ`, `feld`, `akteur`, `ebene`, `status`, `foerderung`,
 * `stadt`, `von`, `bis`, `sort`; repeated keys for several values). The string is all the state
 * there is, so a filtered view can be linked, bookmarked and reloaded. Components read and write
 * it through the router (in the offline copy it follows the hash), never through window.location.
 */
import {FACET_BY_PARAM, FACET_PARAMS, type FacetParam} from './facets.ts';
import {emptyFilters, SORT_KEYS, type CatalogFilters, type SortKey} from './filters.ts';

const YEAR = /^\d{4}$/;

/** Parse a query string (with or without `?`). Unknown vocabulary values and malformed years are dropped. */
export function parseFilters(search: string): CatalogFilters {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const filters = emptyFilters();
  filters.q = params.get('q')?.trim() ?? '';
  for (const p of FACET_PARAMS) {
    const vocabulary = FACET_BY_PARAM.get(p)!.vocabulary;
    const values = params.getAll(p).map((v) => v.trim()).filter((v) => v && (!vocabulary || Object.hasOwn(vocabulary, v)));
    filters.facets[p] = [...new Set(values)];
  }
  const year = (key: string) => {
    const v = params.get(key)?.trim();
    return v && YEAR.test(v) ? Number(v) : undefined;
  };
  let from = year('von');
  let to = year('bis');
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  filters.from = from;
  filters.to = to;
  const sort = params.get('sort');
  filters.sort = SORT_KEYS.includes(sort as SortKey) ? (sort as SortKey) : 'titel';
  return filters;
}

/** The query string for a filter state, without `?`, keys in contract order, defaults left out. */
export function serializeFilters(f: CatalogFilters): string {
  const params = new URLSearchParams();
  if (f.q.trim()) params.append('q', f.q.trim());
  for (const p of FACET_PARAMS) for (const v of f.facets[p]) params.append(p, v);
  if (f.from !== undefined) params.append('von', String(f.from));
  if (f.to !== undefined) params.append('bis', String(f.to));
  if (f.sort !== 'titel') params.append('sort', f.sort);
  return params.toString();
}

/** A copy of the filters with one facet value ticked or unticked. */
export function toggleFacet(f: CatalogFilters, param: FacetParam, value: string, on: boolean): CatalogFilters {
  const current = f.facets[param].filter((v) => v !== value);
  return {...f, facets: {...f.facets, [param]: on ? [...current, value] : current}};
}

/** Link to the catalog filtered by some facet values, e.g. `catalogHref({status: ['laufend']})`. */
export function catalogHref(facets: Partial<Record<FacetParam, string[]>>, path = '/katalog'): string {
  const f = emptyFilters();
  for (const [p, values] of Object.entries(facets) as [FacetParam, string[]][]) f.facets[p] = values;
  const qs = serializeFilters(f);
  return qs ? `${path}?${qs}` : path;
}
