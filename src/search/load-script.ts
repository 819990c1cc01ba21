/**
 * Browser side: load the index file written by serializeSearchIndex() with a <script> tag.
 * fetch() and XHR are refused for file:// pages (the offline build), script tags are not.
 * The promise is shared, so opening the search box twice loads the file once.
 */
import {SEARCH_GLOBAL} from './build';
import {isSearchIndexData} from './prepared';
import type {SearchIndexData} from './types';

/** The little of `document` this needs; tests pass a fake. */
export interface ScriptHost {
  createElement(tag: 'script'): {src: string; async: boolean; onload: (() => void) | null; onerror: (() => void) | null};
  head: {appendChild(node: unknown): unknown};
}

const pending = new Map<string, Promise<SearchIndexData>>();

export function loadSearchIndexScript(src: string, host: ScriptHost = document as unknown as ScriptHost, scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): Promise<SearchIndexData> {
  const already = scope[SEARCH_GLOBAL];
  if (isSearchIndexData(already)) return Promise.resolve(already);
  let promise = pending.get(src);
  if (!promise) {
    promise = new Promise<SearchIndexData>((resolve, reject) => {
      const script = host.createElement('script');
      script.async = true;
      script.onload = () => {
        const data = scope[SEARCH_GLOBAL];
        if (isSearchIndexData(data)) resolve(data);
        else reject(new Error(`Suchindex ${src} hat ein unbekanntes Format.`));
      };
      script.onerror = () => reject(new Error(`Suchindex ${src} konnte nicht geladen werden.`));
      script.src = src;
      host.head.appendChild(script);
    });
    // A failed load may be retried (e.g. after going back online).
    promise.catch(() => pending.delete(src));
    pending.set(src, promise);
  }
  return promise;
}
