/**
 * The baseline we must beat: a plain lunr index with lunr-languages' German pipeline (trimmer,
 * stop words, stemmer), as the stock Docusaurus lunr plugins build it. Queries go through
 * lunr's own query parser, as those plugins do; a query the parser rejects counts as a miss.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import german from 'lunr-languages/lunr.de.js';
import type {SearchDoc} from '../../src/search/types';

const l = lunr as unknown as {de?: unknown; stemmerSupport?: unknown};
if (!l.stemmerSupport) stemmerSupport(lunr);
if (!l.de) german(lunr);

export function buildBaseline(docs: readonly SearchDoc[]): lunr.Index {
  return lunr(function () {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    this.use((lunr as any).de);
    this.ref('id');
    this.field('title', {boost: 10});
    this.field('description', {boost: 4});
    this.field('labels', {boost: 4});
    this.field('headings', {boost: 2});
    this.field('body');
    for (const d of docs) this.add({id: d.id, title: d.title, description: d.description, labels: d.labels.join(' '), headings: d.headings.join(' '), body: d.body});
  });
}

export interface BaselineOutcome {
  ids: string[];
  threw: boolean;
}

export function searchBaseline(index: lunr.Index, q: string, limit = 10): BaselineOutcome {
  try {
    return {ids: index.search(q).slice(0, limit).map((r) => r.ref), threw: false};
  } catch {
    return {ids: [], threw: true};
  }
}
