/**
 * The catalog's facets. The query parameter names are part of the URL contract
 * (content-model.md); the values and labels come from the schema's vocabularies, so a new
 * vocabulary value appears in the catalog, its counts and its facet page without an edit here.
 */
import {actors, entryTypes, fields, funding, levels, statuses, type VocabularyTerm} from '../content/vocabularies.ts';
import type {CatalogEntry} from './types.ts';

export interface FacetDefinition {
  /** Query parameter (German, contract). */
  param: FacetParam;
  /** Legend of the facet's fieldset. */
  label: string;
  /** Values and labels; undefined for `stadt`, whose values come from the entries. */
  vocabulary?: Readonly<Record<string, VocabularyTerm>>;
  /** The entry's values for this facet. */
  values(entry: CatalogEntry): readonly string[];
}

export const FACET_PARAMS = ['typ', 'feld', 'akteur', 'ebene', 'status', 'foerderung', 'stadt'] as const;
export type FacetParam = (typeof FACET_PARAMS)[number];

export const FACETS: readonly FacetDefinition[] = [
  {param: 'typ', label: 'Art des Eintrags', vocabulary: entryTypes, values: (e) => [e.type]},
  {param: 'feld', label: 'Handlungsfeld', vocabulary: fields, values: (e) => e.fields},
  {param: 'akteur', label: 'Akteure', vocabulary: actors, values: (e) => e.actors},
  {param: 'ebene', label: 'Ebene', vocabulary: levels, values: (e) => e.levels},
  {param: 'status', label: 'Status', vocabulary: statuses, values: (e) => (e.status ? [e.status] : [])},
  {param: 'foerderung', label: 'Finanzierung', vocabulary: funding, values: (e) => e.funding},
  {param: 'stadt', label: 'Stadt', values: (e) => [e.city]},
];

export const FACET_BY_PARAM: ReadonlyMap<FacetParam, FacetDefinition> = new Map(FACETS.map((f) => [f.param, f]));

export interface FacetOption {
  value: string;
  label: string;
  description?: string;
}

/** Every value a facet offers: the vocabulary in its own order, or the entries' cities A–Z. */
export function facetOptions(facet: FacetDefinition, entries: readonly CatalogEntry[]): FacetOption[] {
  if (facet.vocabulary) {
    return Object.entries(facet.vocabulary).map(([value, term]) => ({value, label: term.label, description: term.description}));
  }
  const seen = [...new Set(entries.flatMap((e) => facet.values(e)))];
  return seen.sort((a, b) => a.localeCompare(b, 'de')).map((value) => ({value, label: value}));
}

/** Label of a value, falling back to the value itself (cities, or a value the vocabulary lost). */
export function facetLabel(param: FacetParam, value: string): string {
  return FACET_BY_PARAM.get(param)?.vocabulary?.[value]?.label ?? value;
}
