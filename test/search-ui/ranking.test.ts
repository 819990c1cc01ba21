/**
 * "The site's search and the CLI give the same ranking": the CLI (`npm run search -- --json`)
 * against what the built site shows in Chromium, on /suche and in the navbar list, for queries
 * of different kinds. And the index the build emitted is the one the CLI's builder makes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {buildSiteSearchIndex} from '../../src/search/site-index';
import {useBuiltSiteInBrowser} from '../support/built-browser';
import {BUILD_DIR, SITE_DIR} from '../support/built-site';
import {cliSearch, emittedIndex, isIndexChunk, openPage} from './support';

/** A compound part, an umlaut spelling, a prefix, two words, a synonym, an abbreviation, a typo. */
const QUERIES = ['Versicherung', 'Fluechtlinge', 'Wohnungs', 'Krankenversicherung Kinder', 'Geflüchtete', 'EU2', 'Integrationskurs', 'Netzwerk Steuerung', 'Clearingstele'];

const site = useBuiltSiteInBrowser();

const open = (url: string) => openPage(site.browser, site.server.url, url);
const pageResults = (page: Page) => page.locator('[data-result-id]').evaluateAll((els) => els.map((e) => ({id: e.getAttribute('data-result-id')!, href: e.querySelector('h3 a')!.getAttribute('href')!})));

describe('site search and CLI', () => {
  it('the build emitted the index the CLI builds, as one lazy chunk', () => {
    expect(emittedIndex()).toEqual(buildSiteSearchIndex(SITE_DIR));
    const chunks = fs.readdirSync(path.join(BUILD_DIR, 'assets/js')).filter((f) => isIndexChunk(`/${f}`));
    expect(chunks).toHaveLength(1);
    for (const html of ['index.html', 'suche.html', 'katalog.html']) {
      expect(fs.readFileSync(path.join(BUILD_DIR, html), 'utf8'), `${html} does not load the index up front`).not.toContain(chunks[0]);
    }
  });

  it('rank alike on /suche', async () => {
    for (const q of QUERIES) {
      const cli = cliSearch(q);
      expect(cli.length, `the CLI finds something for ${q}`).toBeGreaterThan(0);
      const {page, done} = await open(`/suche?q=${encodeURIComponent(q)}`);
      await page.locator('[data-result-id]').first().waitFor();
      const site = (await pageResults(page)).slice(0, cli.length);
      expect(site, q).toEqual(cli.map((h) => ({id: h.id, href: h.url})));
      await done();
    }
  }, 180_000);

  it('rank alike in the navbar list', async () => {
    const {page, done} = await open('/');
    await page.keyboard.press('Control+k');
    const box = page.locator('.navbar').getByRole('combobox');
    for (const q of QUERIES.slice(0, 4)) {
      const cli = cliSearch(q);
      await box.fill(q);
      await page.locator('.navbar [role="status"]').filter({hasText: `Treffer für „${q}“`}).waitFor();
      const shown = await page.getByRole('option').evaluateAll((els) => els.map((e) => e.getAttribute('data-url')));
      expect(shown, q).toEqual(cli.slice(0, shown.length).map((h) => h.url));
      expect(shown.length).toBe(Math.min(8, cli.length));
    }
    expect(page.url()).not.toMatch(/suche/);
    await done();
  }, 120_000);
});
