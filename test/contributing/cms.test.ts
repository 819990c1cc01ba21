/**
 * The editors' web form in Chromium, with Decap's local backend: decap-server (git mode, on
 * loopback) over a throwaway repository with the site's content. The form opens, lists the
 * entries, and a new entry saved through it lands on a draft branch (editorial workflow) as a
 * file that the validator accepts — so the generated field names really are the schema's.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadEntries} from '../../src/content/index';
import {formatProblem} from '../../src/content/problem';
import {launch, watch, type PageWatch} from '../support/browser';
import {BUILD_DIR, ensureBuilt, SITE_DIR} from '../support/built-site';
import {serve, type Served} from '../support/serve';
import {FIXTURES, removeSite, tempSite} from '../support/site';
import {contentRepo, siteWithLocalBackend, startDecapServer, type DecapServer} from './decap';

let repo: string;
let site: string;
let decap: DecapServer;
let server: Served;
let browser: Browser;
let page: Page;
let watched: PageWatch;
/** Requests the CMS makes that fail on purpose: asking for a draft that does not exist yet. */
const failed: {status: number; action?: string}[] = [];

beforeAll(async () => {
  ensureBuilt();
  repo = contentRepo(SITE_DIR);
  decap = await startDecapServer(repo);
  site = siteWithLocalBackend(BUILD_DIR, decap.url);
  server = await serve(site);
  browser = await launch();
  page = await browser.newPage({viewport: {width: 1280, height: 900}});
  watched = watch(page, [server.url, decap.url]);
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push({status: r.status(), action: (JSON.parse(r.request().postData() ?? '{}') as {action?: string}).action});
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await decap?.stop();
  for (const dir of [repo, site]) if (dir) removeSite(dir);
});

describe('Decap CMS at /admin/ with the local backend', () => {
  it('opens, logs in to the local backend and lists the collections by type', async () => {
    await page.goto(`${server.url}/admin/`);
    await page.getByRole('button', {name: 'Login'}).click();
    for (const label of ['Kontext', 'Koordination', 'Szenario', 'Praxis', 'Lektion']) {
      await expect.poll(() => page.getByRole('link', {name: label, exact: true}).count(), {timeout: 15_000}).toBe(1);
    }
    // The hidden collection behind "related" is not offered to editors.
    expect(await page.getByRole('link', {name: 'Alle Einträge'}).count()).toBe(0);
  });

  it('lists every praxis entry of the site, with title and city', async () => {
    await page.goto(`${server.url}/admin/#/collections/praxis`);
    const expected = loadEntries(SITE_DIR).entries.filter((e) => e.type === 'praxis').map((e) => `${e.title} (${e.city})`);
    expect(expected.length).toBeGreaterThan(5);
    await expect.poll(() => page.getByText(expected[0], {exact: true}).count(), {timeout: 15_000}).toBe(1);
    for (const t of expected) expect(await page.getByText(t, {exact: true}).count(), t).toBe(1);
  });

  it('opens an entry with its related entries resolved to titles of every type', async () => {
    await page.goto(`${server.url}/admin/#/collections/praxis/entries/clearingstelle-gesundheit`);
    await expect.poll(() => page.getByText('Szenario 2: Fonds und zentrale Clearingstelle', {exact: false}).count(), {timeout: 15_000}).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Lebenslagen Neuzugewanderter', {exact: false}).count()).toBeGreaterThan(0);
  });

  it('saves a new entry as a draft branch, as a file the validator accepts', async () => {
    await page.goto(`${server.url}/admin/#/collections/praxis/new`);
    await page.getByLabel('Kennung (Dateiname)').fill('sprachcafe-herten');
    await page.getByLabel('Titel', {exact: true}).fill('Sprachcafé für Eltern in Herten');
    await page.getByLabel('Kurzbeschreibung').fill('Ehrenamtliche laden neu zugewanderte Eltern einmal pro Woche zu Gespräch und ersten Deutschübungen ein.');
    await page.getByLabel('Kommune').fill('Herten');
    const choose = async (label: string, option: string) => {
      await page.getByLabel(label, {exact: true}).click();
      await page.keyboard.type(option);
      await page.keyboard.press('Enter');
    };
    await choose('Handlungsfelder', 'Sprache');
    await choose('Handlungsfelder', 'Teilhabe');
    await choose('Status', 'Laufend');
    await choose('Belegstärke', 'Beschrieben');
    for (const [button, label, texts] of [
      [/Satz hinzufügen/i, 'Satz', ['Ehrenamtliche laden zugewanderte Eltern wöchentlich zum Gespräch ein.', 'Die Eltern üben dabei erste Sätze auf Deutsch.']],
      [/Frage hinzufügen/i, 'Frage', ['Wie erreichen wir neu zugewanderte Eltern?']],
    ] as const) {
      for (const [i, text] of texts.entries()) {
        await page.getByRole('button', {name: button}).click();
        await page.getByLabel(label, {exact: true}).nth(i).fill(text);
      }
    }
    await page.getByRole('button', {name: /Quelle hinzufügen/i}).click();
    await page.getByLabel(/Werk \(Schlüssel/).fill('certa-vernetzung');
    await page.getByRole('button', {name: 'Speichern'}).click();

    const branch = 'cms/praxis/sprachcafe-herten';
    const show = () => spawnSync('git', ['show', `${branch}:docs/praxis/sprachcafe-herten.md`], {cwd: repo, encoding: 'utf8'});
    await expect.poll(() => show().status, {timeout: 15_000}).toBe(0);
    const text = show().stdout;
    expect(text).toMatch(/^---\nid: sprachcafe-herten\ntype: praxis\ntitle: Sprachcafé für Eltern in Herten\n/);
    expect(text).toContain('fields:\n  - sprache\n  - teilhabe\n');
    expect(text).toContain('questions:\n  - Wie erreichen wir neu zugewanderte Eltern?\n');

    const dir = tempSite(path.join(FIXTURES, 'site'));
    try {
      fs.writeFileSync(path.join(dir, 'docs/praxis/sprachcafe-herten.md'), text);
      // The form dates the review "now"; validate as of tomorrow so the run may cross midnight.
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const result = loadEntries(dir, {today: tomorrow});
      expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
      expect(result.entries.find((e) => e.id === 'sprachcafe-herten')?.fields.map((f) => f.value)).toEqual(['sprache', 'teilhabe']);
    } finally {
      removeSite(dir);
    }
  });

  it('had no page errors, no requests off the machine, and no failed request but the draft look-ups', () => {
    expect(watched.pageErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    expect(failed.every((f) => f.status === 404 && f.action === 'unpublishedEntry'), JSON.stringify(failed)).toBe(true);
    expect(watched.consoleErrors.length).toBe(failed.length);
    for (const e of watched.consoleErrors) expect(e).toMatch(/^Failed to load resource: the server responded with a status of 404/);
  });
});
