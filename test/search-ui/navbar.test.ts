/**
 * The navbar search on the built site in Chromium, driven by keyboard the way a reader would:
 * shortcut, lazy index, compounds and umlaut spellings, the combobox pattern, hostile input.
 */
import AxeBuilder from '@axe-core/playwright';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {useBuiltSiteInBrowser} from '../support/built-browser';
import {isEngineChunk, isIndexChunk, openPage} from './support';

const site = useBuiltSiteInBrowser();

const open = (url: string, options?: Parameters<typeof openPage>[3]) => openPage(site.browser, site.server.url, url, options);
const box = (page: Page) => page.locator('.navbar').getByRole('combobox');
const options = (page: Page) => page.getByRole('listbox').getByRole('option');
/** The polite live region of the navbar search, once it has settled on a text. */
const announced = (page: Page) => page.locator('.navbar [role="status"]');

async function type(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type(text);
}

describe('navbar search', () => {
  it('opens with Ctrl+K and "/", and loads the index only then', async () => {
    const {page, requests, done} = await open('/koordination/problemlagen-erkennen');
    expect(await box(page).count()).toBe(1);
    expect(requests.filter(isIndexChunk), 'no index before first use').toEqual([]);
    expect(requests.filter(isEngineChunk), 'no engine before first use').toEqual([]);

    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await expect.poll(() => requests.filter(isIndexChunk).length, {message: 'loaded on focus'}).toBe(1);
    await expect.poll(() => requests.filter(isEngineChunk).length, {message: 'engine loaded on focus'}).toBe(1);

    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    expect(await box(page).inputValue(), 'the slash opens the search, it is not typed').toBe('');
    expect(requests.filter(isIndexChunk), 'loaded once').toHaveLength(1);
    await done();
  });

  it('finds „Clearingstelle Gesundheit“ for „Versicherung“ (a part of compounds), marks the words, opens it with the arrows and Enter', async () => {
    const {page, done} = await open('/');
    await type(page, 'Versicherung');
    await options(page).first().waitFor();
    const input = box(page);
    const listbox = page.getByRole('listbox');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await input.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));
    expect(await input.getAttribute('aria-autocomplete')).toBe('list');
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();

    const urls = await options(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-url')));
    const target = urls.indexOf('/praxis/clearingstelle-gesundheit');
    expect(target, `„Clearingstelle Gesundheit“ among ${urls.join(', ')}`).toBeGreaterThanOrEqual(0);
    const option = options(page).nth(target);
    expect(await option.textContent()).toContain('Clearingstelle Gesundheit');
    expect(await option.textContent()).toContain('Praxis');
    const marks = await option.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.toLowerCase()).toContain('versicher');

    for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    expect(await option.getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('[role="option"][aria-selected="true"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.url}/praxis/clearingstelle-gesundheit`);
    await page.waitForFunction(() => document.querySelector('article h1')?.textContent === 'Clearingstelle Gesundheit');
    expect(await box(page).inputValue()).toBe('');
    await done();
  });

  it('finds entries about Flüchtlinge when typed without umlaut („Fluechtlinge“)', async () => {
    const {page, done} = await open('/');
    await type(page, 'Fluechtlinge');
    await options(page).first().waitFor();
    expect(await options(page).first().textContent()).toMatch(/Flüchtling/);
    expect(await options(page).first().locator('mark').count()).toBeGreaterThan(0);
    await done();
  });

  it('closes with Escape, clears with a second Escape, and goes to /suche with Enter or „Alle Ergebnisse“', async () => {
    const {page, done} = await open('/');
    await type(page, 'Wohnung');
    await options(page).first().waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('listbox').count()).toBe(0);
    expect(await box(page).getAttribute('aria-expanded')).toBe('false');
    expect(await box(page).inputValue()).toBe('Wohnung');
    await page.keyboard.press('Escape');
    expect(await box(page).inputValue()).toBe('');

    // Tab reaches „Alle Ergebnisse“ with the list still open; Escape there goes back to the box.
    await page.keyboard.type('Wohnung');
    await options(page).first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Alle Ergebnisse für „Wohnung“/);
    expect(await page.getByRole('listbox').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    expect(await page.getByRole('listbox').count()).toBe(0);
    await box(page).fill('');

    await page.keyboard.type('Wohnung');
    await options(page).first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.url}/suche?q=Wohnung`);
    await page.locator('[data-result-id]').first().waitFor();

    await type(page, 'Sprache');
    await page.getByRole('link', {name: 'Alle Ergebnisse für „Sprache“'}).click();
    await page.waitForURL(`${site.server.url}/suche?q=Sprache`);
    expect(await page.locator('#suche-text').inputValue()).toBe('Sprache');
    await done();
  });

  it('says „Keine Treffer“ with a hint and the catalog, and announces counts politely', async () => {
    const {page, done} = await open('/');
    const status = announced(page);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await type(page, 'qxzvbnm');
    await page.getByText('Keine Treffer für „qxzvbnm“').first().waitFor();
    expect(await page.locator('.navbar').getByText(/Schreibweise/).count()).toBe(1);
    expect(await page.locator('.navbar').getByRole('link', {name: 'Katalog', exact: true}).getAttribute('href')).toBe('/katalog');
    await expect.poll(() => status.textContent()).toBe('Keine Treffer für „qxzvbnm“');

    await box(page).fill('Versicherung');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ Treffer für „Versicherung“/);
    await done();
  });

  it('puts the glossary term a query names first, as an option that opens the glossary', async () => {
    const {page, done} = await open('/');
    await box(page).click();
    await box(page).fill('Clearingstelle');
    await options(page).first().waitFor();
    const urls = await options(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-url')));
    expect(urls[0]).toBe('/glossar#clearingstelle');
    expect(urls.slice(1)).not.toContain('/glossar#clearingstelle');
    expect(urls[1]).not.toMatch(/^\/glossar/);
    expect(await options(page).first().textContent()).toContain('Glossar');
    await done();
  });

  it('takes hostile input without an error, and shows it as text', async () => {
    const {page, done} = await open('/');
    await page.keyboard.press('Control+k');
    const hostile = ['foo:', '10:30', '~^', '*', '"', '\\', '+-~', 'title:Wohnung^10', '((((', '<img src=x onerror=alert(1)>', '%', '💥', 'a'.repeat(300)];
    for (const q of hostile) {
      await box(page).fill(q);
      await expect.poll(() => announced(page).textContent(), {message: q}).toContain(`Treffer für „${q}“`);
    }
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await done();
  });

  it('has no WCAG 2.1 AA violations with the list open (axe)', async () => {
    const {page, done} = await open('/');
    await type(page, 'Versicherung');
    await options(page).first().waitFor();
    await page.keyboard.press('ArrowDown');
    const result = await new AxeBuilder({page}).include('.navbar').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await done();
  });

  it('is usable on a narrow screen: the box opens across the navbar, results fit the screen', async () => {
    const width = 375;
    const {page, done} = await open('/', {width, height: 700, mobile: true});
    const input = box(page);
    expect(await input.isVisible()).toBe(true);
    await input.tap();
    await page.keyboard.type('Versicherung');
    await options(page).first().waitFor();
    expect((await input.boundingBox())!.width).toBeGreaterThan(width * 0.8);
    const list = (await page.getByRole('listbox').boundingBox())!;
    expect(list.x).toBeGreaterThanOrEqual(0);
    expect(list.x + list.width).toBeLessThanOrEqual(width);
    const first = options(page).first();
    const url = await first.getAttribute('data-url');
    await first.tap();
    await page.waitForURL(`${site.server.url}${url}`);
    await done();
  });
});
