/**
 * For a test file that opens the offline copy from disk: registers beforeAll/afterAll (build the
 * zip once per run, unpack it to a temp folder, launch Chromium, read the entries; clean up at the
 * end) and returns an object whose fields are set once beforeAll has run.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, expect} from 'vitest';
import {loadEntries} from '../../src/content/index';
import type {Entry} from '../../src/content/normalize';
import {launch, type PageWatch} from './browser';
import {ensureOfflineBuilt, openOffline, unpackOfflineZip, type OfflineBuild, type OpenedPage} from './offline-site';
import {TODAY} from './site';

export interface OfflineSession {
  build: OfflineBuild;
  copy: ReturnType<typeof unpackOfflineZip>;
  browser: Browser;
  entries: Entry[];
  /** A fresh tab on a route of the unpacked copy. */
  open(route: string): Promise<OpenedPage>;
}

export function useOfflineCopyInBrowser(): OfflineSession {
  const session = {open: (route: string) => openOffline(session.browser, session.copy.index, route)} as OfflineSession;
  beforeAll(async () => {
    session.build = ensureOfflineBuilt();
    session.copy = unpackOfflineZip(session.build.zip);
    session.browser = await launch();
    session.entries = loadEntries(session.build.siteDir, {today: TODAY}).entries;
  }, 600_000);
  afterAll(async () => {
    await session.browser?.close();
    session.copy?.remove();
  });
  return session;
}

/** No page error, no console error, no request beyond file:// (the laptop has no network). */
export function expectOfflineClean(w: PageWatch): void {
  expect(w.pageErrors, 'page errors').toEqual([]);
  expect(w.consoleErrors, 'console errors').toEqual([]);
  expect(w.foreignRequests, 'requests leaving file://').toEqual([]);
}
