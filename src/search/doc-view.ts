/**
 * A stored document as the result list shows it: title and snippet source (description + start
 * of the body), already tokenized and analysed. Built on first display and kept per index,
 * because the same entries come back query after query while a reader types.
 */
import {termTokens, type TermToken} from './highlight';
import type {PreparedIndex} from './prepared';

export interface DocView {
  titleTokens: TermToken[];
  source: string;
  sourceTokens: TermToken[];
}

const views = new WeakMap<PreparedIndex, Map<number, DocView>>();

export function docView(index: PreparedIndex, doc: number): DocView {
  let cache = views.get(index);
  if (!cache) views.set(index, (cache = new Map()));
  let view = cache.get(doc);
  if (!view) {
    const d = index.docs[doc];
    const source = `${d.description} ${d.text}`.replace(/\s+/g, ' ').trim();
    view = {titleTokens: termTokens(d.title, index.vocabulary), source, sourceTokens: termTokens(source, index.vocabulary)};
    cache.set(doc, view);
  }
  return view;
}
