/**
 * The catalog's filter state, read from and written to the query string through the router.
 * Through the router (not window.location) so the same code works in the hash-routed offline
 * copy, where the query follows the hash (`index.html#/katalog?feld=gesundheit`).
 */
import {useCallback, useMemo} from 'react';
import {useHistory} from '@docusaurus/router';
import {useHistorySelector} from '@docusaurus/theme-common';
import type {CatalogFilters} from '@site/src/catalog/filters';
import {parseFilters, serializeFilters} from '@site/src/catalog/query';

export interface CatalogQuery {
  filters: CatalogFilters;
  /** `push` for discrete choices (the back button undoes them), `replace` while typing. */
  setFilters(next: CatalogFilters, mode?: 'push' | 'replace'): void;
}

export function useCatalogQuery(): CatalogQuery {
  const history = useHistory();
  // useHistorySelector reports an empty query while hydrating, so the first client render
  // matches the prerendered (unfiltered) HTML; the filtered list follows right after.
  const search = useHistorySelector((h) => h.location.search);
  const filters = useMemo(() => parseFilters(search), [search]);
  const setFilters = useCallback(
    (next: CatalogFilters, mode: 'push' | 'replace' = 'push') => {
      const qs = serializeFilters(next);
      if (qs === serializeFilters(parseFilters(history.location.search))) return;
      const target = {pathname: history.location.pathname, search: qs ? `?${qs}` : ''};
      if (mode === 'replace') history.replace(target);
      else history.push(target);
    },
    [history],
  );
  return {filters, setFilters};
}
