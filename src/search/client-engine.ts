/**
 * The part of the search engine the browser needs (lunr, the German stemmer, query expansion,
 * scoring, snippets). Imported dynamically together with the index (see
 * src/components/Search/loadSearchIndex.ts), so its code is downloaded on the first search, not
 * by every page as part of the navbar.
 */
export {countResults, glossaryAnswer, search} from './query';
export {isSearchIndexData} from './prepared';
