/** The site's index from the working tree (Node only): what the Docusaurus plugin and the CLI build. */
import {loadEntries, type LoadResult} from '../content/index';
import {buildSearchIndex} from './build';
import {searchDocsOf} from './docs';
import {thesaurusGroups} from './thesaurus';
import type {SearchIndexData} from './types';

/**
 * `content` is what loadEntries(root) returns; the plugin passes the copy it already has, so entries
 * are read once per build. Synonyms and related words come from the same gate (data/synonyms.yml, data/begriffe.yml, checked and limited).
 */
export function buildSiteSearchIndex(root: string, content: Pick<LoadResult, 'entries' | 'glossary' | 'synonyms' | 'concepts'> = loadEntries(root)): SearchIndexData {
  return buildSearchIndex(searchDocsOf(content), {synonyms: content.synonyms, concepts: content.concepts, thesaurus: thesaurusGroups()});
}
