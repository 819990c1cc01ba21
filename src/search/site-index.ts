/** The site's index from the working tree (Node only): what the Docusaurus plugin and the CLI build. */
import {loadEntries, type LoadResult} from '../content/index';
import {buildSearchIndex} from './build';
import {searchDocsOf} from './docs';
import {loadSynonyms} from './synonyms-file';
import type {SearchIndexData} from './types';

/** `content` is what loadEntries(root) returns; the plugin passes the copy it already has, so entries are read once per build. */
export function buildSiteSearchIndex(root: string, content: Pick<LoadResult, 'entries' | 'glossary'> = loadEntries(root)): SearchIndexData {
  return buildSearchIndex(searchDocsOf(content), {synonyms: loadSynonyms(root)});
}
