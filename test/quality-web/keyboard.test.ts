/**
 * Keyboard use (WCAG 2.1.1, 2.1.2, 2.4.1, 2.4.7): the first Tab reaches the skip link and Enter
 * moves focus to the main content; Tab reaches every control on screen, shows where focus is, and
 * leaves the page at the end (no trap, e.g. in the catalog's facets).
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {useBuiltSiteInBrowser} from '../support/built-browser';
import {hasVisibleFocus, tabWalk} from './keyboard';
import {PAGES} from './pages';
import {expectClean, openPage} from './support';

const SKIP_LINK = 'Zum Hauptinhalt springen';

const site = useBuiltSiteInBrowser();

/** The skip link, used as a keyboard user does: returns where the Tab after it landed. */
async function useSkipLink(page: Page) {
  await page.keyboard.press('Tab');
  const link = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const r = el.getBoundingClientRect();
    return {text: el.textContent, inViewport: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight};
  });
  await page.evaluate(() => {
    const w = window as unknown as {focusLog: string[]};
    w.focusLog = [];
    document.addEventListener('focusin', (e) => w.focusLog.push((e.target as Element).tagName), true);
  });
  await page.keyboard.press('Enter');
  // Docusaurus focuses <main> through a temporary tabindex; Chromium drops focus to <body> again
  // when that is removed, but keeps <main> as the starting point of the next Tab.
  const focused = await page.evaluate(() => (window as unknown as {focusLog: string[]}).focusLog);
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const active = document.activeElement!;
    const h1 = document.querySelector('h1');
    const controls = Array.from(main.querySelectorAll('a[href], button, input, select, textarea, summary')).some((el) => el.checkVisibility());
    const after = main.contains(active) ? 'in <main>' : main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after <main>' : 'before <main>';
    return {after, controls, h1InMain: h1 === null || main.contains(h1)};
  });
  return {link, focused, next};
}

describe('keyboard', () => {
  it.each(PAGES)('%s: Tab reaches every control with visible focus and leaves the page; the skip link leads into <main>', async (url) => {
    const {page, watch, close} = await openPage(site.browser, site.server.url, url);
    try {
      const walk = await tabWalk(page);
      expect(walk.stops[0]?.name, 'first Tab').toContain(SKIP_LINK);
      expect(walk.trappedAt, `${url}: focus trapped`).toBeUndefined();
      expect(walk.unreached, `${url}: not reachable with Tab`).toEqual([]);
      expect(walk.stops.filter((s) => !hasVisibleFocus(s)).map((s) => `${s.name}: ${s.focused} (ohne Fokus: ${s.unfocused}, Fläche ${s.area}, Deckkraft ${s.opacity})`)).toEqual([]);

      // Focus has left the page; the next Tab starts from the top again, as after loading.
      const skip = await useSkipLink(page);
      expect(skip.link).toEqual({text: SKIP_LINK, inViewport: true});
      expect(skip.focused).toEqual(['MAIN']);
      // The next stop is the first control of the main content (or, if it has none, what follows it).
      expect(skip.next).toEqual({after: skip.next.controls ? 'in <main>' : 'after <main>', controls: skip.next.controls, h1InMain: true});
      expectClean(watch, url);
    } finally {
      await close();
    }
  }, 90_000);
});
