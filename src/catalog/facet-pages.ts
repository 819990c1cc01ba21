/**
 * The "tag pages for custom frontmatter" Docusaurus lacks: one page per Handlungsfeld
 * (`/handlungsfelder/<value>`) and per actor (`/akteure/<value>`), for every value of the
 * vocabulary, whether or not an entry carries it yet; plus one overview page per facet.
 */
import {FACET_BY_PARAM} from './facets.ts';
import {catalogHref} from './query.ts';
import type {CatalogEntry} from './types.ts';

export const PAGE_FACETS = {
  feld: {path: '/handlungsfelder', title: 'Handlungsfelder', singular: 'Handlungsfeld', intro: 'Die Handlungsfelder, in denen der Praxisatlas Maßnahmen, Szenarien und Lektionen ordnet. Jedes Feld hat eine eigene Seite mit allen Einträgen.'},
  akteur: {path: '/akteure', title: 'Akteure', singular: 'Akteursgruppe', intro: 'Wer in der Arbeit mit Neuzugewanderten mitwirkt, nach Akteursgruppen. Jede Gruppe hat eine eigene Seite mit den Einträgen, an denen sie beteiligt ist.'},
} as const;

export type PageFacet = keyof typeof PAGE_FACETS;

export function facetPagePath(param: PageFacet, value: string): string {
  return `${PAGE_FACETS[param].path}/${value}`;
}

export interface FacetPageData {
  param: PageFacet;
  /** „Handlungsfeld“ or „Akteursgruppe“. */
  kind: string;
  indexTitle: string;
  indexPath: string;
  value: string;
  label: string;
  description: string;
  path: string;
  /** The same selection in the catalog, for further filtering. */
  catalogUrl: string;
  entries: CatalogEntry[];
}

export interface FacetIndexData {
  param: PageFacet;
  title: string;
  intro: string;
  path: string;
  values: {value: string; label: string; description: string; path: string; count: number}[];
}

/** One page per vocabulary value of `feld` and `akteur`, entries in the order given. */
export function facetPages(entries: readonly CatalogEntry[]): FacetPageData[] {
  return (Object.keys(PAGE_FACETS) as PageFacet[]).flatMap((param) => {
    const facet = FACET_BY_PARAM.get(param)!;
    const meta = PAGE_FACETS[param];
    return Object.entries(facet.vocabulary!).map(([value, term]) => ({
      param,
      kind: meta.singular,
      indexTitle: meta.title,
      indexPath: meta.path,
      value,
      label: term.label,
      description: term.description,
      path: facetPagePath(param, value),
      catalogUrl: catalogHref({[param]: [value]}),
      entries: entries.filter((e) => facet.values(e).includes(value)),
    }));
  });
}

export function facetIndexPages(pages: readonly FacetPageData[]): FacetIndexData[] {
  return (Object.keys(PAGE_FACETS) as PageFacet[]).map((param) => ({
    param,
    title: PAGE_FACETS[param].title,
    intro: PAGE_FACETS[param].intro,
    path: PAGE_FACETS[param].path,
    values: pages.filter((p) => p.param === param).map((p) => ({value: p.value, label: p.label, description: p.description, path: p.path, count: p.entries.length})),
  }));
}
