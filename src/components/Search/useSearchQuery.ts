/**
 * The search page's state, read from and written to the query string through the router: in the
 * hash-routed offline copy the query follows the hash (`index.html#/suche?q=…`), which
 * window.location.search would miss.
 */
import {useCallback, useMemo} from 'react';
import {useHistory} from '@docusaurus/router';
import {useHistorySelector} from '@docusaurus/theme-common';
import {parseSearchQuery, serializeSearchQuery, type SearchPageQuery} from '@site/src/search/client-query';

export interface SearchQueryState {
  query: SearchPageQuery;
  /** `push` for discrete choices (the back button undoes them), `replace` while typing. */
  setQuery(next: SearchPageQuery, mode?: 'push' | 'replace'): void;
}

export function useSearchQuery(): SearchQueryState {
  const history = useHistory();
  // Empty while hydrating, so the first render matches the prerendered page (no query).
  const search = useHistorySelector((h) => h.location.search);
  const query = useMemo(() => parseSearchQuery(search), [search]);
  const setQuery = useCallback(
    (next: SearchPageQuery, mode: 'push' | 'replace' = 'push') => {
      const qs = serializeSearchQuery(next);
      if (qs === serializeSearchQuery(parseSearchQuery(history.location.search))) return;
      const target = {pathname: history.location.pathname, search: qs ? `?${qs}` : ''};
      if (mode === 'replace') history.replace(target);
      else history.push(target);
    },
    [history],
  );
  return {query, setQuery};
}
