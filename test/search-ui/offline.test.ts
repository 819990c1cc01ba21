/**
 * The search in the offline copy, unpacked from praxisatlas-offline.zip and opened from disk
 * (file://, hash router): the index chunk loads by script tag from the folder, the navbar list
 * and /suche work, filters go into the address after the '#'. Nothing may leave file://.
 */
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseSearchQuery} from '../../src/search/client-query';
import {searchPage} from '../../src/search/client-results';
import {launch} from '../support/browser';
import {ensureOfflineBuilt, openOffline, unpackOfflineZip} from '../support/offline-site';
import {emittedIndex, isIndexChunk} from './support';

let copy: ReturnType<typeof unpackOfflineZip>;
let browser: Browser;

beforeAll(async () => {
  copy = unpackOfflineZip(ensureOfflineBuilt().zip);
  browser = await launch();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  copy?.remove();
});

const open = async (route: string) => {
  const opened = await openOffline(browser, copy.index, route);
  const requests: string[] = [];
  opened.page.on('request', (r) => requests.push(r.url()));
  return {...opened, requests};
};

function expectClean(w: {pageErrors: string[]; consoleErrors: string[]; foreignRequests: string[]}): void {
  expect(w.pageErrors, 'page errors').toEqual([]);
  expect(w.consoleErrors, 'console errors').toEqual([]);
  expect(w.foreignRequests, 'requests leaving file://').toEqual([]);
}

describe('search in the offline copy (file://)', () => {
  it('loads the index from the folder on first use and opens a result with the keyboard', async () => {
    const {page, watch, requests} = await open('/');
    expect(requests.filter(isIndexChunk)).toEqual([]);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Versicherung');
    await page.getByRole('option').first().waitFor({timeout: 10_000});
    const loaded = requests.filter(isIndexChunk);
    expect(loaded).toHaveLength(1);
    expect(loaded[0].startsWith(pathToFileURL(path.dirname(copy.index)).href + '/')).toBe(true);

    const urls = await page.getByRole('option').evaluateAll((els) => els.map((e) => e.getAttribute('data-url')));
    const target = urls.indexOf('/praxis/clearingstelle-gesundheit');
    expect(target).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash === '#/praxis/clearingstelle-gesundheit');
    await page.waitForFunction(() => document.querySelector('article h1')?.textContent === 'Clearingstelle Gesundheit');
    expectClean(watch);
    await page.close();
  });

  it('shows /suche?q=…&typ=… after the hash, and a ticked filter goes into the hash', async () => {
    const {page, watch} = await open('/suche?q=Wohnungs&typ=praxis');
    const ids = () => page.locator('[data-result-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-result-id')));
    const expected = (qs: string) => searchPage(emittedIndex(), parseSearchQuery(qs)).results.map((r) => r.id);
    await expect.poll(ids).toEqual(expected('q=Wohnungs&typ=praxis'));
    await page.locator('fieldset[data-facet="feld"] label').filter({hasText: 'Wohnen'}).locator('input').check();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/suche?q=Wohnungs&typ=praxis&feld=wohnen');
    await expect.poll(ids).toEqual(expected('q=Wohnungs&typ=praxis&feld=wohnen'));
    expect(await page.locator('[data-result-id] h3 a').first().getAttribute('href')).toMatch(/^#\/praxis\//);
    expectClean(watch);
    await page.close();
  });

  it('takes hostile input without an error', async () => {
    const {page, watch} = await open('/');
    await page.keyboard.press('Control+k');
    const box = page.locator('.navbar').getByRole('combobox');
    for (const q of ['foo:', '10:30', '~^', '#/katalog', '?q=x']) {
      await box.fill(q);
      await expect.poll(() => page.locator('.navbar [role="status"]').textContent(), {message: q}).toContain(`Treffer für „${q}“`);
    }
    expect(await page.evaluate(() => window.location.hash)).toBe('#/');
    expectClean(watch);
    await page.close();
  });
});
