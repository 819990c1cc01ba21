/**
 * Page state kept in the query string, read and written through the router (not
 * window.location): in the hash-routed offline copy the query follows the hash
 * (`index.html#/katalog?feld=gesundheit`), which window.location.search would miss.
 * `parse` and `serialize` must be stable (module-level) functions.
 */
import {useCallback, useMemo} from 'react';
import {useHistory} from '@docusaurus/router';
import {useHistorySelector} from '@docusaurus/theme-common';

/** `push` for discrete choices (the back button undoes them), `replace` while typing. */
export type HistoryMode = 'push' | 'replace';

export function useQueryState<T>(parse: (search: string) => T, serialize: (value: T) => string): [T, (next: T, mode?: HistoryMode) => void] {
  const history = useHistory();
  // useHistorySelector reports an empty query while hydrating, so the first client render
  // matches the prerendered HTML (no query); the state from the URL follows right after.
  const search = useHistorySelector((h) => h.location.search);
  const value = useMemo(() => parse(search), [parse, search]);
  const set = useCallback(
    (next: T, mode: HistoryMode = 'push') => {
      const qs = serialize(next);
      if (qs === serialize(parse(history.location.search))) return;
      const target = {pathname: history.location.pathname, search: qs ? `?${qs}` : ''};
      if (mode === 'replace') history.replace(target);
      else history.push(target);
    },
    [history, parse, serialize],
  );
  return [value, set];
}
