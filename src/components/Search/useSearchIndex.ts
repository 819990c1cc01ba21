/** The search index and engine as React state: nothing is loaded until `wanted` turns true (first focus, first keystroke, or the search page). */
import {useCallback, useEffect, useState} from 'react';
import type {SearchIndexData} from '@site/src/search/types';
import {loadedSearchIndex, loadSearchIndex, type SearchEngine} from './loadSearchIndex';

export type SearchIndexState = {status: 'idle' | 'loading' | 'error'; index?: undefined; engine?: undefined} | {status: 'ready'; index: SearchIndexData; engine: SearchEngine};

export function useSearchIndex(wanted: boolean): SearchIndexState & {retry(): void} {
  const [state, setState] = useState<SearchIndexState>(() => {
    const search = loadedSearchIndex();
    return search ? {status: 'ready', ...search} : {status: 'idle'};
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    setState((s) => (s.status === 'ready' ? s : {status: 'loading'}));
    loadSearchIndex().then(
      (search) => live && setState({status: 'ready', ...search}),
      () => live && setState({status: 'error'}),
    );
    return () => {
      live = false;
    };
  }, [wanted, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return {...state, retry};
}
