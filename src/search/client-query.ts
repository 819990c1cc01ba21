/**
 * The search page's state ⇄ query string: `q`, `typ`, `feld` as in the catalog (content-model.md),
 * a repeated key for several values (OR within a facet, AND across). The string is all the state
 * there is, so a search can be linked and survives a reload. Components read and write it through
 * the router (in the offline copy it follows the hash), never through window.location.
 * Pure and browser-safe.
 */
import {entryTypes, fields} from '../content/vocabularies.ts';
import type {SearchDocType} from './types.ts';

/** Every document type the index holds, in the order the filter lists them, with German labels. */
export const SEARCH_TYPE_LABELS: Readonly<Record<SearchDocType, string>> = {
  ...Object.fromEntries(Object.entries(entryTypes).map(([value, term]) => [value, term.label])),
  glossar: 'Glossar',
} as Record<SearchDocType, string>;

export const SEARCH_TYPES = Object.keys(SEARCH_TYPE_LABELS) as SearchDocType[];

export type FieldValue = keyof typeof fields;
export const SEARCH_FIELDS = Object.keys(fields) as FieldValue[];

export interface SearchPageQuery {
  q: string;
  types: SearchDocType[];
  fields: FieldValue[];
}

export const SEARCH_PAGE_PATH = '/suche';

export function emptySearchQuery(): SearchPageQuery {
  return {q: '', types: [], fields: []};
}

function known<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return [...new Set(values.map((v) => v.trim()).filter((v): v is T => (allowed as readonly string[]).includes(v)))];
}

/** Parse a query string (with or without `?`). Unknown types and fields are dropped, duplicates too. */
export function parseSearchQuery(search: string): SearchPageQuery {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  return {
    q: params.get('q')?.trim() ?? '',
    types: known(params.getAll('typ'), SEARCH_TYPES),
    fields: known(params.getAll('feld'), SEARCH_FIELDS),
  };
}

/** The query string for a state, without `?`, keys in contract order, empty values left out. */
export function serializeSearchQuery(query: SearchPageQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.append('q', query.q.trim());
  for (const t of query.types) params.append('typ', t);
  for (const f of query.fields) params.append('feld', f);
  return params.toString();
}

/** A copy of `values` with `value` added (at the end) or removed. */
export function toggleValue<T extends string>(values: readonly T[], value: T, on: boolean): T[] {
  const rest = values.filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}

/** Site path of the search page for a query, e.g. for „Alle Ergebnisse“: `/suche?q=Wohnung`. */
export function searchPageHref(query: Partial<SearchPageQuery>): string {
  const qs = serializeSearchQuery({...emptySearchQuery(), ...query});
  return qs ? `${SEARCH_PAGE_PATH}?${qs}` : SEARCH_PAGE_PATH;
}
