/**
 * The offline copy as a reader gets it: the zip unpacked to a temp folder, index.html opened from
 * disk (file://) in Chromium. Every test fails on a console error, a page error or any request
 * that is not file:// (the laptop has no network).
 * Features other engineers own (catalog filters, search, facet pages, figures, self-check) are
 * tested in features.test.ts, so a failure there names its feature.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Entry} from '../../src/content/normalize';
import {countDiagrams} from '../../src/offline/diagrams';
import {useOfflineCopyInBrowser, expectOfflineClean} from '../support/offline-browser';
import {goOffline} from '../support/offline-site';
import {TODAY} from '../support/site';

const offline = useOfflineCopyInBrowser();
const open = offline.open;

const byType = (type: string) => offline.entries.filter((e) => e.type === type).sort((a, b) => a.id.localeCompare(b.id));
const diagramsIn = (e: Entry) => countDiagrams(fs.readFileSync(path.join(offline.build.siteDir, e.path), 'utf8'));
const liesmich = () => fs.readFileSync(path.join(offline.copy.root, 'LIESMICH.txt'), 'utf8');

describe('the zip', () => {
  it('holds one folder named with the date: the site, LIESMICH.txt and the PDF', () => {
    expect(path.basename(offline.copy.root)).toBe(`praxisatlas-offline-${TODAY}`);
    expect(fs.readdirSync(path.dirname(offline.copy.root))).toHaveLength(1);
    for (const f of ['index.html', 'LIESMICH.txt', 'praxisatlas-playbook.pdf', 'praxisatlas-tischvorlage.pdf', 'assets']) expect(fs.existsSync(path.join(offline.copy.root, f)), f).toBe(true);
    expect(fs.readFileSync(path.join(offline.copy.root, 'praxisatlas-playbook.pdf')).equals(fs.readFileSync(offline.build.pdf))).toBe(true);
    const zipBytes = fs.statSync(offline.build.zip).size;
    console.log(`[offline] zip ${(zipBytes / 1024 / 1024).toFixed(2)} MB${offline.build.seconds ? `, build:offline ${offline.build.seconds.toFixed(1)} s` : ''}`);
  });

  it('tells in German how to open it, its date and where the current version lives', () => {
    const text = liesmich();
    expect(text).toContain('Stand: 7. Dezember 2026');
    expect(text).toContain('„index.html“ mit einem Doppelklick');
    expect(text).toMatch(/Die aktuelle Fassung finden\r\nSie im Web unter\r\n\r\n {3}https:\/\/\S+\/\r\n/);
  });
});

describe('the offline copy, opened from disk', () => {
  it('opens on the home page with the dated banner linking the web version', async () => {
    const {page, watch} = await open('/');
    const webAddress = /Sie im Web unter\r\n\r\n {3}(\S+)/.exec(liesmich())![1];
    const banner = page.getByText('Offline-Kopie vom 7. Dezember 2026 – aktuelle Fassung:');
    await expect(banner.isVisible()).resolves.toBe(true);
    expect(await banner.getByRole('link').getAttribute('href')).toBe(webAddress);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de-DE');
    expect(await page.locator('h1').first().textContent()).toBe('Praxisatlas Neuzuwanderung');
    // Images (the logo) load from the copy.
    expect(await page.evaluate(() => Array.from(document.images).map((i) => i.complete && i.naturalWidth > 0))).not.toContain(false);
    // The footer links the PDF next to index.html.
    expect(await page.locator('footer a[href="./praxisatlas-playbook.pdf"]').count()).toBe(1);
    expectOfflineClean(watch);
    await page.close();
  });

  it('shows an entry of each type with title, metadata box and sources', async () => {
    const picked = ['kontext', 'koordination', 'szenario', 'praxis', 'lektion'].map((t) => byType(t)[0]);
    const {page, watch} = await open(picked[0].url);
    for (const e of picked) {
      await goOffline(page, e.url);
      expect(await page.locator('article h1').textContent(), e.url).toBe(e.title);
      expect(await page.title()).toContain(e.title);
      await expect(page.getByRole('complementary', {name: 'Steckbrief'}).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('heading', {name: 'Quellenverzeichnis'}).isVisible()).resolves.toBe(true);
    }
    expectOfflineClean(watch);
    await page.close();
  });

  it('follows a deep link with an anchor to its heading', async () => {
    const entry = byType('szenario')[0];
    const first = await open(entry.url);
    // A slow first render must not pass for a broken one: on a timeout, say what the page showed.
    await first.page
      .locator('article h2[id]')
      .first()
      .waitFor({timeout: 45_000})
      .catch(async (e) => {
        const shown = (await first.page.evaluate(() => document.body.innerText)).slice(0, 300);
        throw new Error(`${entry.url} zeigte keinen Abschnitt: ${JSON.stringify({shown, errors: first.watch.pageErrors, console: first.watch.consoleErrors, foreign: first.watch.foreignRequests})}`, {cause: e});
      });
    const ids = await first.page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expectOfflineClean(first.watch);
    await first.page.close();
    expect(ids.length).toBeGreaterThan(2);
    // From the middle of the page: the last heading may sit too low to scroll to the top.
    const target = ids[Math.floor(ids.length / 2)];

    const {page, watch} = await open(`${entry.url}#${target}`);
    await page.waitForFunction(() => window.scrollY > 0, undefined, {timeout: 45_000}).catch(async (e) => {
      const state = await page.evaluate((id) => ({scrollY: window.scrollY, height: document.body.scrollHeight, heading: document.getElementById(id)?.getBoundingClientRect().top ?? null}), target);
      throw new Error(`${entry.url}#${target} öffnete nicht am Abschnitt: ${JSON.stringify({...state, errors: watch.pageErrors, console: watch.consoleErrors})}`, {cause: e});
    });
    const top = await page.locator(`[id="${target}"]`).evaluate((h) => h.getBoundingClientRect().top);
    // Right below the fixed navbar (Infima's scroll margin).
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    expectOfflineClean(watch);
    await page.close();
    // Two fresh loads of the copy from disk: on a busy machine each can take several seconds.
  }, 120_000);

  it('jumps to a heading from the table of contents, keeping the page in the address', async () => {
    const entry = byType('koordination')[0];
    const {page, watch} = await open(entry.url);
    const link = page.locator('.table-of-contents a').nth(1);
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^#${entry.url}#.+`));
    await link.click();
    const id = decodeURIComponent(href.split('#')[2]);
    await page.waitForFunction((id) => {
      const top = document.getElementById(id)?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < 300;
    }, id);
    expect(decodeURIComponent(await page.evaluate(() => window.location.hash))).toBe(decodeURIComponent(href));
    expect(await page.locator('article h1').textContent()).toBe(entry.title);
    expectOfflineClean(watch);
    await page.close();
  });

  it('navigates through the sidebar', async () => {
    const steps = byType('koordination').sort((a, b) => a.step! - b.step!);
    const {page, watch} = await open(steps[0].url);
    await page.locator(`.theme-doc-sidebar-menu a[href="#${steps[2].url}"]`).click();
    await page.waitForFunction((t) => document.querySelector('article h1')?.textContent === t, steps[2].title);
    expect(await page.evaluate(() => window.location.hash)).toBe(`#${steps[2].url}`);
    expectOfflineClean(watch);
    await page.close();
  });

  it('renders every diagram, without a CDN', async () => {
    const withDiagrams = offline.entries.filter((e) => diagramsIn(e) > 0);
    expect(withDiagrams.length).toBeGreaterThan(0);
    const {page, watch} = await open('/');
    for (const e of withDiagrams) {
      await goOffline(page, e.url);
      // Diagrams draw after the text; a slow machine may need a moment more than "settled".
      await page.waitForFunction((n) => document.querySelectorAll('.docusaurus-mermaid-container svg').length >= n, diagramsIn(e), {timeout: 10_000}).catch(() => undefined);
      expect(await page.locator('.docusaurus-mermaid-container svg').count(), e.url).toBe(diagramsIn(e));
    }
    expectOfflineClean(watch);
    await page.close();
  }, 60_000);

  it('shows the blog', async () => {
    const {page, watch} = await open('/blog');
    expect(await page.title()).toContain('Neuigkeiten aus dem Praxisatlas');
    const posts = page.locator('main article header h2 a');
    if ((await posts.count()) > 0) {
      const title = (await posts.first().textContent())!;
      await posts.first().click();
      await page.waitForFunction((t) => document.querySelector('main article h1')?.textContent === t, title);
    }
    expectOfflineClean(watch);
    await page.close();
  });

  it('reaches every page through its links: each renders, none is "not found", every entry among them', async () => {
    const {page, watch} = await open('/');
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    const problems: string[] = [];
    while (queue.length > 0 && seen.size < 400) {
      const route = queue.shift()!;
      if (route !== '/') await goOffline(page, route);
      const state = await page.evaluate(() => ({
        hasMain: document.querySelector('main') !== null,
        notFound: /Seite nicht gefunden/.test(document.querySelector('main h1')?.textContent ?? ''),
        brokenImages: Array.from(document.images).filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src),
        links: Array.from(document.querySelectorAll('a[href^="#/"]')).map((a) => a.getAttribute('href')!),
      }));
      if (!state.hasMain || state.notFound) problems.push(`${route}: keine Seite`);
      for (const src of state.brokenImages) problems.push(`${route}: Bild lädt nicht: ${src}`);
      for (const href of state.links) {
        const next = href.slice(1).split(/[?#]/)[0] || '/';
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(offline.entries.map((e) => e.url).filter((u) => !seen.has(u))).toEqual([]);
    console.log(`[offline] ${seen.size} pages visited`);
    expectOfflineClean(watch);
    await page.close();
  }, 240_000);

  it('prints without navigation, with the metadata box and the links’ web addresses', async () => {
    const entry = byType('szenario')[0];
    const {page, watch} = await open(entry.url);
    // The hash router renders the entry after its chunks load; a loaded laptop (CI) may not be there yet.
    await page.locator('article h1').filter({hasText: entry.title}).waitFor();
    await page.locator('aside[aria-label="Steckbrief"]').waitFor({state: 'attached'});
    await page.emulateMedia({media: 'print'});
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const shown = await page.evaluate(() => {
      const display = (sel: string) => {
        const el = document.querySelector(sel);
        return el ? getComputedStyle(el).display : 'missing';
      };
      const link = document.querySelector('.markdown p a[data-print-href]');
      return {
        navbar: display('.navbar'),
        sidebar: display('.theme-doc-sidebar-container'),
        toc: display('.theme-doc-toc-desktop'),
        box: display('aside[aria-label="Steckbrief"]'),
        bodyFont: getComputedStyle(document.body).fontFamily,
        printHref: link?.getAttribute('data-print-href') ?? '',
        after: link ? getComputedStyle(link, '::after').content : '',
      };
    });
    expect(shown).toMatchObject({navbar: 'none', sidebar: 'none'});
    // The table of contents is hidden by print.css, or not rendered at all (Docusaurus renders it
    // only after it knows the window is wide): either way it is not on paper.
    expect(['none', 'missing']).toContain(shown.toc);
    expect(shown.box).not.toMatch(/none|missing/);
    expect(shown.bodyFont).toMatch(/Serif|Georgia/);
    expect(shown.printHref).toMatch(/^https:\/\/.+\/\w/);
    expect(shown.after).toContain(shown.printHref);
    expectOfflineClean(watch);
    await page.close();
  });
});
