/**
 * The search index and the engine that queries it, loaded once per page view on first use. Both
 * are dynamic imports: webpack makes each a chunk of its own that it loads with a <script> tag —
 * fetch() is refused for file:// pages, script tags are not — and resolves it relative to the
 * page in the hash-routed offline copy. Nothing is downloaded until the reader focuses the search
 * box or opens /suche; the navbar, part of every page, carries neither the index nor the engine.
 */
import type {SearchIndexData} from '@site/src/search/types';

export type SearchEngine = typeof import('@site/src/search/client-engine');

export interface LoadedSearch {
  index: SearchIndexData;
  engine: SearchEngine;
}

let pending: Promise<LoadedSearch> | undefined;
let loaded: LoadedSearch | undefined;

/** The index if an earlier use on this page view loaded it already (the navbar remounts on every route). */
export function loadedSearchIndex(): LoadedSearch | undefined {
  return loaded;
}

export function loadSearchIndex(): Promise<LoadedSearch> {
  pending ??= Promise.all([
    import(/* webpackChunkName: "search-index" */ '@generated/praxisatlas/default/search-index.json'),
    import(/* webpackChunkName: "search-engine" */ '@site/src/search/client-engine'),
  ]).then(([module, engine]) => {
    const data: unknown = module.default;
    if (!engine.isSearchIndexData(data)) throw new Error('Der Suchindex hat ein unbekanntes Format.');
    loaded = {index: data, engine};
    return loaded;
  });
  // A failed load (e.g. the connection dropped) may be retried.
  pending.catch(() => (pending = undefined));
  return pending;
}
