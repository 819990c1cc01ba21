/** The site's index from the working tree (Node only): what the Docusaurus plugin and the CLI build. */
import {buildSearchIndex} from './build';
import {loadSearchDocs} from './docs';
import {loadSynonyms} from './synonyms-file';
import type {SearchIndexData} from './types';

export function buildSiteSearchIndex(root: string): SearchIndexData {
  return buildSearchIndex(loadSearchDocs(root), {synonyms: loadSynonyms(root)});
}
