/** The content the open-data tests read: the real entries and the hostile fixture, each loaded once. */
import path from 'node:path';
import {loadEntries, type LoadResult} from '../../src/content/index';
import type {OpenDataContext} from '../../src/opendata/json';
import {publisherOf, sourceArticle} from '../../src/opendata/publisher';
import {REPO, TODAY} from '../support/site';

export {REPO};
export const WEB = 'https://atlas.example/praxisatlas/';
export const HOSTILE = path.join(REPO, 'test/fixtures/opendata/hostile');

const cache = new Map<string, LoadResult>();
export function content(root: string = REPO): LoadResult {
  const hit = cache.get(root) ?? loadEntries(root, {today: TODAY});
  cache.set(root, hit);
  return hit;
}

export function context(result: LoadResult): OpenDataContext {
  return {webAddress: WEB, generated: TODAY, modified: TODAY, publisher: publisherOf(result.operator), article: sourceArticle(result.bibliography)};
}
