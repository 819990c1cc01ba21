/** Shared by the search UI tests: the index the build emitted, the CLI's answer, a fresh browser page per test. */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {expect} from 'vitest';
import {isSearchIndexData} from '../../src/search/prepared';
import type {SearchIndexData} from '../../src/search/types';
import {watch, type PageWatch} from '../support/browser';
import {SITE_DIR} from '../support/built-site';
import {REPO} from '../support/site';

/** The data file the plugin wrote in the last build (webpack turned it into the lazy chunk). */
export function emittedIndex(): SearchIndexData {
  const data: unknown = JSON.parse(fs.readFileSync(path.join(SITE_DIR, '.docusaurus/praxisatlas/default/search-index.json'), 'utf8'));
  if (!isSearchIndexData(data)) throw new Error('emitted search index has an unknown format');
  return data;
}

export interface CliHit {
  id: string;
  title: string;
  url: string;
  score: number;
}

/** `npm run search -- --json <q>` in the folder the site was built from. */
export function cliSearch(q: string): CliHit[] {
  const r = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), ['scripts/search.ts', '--json', q], {cwd: SITE_DIR, encoding: 'utf8', timeout: 60_000});
  if (r.status !== 0) throw new Error(`search CLI failed for ${JSON.stringify(q)}: ${r.stderr}`);
  return JSON.parse(r.stdout) as CliHit[];
}

export interface Opened {
  page: Page;
  watched: PageWatch;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Asserts no console error, page error or request beyond the server, then closes the page. */
  done(): Promise<void>;
}

export async function openPage(browser: Browser, origin: string, url: string, options: {width?: number; height?: number; mobile?: boolean} = {}): Promise<Opened> {
  const context = await browser.newContext({
    viewport: {width: options.width ?? 1280, height: options.height ?? 800},
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
    colorScheme: 'light',
  });
  const page = await context.newPage();
  const watched = watch(page, [origin]);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(origin + url, {waitUntil: 'networkidle'});
  return {
    page,
    watched,
    requests,
    async done() {
      expect(watched.pageErrors, 'page errors').toEqual([]);
      expect(watched.consoleErrors, 'console errors').toEqual([]);
      expect(watched.foreignRequests, 'requests beyond the local server').toEqual([]);
      await context.close();
    },
  };
}

export const isIndexChunk = (url: string) => /\/search-index\.[0-9a-f]+\.js$/.test(url);
/** The engine (lunr, stemmer, scoring) comes with the index, not with every page's navbar. */
export const isEngineChunk = (url: string) => /\/search-engine\.[0-9a-f]+\.js$/.test(url);
