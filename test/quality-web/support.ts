/** Opening a page of the built site the way a reader would, in a chosen colour scheme. */
import type {Browser, Page, Response} from 'playwright-core';
import {expect} from 'vitest';
import {settled} from '../../src/offline/settle';
import {watch, type PageWatch} from '../support/browser';
import {diagramsOn} from './pages';

export type Scheme = 'light' | 'dark';

export interface OpenedPage {
  page: Page;
  watch: PageWatch;
  response: Response | null;
  close(): Promise<void>;
}

/**
 * A fresh context per page (axe needs one, and localStorage starts empty), the colour scheme set
 * the way a reader's system sets it (colorMode.respectPrefersColorScheme is on). Resolves once
 * the page has settled and its Mermaid diagrams are drawn: they render after the text.
 */
export async function openPage(browser: Browser, base: string, url: string, scheme: Scheme = 'light'): Promise<OpenedPage> {
  const context = await browser.newContext({colorScheme: scheme});
  const page = await context.newPage();
  const w = watch(page, [base]);
  let response: Response | null = null;
  await settled(page, async () => {
    response = await page.goto(base + url);
  });
  const diagrams = diagramsOn(url);
  if (diagrams > 0) {
    await expect.poll(() => page.locator('.docusaurus-mermaid-container svg').count(), {timeout: 15_000}).toBe(diagrams);
  }
  return {page, watch: w, response, close: () => context.close()};
}

/** Nothing went wrong while loading: no console error, no script error, nothing fetched from elsewhere. */
export function expectClean(w: PageWatch, url: string): void {
  expect(w.consoleErrors, `${url}: console errors`).toEqual([]);
  expect(w.pageErrors, `${url}: page errors`).toEqual([]);
  expect(w.foreignRequests, `${url}: requests leaving the site`).toEqual([]);
}
