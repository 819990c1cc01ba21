/** /suche on the built site: results from the emitted index, filters whose state lives in the URL. */
import AxeBuilder from '@axe-core/playwright';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {parseSearchQuery} from '../../src/search/client-query';
import {searchPage} from '../../src/search/client-results';
import {useBuiltSiteInBrowser} from '../support/built-browser';
import {emittedIndex, openPage} from './support';

const site = useBuiltSiteInBrowser();

const open = (url: string, options?: Parameters<typeof openPage>[3]) => openPage(site.browser, site.server.url, url, options);
const resultIds = (page: Page) => page.locator('[data-result-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-result-id')));
const search = (page: Page) => new URL(page.url()).search;
const facet = (page: Page, param: string, label: string) => page.locator(`fieldset[data-facet="${param}"] label`).filter({hasText: label}).locator('input');
/** What the site must show for a query string, computed from the index the build emitted. */
const expectedIds = (qs: string) => searchPage(emittedIndex(), parseSearchQuery(qs)).results.map((r) => r.id);

describe('/suche', () => {
  it('shows the filtered results of ?q=Wohnungs&typ=praxis, and a clicked filter goes into the URL', async () => {
    const {page, done} = await open('/suche?q=Wohnungs&typ=praxis');
    const expected = expectedIds('?q=Wohnungs&typ=praxis');
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => resultIds(page)).toEqual(expected);
    expect(new Set(await page.locator('[data-result-id] [data-type]').evaluateAll((els) => els.map((e) => e.getAttribute('data-type'))))).toEqual(new Set(['praxis']));
    expect(await page.locator('#suche-anzahl').textContent()).toBe(`${expected.length} Treffer für „Wohnungs“`);
    expect(await page.locator('#suche-anzahl').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#suche-text').inputValue()).toBe('Wohnungs');
    expect(await facet(page, 'typ', 'Praxis').isChecked()).toBe(true);

    await facet(page, 'feld', 'Wohnen').check();
    await expect.poll(() => search(page)).toBe('?q=Wohnungs&typ=praxis&feld=wohnen');
    await expect.poll(() => resultIds(page)).toEqual(expectedIds('?q=Wohnungs&typ=praxis&feld=wohnen'));

    await facet(page, 'typ', 'Praxis').uncheck();
    await expect.poll(() => search(page)).toBe('?q=Wohnungs&feld=wohnen');
    await expect.poll(() => resultIds(page)).toEqual(expectedIds('?q=Wohnungs&feld=wohnen'));

    await page.goBack();
    await expect.poll(() => search(page)).toBe('?q=Wohnungs&typ=praxis&feld=wohnen');
    expect(await facet(page, 'typ', 'Praxis').isChecked()).toBe(true);
    await done();
  });

  it('answers a glossary term with a card above the results, which start with an entry', async () => {
    const {page, done} = await open('/suche?q=Anlaufstelle');
    const card = page.getByRole('complementary', {name: 'Anlaufstelle'});
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('Begriff aus dem Glossar');
    expect(await card.getByRole('link').getAttribute('href')).toBe('/glossar#anlaufstelle');
    const ids = await resultIds(page);
    expect(ids).toEqual(expectedIds('?q=Anlaufstelle'));
    expect(ids[0]).not.toMatch(/^glossar-/);
    expect(ids).not.toContain('glossar-anlaufstelle');
    await done();
  });

  it('shows per filter value the number of results it would show', async () => {
    const {page, done} = await open('/suche?q=Gesundheit');
    const expected = searchPage(emittedIndex(), parseSearchQuery('?q=Gesundheit'));
    await expect.poll(() => resultIds(page)).toEqual(expected.results.map((r) => r.id));
    expect(await page.locator('fieldset[data-facet="typ"] label').filter({hasText: 'Praxis'}).textContent()).toContain(`(${expected.typeCounts.praxis})`);
    expect(await page.locator('fieldset[data-facet="feld"] label').filter({hasText: 'Gesundheit'}).textContent()).toContain(`(${expected.fieldCounts.gesundheit})`);
    await done();
  });

  it('follows typing into the URL, and says „Keine Treffer“ with hints', async () => {
    const {page, done} = await open('/suche');
    expect(await page.locator('#suche-anzahl').textContent()).toBe('Geben Sie einen Suchbegriff ein.');
    await page.locator('#suche-text').fill('qxzvbnm');
    await expect.poll(() => search(page)).toBe('?q=qxzvbnm');
    await expect.poll(() => page.locator('#suche-anzahl').textContent()).toBe('Keine Treffer für „qxzvbnm“');
    expect(await page.locator('main').getByText(/Prüfen Sie die Schreibweise/).count()).toBe(1);
    expect(await page.locator('main').getByRole('link', {name: 'Katalog', exact: true}).getAttribute('href')).toBe('/katalog');

    await page.locator('#suche-text').fill('Krankenversicherung');
    await expect.poll(() => search(page)).toBe('?q=Krankenversicherung');
    await expect.poll(() => resultIds(page)).toEqual(expectedIds('?q=Krankenversicherung'));
    await done();
  });

  it('takes hostile queries from the URL without an error', async () => {
    for (const q of ['foo:', '10:30', '~^', '<script>alert(1)</script>', '"\\']) {
      const {page, done} = await open(`/suche?q=${encodeURIComponent(q)}`);
      await expect.poll(() => page.locator('#suche-anzahl').textContent(), {message: q}).toContain(`Treffer für „${q}“`);
      expect(await resultIds(page)).toEqual(expectedIds(`?q=${encodeURIComponent(q)}`));
      await done();
    }
  });

  it('keeps the results in view on a narrow screen: filters start closed', async () => {
    const {page, done} = await open('/suche?q=Wohnung', {width: 375, height: 700, mobile: true});
    await page.locator('[data-result-id]').first().waitFor();
    expect(await page.locator('details').filter({has: page.locator('fieldset')}).getAttribute('open')).toBeNull();
    const box = (await page.locator('[data-result-id]').first().boundingBox())!;
    expect(box.y, "the first result starts on the first screen").toBeLessThan(700);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await done();
  });

  it('has no WCAG 2.1 AA violations (axe)', async () => {
    const {page, done} = await open('/suche?q=Wohnungs&typ=praxis');
    await page.locator('[data-result-id]').first().waitFor();
    const result = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await done();
  });
});
