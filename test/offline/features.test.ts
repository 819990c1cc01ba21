/**
 * Other engineers' features in the offline copy (opened from disk, file://), written against the
 * contract (content-model.md): URLs, query parameters after the hash, ARIA roles. One describe per
 * feature, named with it, so a failure says whose part does not work offline yet. Like
 * copy.test.ts, every test fails on a console error or a request that leaves file://.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Entry} from '../../src/content/normalize';
import {useOfflineCopyInBrowser, expectOfflineClean} from '../support/offline-browser';
import {goOffline} from '../support/offline-site';
import {REPO} from '../support/site';

const offline = useOfflineCopyInBrowser();
const open = offline.open;

/** The entries a page links to from its main content, as a sorted list of URLs. */
async function linkedEntries(page: Page): Promise<string[]> {
  const urls = new Set(offline.entries.map((e) => e.url));
  const hrefs = await page.locator('main a[href^="#/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return [...new Set(hrefs.map((h) => h.slice(1).split(/[?#]/)[0]).filter((u) => urls.has(u)))].sort();
}

const urlsWhere = (test: (e: Entry) => boolean) => offline.entries.filter(test).map((e) => e.url).sort();
const hasField = (v: string) => (e: Entry) => e.fields.some((f) => f.value === v);

describe('catalog (/katalog) offline — catalog feature', () => {
  it('filters by the query after the hash: index.html#/katalog?feld=gesundheit', async () => {
    const {page, watch} = await open('/katalog?feld=gesundheit');
    expect(await linkedEntries(page)).toEqual(urlsWhere(hasField('gesundheit')));
    expectOfflineClean(watch);
    await page.close();
  });

  it('adds a value by its checkbox: OR within a facet, in the address after the hash', async () => {
    const {page, watch} = await open('/katalog?feld=gesundheit');
    await page.getByRole('checkbox', {name: /^Wohnen\b/}).check();
    await page.waitForFunction(() => /[?&]feld=wohnen\b/.test(window.location.hash));
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/katalog\?/);
    expect(await linkedEntries(page)).toEqual(urlsWhere((e) => hasField('gesundheit')(e) || hasField('wohnen')(e)));
    expectOfflineClean(watch);
    await page.close();
  });

  it('combines facets with AND', async () => {
    const {page, watch} = await open('/katalog?feld=gesundheit&ebene=land');
    expect(await linkedEntries(page)).toEqual(urlsWhere((e) => hasField('gesundheit')(e) && e.levels.some((l) => l.value === 'land')));
    expectOfflineClean(watch);
    await page.close();
  });
});

describe('search (navbar combobox, /suche) offline — search feature', () => {
  // No entry contains this word: only decompounding (Wohnungsmarkt + Zugang) can find a hit.
  const QUERY = 'Wohnungsmarktzugang';
  let top: {title: string; url: string};

  beforeAll(() => {
    const docs = offline.entries.map((e) => fs.readFileSync(path.join(offline.build.siteDir, e.path), 'utf8')).join('\n');
    expect(docs.toLowerCase()).not.toContain(QUERY.toLowerCase());
    // The CLI searches the same index as the site: its best hit is the oracle.
    const r = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(offline.build.siteDir, 'scripts/search.ts'), '--json', QUERY], {cwd: offline.build.siteDir, encoding: 'utf8'});
    const hits = JSON.parse(r.stdout) as {title: string; url: string}[];
    expect(hits.length).toBeGreaterThan(0);
    top = hits[0];
  }, 60_000);

  it('finds a hit through the navbar search box and opens it', async () => {
    const {page, watch} = await open('/');
    const box = page.locator('.navbar').getByRole('combobox');
    expect(await box.count(), 'a search box with role="combobox" in the navbar').toBe(1);
    await box.fill(QUERY);
    const first = page.getByRole('option').first();
    await first.waitFor({timeout: 10_000});
    expect(await first.textContent()).toContain(top.title);
    await first.click();
    await page.waitForFunction((url) => window.location.hash.startsWith(`#${url}`), top.url);
    await page.waitForFunction((t) => document.querySelector('main h1')?.textContent?.includes(t), top.title);
    expectOfflineClean(watch);
    await page.close();
  });

  it('lists the hit on the search page index.html#/suche?q=… and opens it', async () => {
    const {page, watch} = await open(`/suche?q=${encodeURIComponent(QUERY)}`);
    expect(await page.locator('main h1').first().textContent(), 'the search page exists').not.toMatch(/nicht gefunden/);
    const hit = page.locator(`main a[href^="#${top.url}"]`).first();
    await hit.waitFor({timeout: 10_000});
    await hit.click();
    await page.waitForFunction((t) => document.querySelector('main h1')?.textContent?.includes(t), top.title);
    expectOfflineClean(watch);
    await page.close();
  });
});

describe('facet pages (/handlungsfelder/<v>, /akteure/<v>) offline — facet pages feature', () => {
  it('lists the entries of a field and of an actor', async () => {
    const {page, watch} = await open('/handlungsfelder/gesundheit');
    expect(await page.locator('main h1').textContent()).toContain('Gesundheit');
    expect(await linkedEntries(page)).toEqual(expect.arrayContaining(urlsWhere(hasField('gesundheit'))));
    await goOffline(page, '/akteure/kommune');
    expect(await page.locator('main h1').textContent()).toContain('Stadtverwaltung');
    expect(await linkedEntries(page)).toEqual(expect.arrayContaining(urlsWhere((e) => e.actors.some((a) => a.value === 'kommune'))));
    expectOfflineClean(watch);
    await page.close();
  });
});

describe('figures (/zahlen) offline — charts feature', () => {
  it('draws its charts', async () => {
    const {page, watch} = await open('/zahlen');
    expect(await page.locator('main h1').textContent()).toBe('Zahlen und Fakten');
    expect(await page.locator('main svg').count()).toBeGreaterThan(0);
    expectOfflineClean(watch);
    await page.close();
  });
});

describe('self-check (/selbstcheck) offline — self-check feature', () => {
  it('keeps a ticked item after reloading the copy (browser storage from file://)', async () => {
    const {page, watch} = await open('/selbstcheck');
    const box = page.getByRole('checkbox').first();
    await box.waitFor();
    await expect(box.isEnabled()).resolves.toBe(true);
    await box.check();
    await page.reload();
    await page.getByRole('checkbox').first().waitFor();
    await page.waitForFunction(() => (document.querySelector('main input[type="checkbox"]') as HTMLInputElement | null)?.checked === true);
    expectOfflineClean(watch);
    await page.close();
  });
});
