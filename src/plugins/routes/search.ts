import path from 'node:path';
import {buildSiteSearchIndex} from '../../search/site-index.ts';
import type {RouteBuilder} from './types.ts';

/**
 * The index as the browser imports it: a data file of this plugin, which webpack turns into a
 * chunk of its own, loaded on first use by a <script> tag (so it works from file://, where
 * fetch does not) and resolved relative to the page in the hash-routed offline copy.
 * src/components/Search/loadSearchIndex.ts imports this path as a literal (webpack needs it
 * at compile time); the check below fails the build if Docusaurus ever stores data elsewhere.
 */
export const SEARCH_INDEX_MODULE = '@generated/praxisatlas/default/search-index.json';

/** The search index (from the content already loaded) and /suche, the full results page. */
export const addSearchRoutes: RouteBuilder = async ({content, actions, baseUrl, siteDir}) => {
  const file = await actions.createData(path.posix.basename(SEARCH_INDEX_MODULE), JSON.stringify(buildSiteSearchIndex(siteDir, content)));
  // The plugin hands out createData paths as `@generated/…` aliases (praxisatlas.ts).
  if (file !== SEARCH_INDEX_MODULE) {
    throw new Error(`Suchindex liegt unter ${file}, die Website lädt ihn aber als ${SEARCH_INDEX_MODULE}. Pfad in src/plugins/routes/search.ts und src/components/Search/loadSearchIndex.ts anpassen.`);
  }
  actions.addRoute({path: `${baseUrl}suche`, component: '@site/src/components/Search', exact: true});
};
