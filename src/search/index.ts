/**
 * The search module's public surface for the site (browser-safe: nothing here imports Node).
 * Node-only helpers live in docs.ts (content → SearchDoc[]), synonyms-file.ts and
 * site-index.ts (the site's index from the working tree).
 */
export {buildSearchIndex, serializeSearchIndex, SEARCH_GLOBAL, type BuildOptions} from './build';
export {loadSearchIndexScript} from './load-script';
export {countResults, search, searchStrict, DEFAULT_LIMIT, MAX_LIMIT} from './query';
export type {SearchDoc, SearchDocType, SearchIndexData, SearchOptions, SearchResult, Segment, StoredDoc} from './types';
