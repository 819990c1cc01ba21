/**
 * What the search page shows for a state: the first results under all filters, how many there
 * are, and per filter value the number of results it would show if it were (also) ticked — the
 * other facet applies, its own does not, as in the catalog. The numbers come from countResults(),
 * the same ranking as search() without building snippets, so a count never disagrees with the
 * list the reader gets by ticking that value alone.
 */
import {countResults, glossaryAnswer, search} from './query.ts';
import type {SearchDocType, SearchIndexData, SearchResult} from './types.ts';
import {SEARCH_FIELDS, SEARCH_TYPES, type FieldValue, type SearchPageQuery} from './client-query.ts';

/** Results shown at first; the page offers more in steps of this size, up to search()'s MAX_LIMIT. */
export const PAGE_SIZE = 20;

export interface SearchPageResults {
  /** The first `limit` results, best first. */
  results: SearchResult[];
  /** All results under the filters. */
  total: number;
  typeCounts: Record<SearchDocType, number>;
  fieldCounts: Record<FieldValue, number>;
  /** The glossary term the query names, shown as a card above the results (and not among them). */
  answer?: SearchResult;
}

export function searchPage(index: SearchIndexData, query: SearchPageQuery, limit = PAGE_SIZE): SearchPageResults {
  const {q, types, fields} = query;
  return {
    results: search(index, q, {types, fields, limit}),
    answer: glossaryAnswer(index, q),
    total: countResults(index, q, {types, fields}),
    typeCounts: Object.fromEntries(SEARCH_TYPES.map((t) => [t, countResults(index, q, {types: [t], fields})])) as Record<SearchDocType, number>,
    fieldCounts: Object.fromEntries(SEARCH_FIELDS.map((f) => [f, countResults(index, q, {types, fields: [f]})])) as Record<FieldValue, number>,
  };
}
