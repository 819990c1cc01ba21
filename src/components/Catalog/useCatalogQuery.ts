/** The catalog's filter state in the query string (see useQueryState: works with the hash router). */
import type {CatalogFilters} from '@site/src/catalog/filters';
import {parseFilters, serializeFilters} from '@site/src/catalog/query';
import {useQueryState, type HistoryMode} from '../useQueryState';

export interface CatalogQuery {
  filters: CatalogFilters;
  setFilters(next: CatalogFilters, mode?: HistoryMode): void;
}

export function useCatalogQuery(): CatalogQuery {
  const [filters, setFilters] = useQueryState(parseFilters, serializeFilters);
  return {filters, setFilters};
}
