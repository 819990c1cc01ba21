/**
 * The catalog, a facet page, cross-links, the charts and the self-check, driven in Chromium on
 * the built site the way a reader would, checked against the entries' frontmatter.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type {Page} from 'playwright-core';
import {afterEach, describe, expect, it} from 'vitest';
import {actors, fields, levels} from '../../src/content/vocabularies';
import {watch, type PageWatch} from '../support/browser';
import {useBuiltSiteInBrowser} from '../support/built-browser';
import {BUILD_DIR} from '../support/built-site';
import {realFrontmatter} from './support';

let page: Page;
let watched: PageWatch;

const frontmatter = realFrontmatter();
const has = (v: unknown, x: string) => (Array.isArray(v) ? v.includes(x) : v === x);
const idsWhere = (pick: (d: Record<string, unknown>) => boolean) => frontmatter.filter(pick).map((d) => d.id as string).sort();

const site = useBuiltSiteInBrowser();

async function open(url: string): Promise<void> {
  // A context per page (axe needs one), so localStorage starts empty in every test.
  page = await (await site.browser.newContext()).newPage();
  watched = watch(page, [site.server.url]);
  await page.goto(site.server.url + url, {waitUntil: 'networkidle'});
}

afterEach(async () => {
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
  await page.context().close();
});

const cardIds = async () => (await page.locator('[data-entry-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entry-id')!))).sort();
const search = () => new URL(page.url()).search;
const facet = (param: string, label: string) => page.locator(`fieldset[data-facet="${param}"] label`).filter({hasText: label}).locator('input');

describe('/katalog', () => {
  it('shows exactly the entries matching a linked filter', async () => {
    const expected = idsWhere((d) => has(d.fields, 'gesundheit') && d.status === 'laufend');
    expect(expected.length).toBeGreaterThan(0);
    await open('/katalog?feld=gesundheit&status=laufend');
    await expect.poll(() => page.locator('#katalog-anzahl').textContent()).toBe(`${expected.length} ${expected.length === 1 ? 'Eintrag' : 'Einträge'} gefunden`);
    expect(await cardIds()).toEqual(expected);
    expect(await facet('feld', 'Gesundheit').isChecked()).toBe(true);
    expect(await facet('status', 'Laufend').isChecked()).toBe(true);
    expect(await page.locator('#katalog-anzahl').getAttribute('aria-live')).toBe('polite');
  });

  it('writes clicked facets into the URL, survives a reload, goes back, and resets', async () => {
    await open('/katalog');
    await expect.poll(cardIds).toHaveLength(frontmatter.length);
    await facet('feld', 'Wohnen').check();
    await expect.poll(search).toBe('?feld=wohnen');
    expect(await cardIds()).toEqual(idsWhere((d) => has(d.fields, 'wohnen')));

    await facet('typ', 'Praxis').check();
    await expect.poll(search).toBe('?typ=praxis&feld=wohnen');
    const both = idsWhere((d) => has(d.fields, 'wohnen') && d.type === 'praxis');
    expect(await cardIds()).toEqual(both);
    // The count beside „Szenario“ is what ticking it would add, under the field filter.
    const scenarios = idsWhere((d) => has(d.fields, 'wohnen') && d.type === 'szenario').length;
    expect(await page.locator('fieldset[data-facet="typ"] label').filter({hasText: 'Szenario'}).textContent()).toContain(`(${scenarios})`);

    await page.reload({waitUntil: 'networkidle'});
    await expect.poll(cardIds).toEqual(both);
    expect(await facet('typ', 'Praxis').isChecked()).toBe(true);

    await page.goBack({waitUntil: 'networkidle'});
    await expect.poll(search).toBe('?feld=wohnen');
    await expect.poll(cardIds).toEqual(idsWhere((d) => has(d.fields, 'wohnen')));

    await page.getByRole('button', {name: 'Filter zurücksetzen'}).first().click();
    await expect.poll(search).toBe('');
    await expect.poll(cardIds).toHaveLength(frontmatter.length);
  });

  it('filters by text and period, and says so when nothing matches', async () => {
    await open('/katalog');
    await page.getByLabel('Stichwort').fill('Plovdiv Bulgarien');
    await expect.poll(search).toBe('?q=Plovdiv+Bulgarien');
    await expect.poll(cardIds).toContain('kooperation-plovdiv');
    await page.getByLabel('Stichwort').fill('');
    await page.getByLabel('von').fill('2018');
    await expect.poll(search).toBe('?von=2018');
    const expected = idsWhere((d) => (d.since !== undefined || d.until !== undefined) && ((d.until as number | undefined) ?? Infinity) >= 2018);
    await expect.poll(cardIds).toEqual(expected);
    await page.getByLabel('Stichwort').fill('gibtesnichtimatlas');
    await expect.poll(() => page.locator('#katalog-anzahl').textContent()).toBe('Keine Einträge für diese Filter');
  });

  it('sorts by the query string', async () => {
    await open('/katalog?typ=praxis&sort=pruefung');
    await expect.poll(cardIds).toHaveLength(idsWhere((d) => d.type === 'praxis').length);
    expect(await page.locator('#katalog-sortierung').inputValue()).toBe('pruefung');
  });
});

describe('facet pages and the metadata box', () => {
  it('has a page for every Handlungsfeld and actor of the vocabularies', () => {
    for (const v of Object.keys(fields)) expect(fs.existsSync(path.join(BUILD_DIR, `handlungsfelder/${v}.html`)), v).toBe(true);
    for (const v of Object.keys(actors)) expect(fs.existsSync(path.join(BUILD_DIR, `akteure/${v}.html`)), v).toBe(true);
  });

  it('shows the description and exactly the entries carrying the value', async () => {
    await open('/handlungsfelder/gesundheit');
    expect(await page.locator('h1').textContent()).toBe(fields.gesundheit.label);
    expect(await page.locator('main').textContent()).toContain(fields.gesundheit.description);
    expect(await cardIds()).toEqual(idsWhere((d) => has(d.fields, 'gesundheit')));
  });

  it('links every label of an entry to its facet page or the filtered catalog', async () => {
    await open('/praxis/clearingstelle-gesundheit');
    const box = page.locator('aside[aria-label="Steckbrief"]');
    const row = async (label: string) =>
      Object.fromEntries(await box.locator('dt', {hasText: new RegExp(`^${label}$`)}).locator('xpath=following-sibling::dd[1]//a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')])));
    const d = frontmatter.find((x) => x.id === 'clearingstelle-gesundheit')!;
    const expected = (values: unknown, vocab: Record<string, {label: string}>, href: (v: string) => string) => Object.fromEntries((values as string[]).map((v) => [vocab[v].label, href(v)]));
    expect(await row('Handlungsfelder')).toEqual(expected(d.fields, fields, (v) => `/handlungsfelder/${v}`));
    expect(await row('Akteure')).toEqual(expected(d.actors, actors, (v) => `/akteure/${v}`));
    expect(await row('Ebenen')).toEqual(expected(d.levels, levels, (v) => `/katalog?ebene=${v}`));
    expect(await row('Status')).toEqual({Laufend: '/katalog?status=laufend'});
    expect(await row('Finanzierung')).toEqual({Landesmittel: '/katalog?foerderung=landesmittel'});
    expect(await row('Ort')).toEqual({Dortmund: '/katalog?stadt=Dortmund'});
    expect(await row('Art')).toEqual({Praxis: '/katalog?typ=praxis'});
    await box.getByRole('link', {name: 'Laufend', exact: true}).click();
    await expect.poll(search).toBe('?status=laufend');
    await expect.poll(cardIds).toEqual(idsWhere((d) => d.status === 'laufend'));
  });
});

describe('cross-links', () => {
  it('shows backlinks and previous/next in step order on a playbook step', async () => {
    await open('/koordination/fachgruppen');
    const backlinks = page.locator('section[aria-labelledby="wird-erwaehnt-in"] a');
    const mentioning = frontmatter.filter((d) => has(d.related, 'fachgruppen')).map((d) => d.title as string);
    const texts = await backlinks.allTextContents();
    for (const t of mentioning) expect(texts).toContain(t);
    const nav = page.locator('nav[aria-labelledby="playbook-navigation"]');
    expect(await nav.locator('#playbook-navigation').textContent()).toBe('Schritt 6 von 9 des Koordinations-Playbooks');
    expect(await nav.locator('a[rel="prev"]').getAttribute('href')).toBe('/koordination/handlungsrahmen-erarbeiten');
    await nav.locator('a[rel="next"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/koordination/ueberoertliche-vernetzung');
  });

  it('puts the playbook sequence and the scenario grid on the home page, after the intro and the four doors', async () => {
    await open('/');
    expect(await page.locator('main > div > ul > li h2').allTextContents()).toEqual(['Koordinations-Playbook', 'Szenarien', 'Maßnahmen', 'Lektionen']);
    const steps = frontmatter.filter((d) => d.type === 'koordination').sort((a, b) => (a.step as number) - (b.step as number));
    const hrefs = await page.locator('section[aria-labelledby="playbook"] ol > li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(steps.map((d) => `/koordination/${d.id}`));
    expect(await page.locator('section[aria-labelledby="szenarien"] h3').count()).toBe(6);
    expect(await page.locator('section[aria-labelledby="szenarien"] a[href="/praxis/clearingstelle-gesundheit"]').count()).toBeGreaterThan(0);
  });
});

describe('/zahlen', () => {
  it('renders accessible SVG charts with the source’s numbers and a data table', async () => {
    const html = fs.readFileSync(path.join(BUILD_DIR, 'zahlen.html'), 'utf8');
    expect(html).toMatch(/<svg[^>]*role="?img"?/);
    await open('/zahlen');
    const chart = page.locator('[data-chart="eu2-dortmund"]');
    const svg = chart.locator('svg[role="img"]');
    expect(await svg.locator('title').textContent()).toBe('EU2-Bürgerinnen und -Bürger in Dortmund');
    expect(await svg.locator('desc').textContent()).toContain('Ende 2006: 573 Personen; Ende 2017: 8.515 Personen');
    expect(await chart.locator('td').evaluateAll((tds) => tds.map((t) => t.getAttribute('data-value')))).toEqual(['573', '8515']);
    const bars = await svg.locator('rect').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
    expect(bars[1] / bars[0]).toBeCloseTo(8515 / 573, 0);
    const germany = page.locator('[data-chart="eu2-deutschland"] td');
    expect(await germany.evaluateAll((tds) => tds.map((t) => t.getAttribute('data-value')))).toEqual(['131402', '933195']);
  });
});

describe('/selbstcheck', () => {
  it('keeps ticks across a reload, exports them as Markdown and resets', async () => {
    await open('/selbstcheck');
    const first = page.locator('input[type="checkbox"]').first();
    await expect.poll(() => first.isEnabled()).toBe(true);
    const total = await page.locator('input[type="checkbox"]').count();
    await page.getByLabel('Überörtlich aktiv werden').check();
    await page.getByLabel('Problemlagen erkennen und als Handlungsfeld annehmen').check();
    await expect.poll(() => page.locator('#selbstcheck-stand').textContent()).toBe(`2 von ${total} Punkten erfüllt`);

    await page.reload({waitUntil: 'networkidle'});
    await expect.poll(() => page.getByLabel('Überörtlich aktiv werden').isChecked()).toBe(true);
    expect(await page.getByLabel('Problemlagen erkennen und als Handlungsfeld annehmen').isChecked()).toBe(true);
    expect(await page.locator('#selbstcheck-stand').textContent()).toBe(`2 von ${total} Punkten erfüllt`);

    await page.getByText('Als Markdown-Liste exportieren').click();
    const md = await page.locator('#selbstcheck-markdown').inputValue();
    expect(md).toContain(`- [x] Überörtlich aktiv werden (${'https://'}`);
    expect(md).toMatch(/- \[ \] Fachlichen Austausch über Träger- und Fachgrenzen organisieren \(https:\/\/[^)]+\/koordination\/fachlicher-austausch\)/);
    expect(await page.locator('section[aria-labelledby="weiterlesen"] li').count()).toBeGreaterThan(0);

    await page.getByRole('button', {name: 'Alle Häkchen entfernen'}).click();
    await expect.poll(() => page.locator('#selbstcheck-stand').textContent()).toBe(`0 von ${total} Punkten erfüllt`);
    await page.reload({waitUntil: 'networkidle'});
    await expect.poll(() => first.isEnabled()).toBe(true);
    expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(0);
  });
});

describe('accessibility', () => {
  it('has no WCAG 2.1 AA violations on the catalog, facet, figures and self-check pages (axe)', async () => {
    for (const [i, url] of ['/', '/katalog?feld=gesundheit&akteur=land', '/handlungsfelder/gesundheit', '/akteure', '/zahlen', '/selbstcheck'].entries()) {
      if (i > 0) {
        expect(watched.consoleErrors).toEqual([]);
        await page.context().close();
      }
      await open(url);
      await page.waitForTimeout(200);
      const result = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    // Six pages through axe take about 25 s on the 2-core machine, more under load: not a speed test.
  }, 120_000);
});
