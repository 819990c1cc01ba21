/**
 * For a test file that opens the shared build in Chromium: registers beforeAll/afterAll (build
 * once per run, serve it over HTTP, launch Chromium; close both at the end) and returns an
 * object whose `server` and `browser` are set once beforeAll has run.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll} from 'vitest';
import {launch} from './browser';
import {BUILD_DIR, ensureBuilt} from './built-site';
import {serve, type Served} from './serve';

export interface BrowserSession {
  server: Served;
  browser: Browser;
}

export function useBuiltSiteInBrowser(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    ensureBuilt();
    session.server = await serve(BUILD_DIR);
    session.browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
