/**
 * The search index, loaded once per page view on first use. A dynamic import of the plugin's
 * data file (see src/plugins/routes/search.ts): webpack makes it a chunk of its own that it loads
 * with a <script> tag — fetch() is refused for file:// pages, script tags are not — and resolves
 * it relative to the page in the hash-routed offline copy. Nothing is downloaded until the reader
 * focuses the search box or opens /suche.
 */
import {isSearchIndexData} from '@site/src/search/prepared';
import type {SearchIndexData} from '@site/src/search/types';

let pending: Promise<SearchIndexData> | undefined;
let loaded: SearchIndexData | undefined;

/** The index if an earlier use on this page view loaded it already (the navbar remounts on every route). */
export function loadedSearchIndex(): SearchIndexData | undefined {
  return loaded;
}

export function loadSearchIndex(): Promise<SearchIndexData> {
  pending ??= import(/* webpackChunkName: "search-index" */ '@generated/praxisatlas/default/search-index.json').then((module) => {
    const data: unknown = module.default;
    if (!isSearchIndexData(data)) throw new Error('Der Suchindex hat ein unbekanntes Format.');
    loaded = data;
    return data;
  });
  // A failed load (e.g. the connection dropped) may be retried.
  pending.catch(() => (pending = undefined));
  return pending;
}
