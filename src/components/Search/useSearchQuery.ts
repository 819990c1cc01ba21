/** The search page's state in the query string (see useQueryState: works with the hash router). */
import {parseSearchQuery, serializeSearchQuery, type SearchPageQuery} from '@site/src/search/client-query';
import {useQueryState, type HistoryMode} from '../useQueryState';

export interface SearchQueryState {
  query: SearchPageQuery;
  setQuery(next: SearchPageQuery, mode?: HistoryMode): void;
}

export function useSearchQuery(): SearchQueryState {
  const [query, setQuery] = useQueryState(parseSearchQuery, serializeSearchQuery);
  return {query, setQuery};
}
