/**
 * The pages for contributors and maintainers in the real build: /felder (generated from the
 * schema, linking the JSON Schema), /pruefung-faellig and /beitragen (the ways to contribute,
 * linked from the footer). Checked as HTML, then in Chromium with axe (/beitragen with the other
 * pages in test/quality-web).
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fieldReference} from '../../src/content/generators/field-reference';
import {entryJsonSchema} from '../../src/content/json-schema';
import {loadEntries, today} from '../../src/content/index';
import {reviewPageData} from '../../src/plugins/review-data';
import {launch, watch} from '../support/browser';
import {BUILD_DIR, ensureBuilt, SITE_DIR} from '../support/built-site';
import {serve, type Served} from '../support/serve';

const page = (url: string) => fs.readFileSync(path.join(BUILD_DIR, `${url}.html`), 'utf8');
/** Visible text, so minified markup and React's comment nodes do not matter. */
const text = (html: string) => html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/\s+/g, ' ');

beforeAll(() => {
  ensureBuilt();
}, 300_000);

describe('/felder', () => {
  it('shows every field and every vocabulary value with its label, as generated from the schema', () => {
    const html = page('/felder');
    // Whitespace-free: backticks in descriptions become <code> elements.
    const visible = text(html).replace(/\s/g, '');
    const squeeze = (s: string) => s.replace(/[`\s]/g, '');
    const reference = fieldReference();
    expect(visible).toContain('FelderundWerte');
    for (const f of reference.fields) {
      expect(html).toMatch(new RegExp(`<h3[^>]*id="?feld-${f.name.replace(/_/g, '-')}"?[^>]*><code>${f.name}</code>`));
      expect(visible, f.name).toContain(squeeze(f.description));
    }
    for (const v of reference.vocabularies) {
      for (const value of v.values) expect(visible, value.value).toContain(squeeze(`${value.value}${value.label}${value.description}`));
    }
  });

  it('links the JSON Schema, which the build contains', () => {
    expect(page('/felder')).toMatch(/href="?\/schema\/entry\.schema\.json"?/);
    expect(fs.readFileSync(path.join(BUILD_DIR, 'schema/entry.schema.json'), 'utf8')).toBe(entryJsonSchema());
  });
});

describe('/pruefung-faellig', () => {
  it('lists exactly the entries whose review is overdue, or says that none is', () => {
    const visible = text(page('/pruefung-faellig'));
    const data = reviewPageData(loadEntries(SITE_DIR).entries, today());
    expect(visible).toContain('Prüfung fällig');
    if (data.due.length === 0) expect(visible).toContain(`Zurzeit ist keine Prüfung fällig: alle ${data.total} Einträge wurden in den letzten 2 Jahren geprüft.`);
    for (const e of data.due) expect(visible).toContain(e.title);
  });
});

describe('/beitragen', () => {
  it('names the three ways in, the assistant first, and links the assistant, the issue form and the guide', () => {
    const html = page('/beitragen');
    const visible = text(html);
    const ways = ['Eintrags-Assistent', 'Formular auf GitHub', 'Direkt im Repository'].map((w) => visible.indexOf(w));
    expect(ways.every((i) => i >= 0), visible).toBe(true);
    expect(ways).toEqual([...ways].sort((a, b) => a - b));
    expect(html).toMatch(/href="?\/beitragen\/eintrag"?/);
    expect(html).toContain('/issues/new/choose');
    expect(html).toContain('CONTRIBUTING.md');
  });

  it('is linked from the footer of every page', () => {
    for (const url of ['/index', '/felder', '/katalog']) expect(page(url)).toMatch(/<a[^>]*href="?\/beitragen"?[^>]*>Mitmachen</);
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let server: Served;
  beforeAll(async () => {
    server = await serve(BUILD_DIR);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['/felder', '/pruefung-faellig'])('%s has headings in order, no console errors and no axe violations (WCAG 2.1 AA)', async (url) => {
    // axe needs a page from an explicit context.
    const context = await browser.newContext();
    const p = await context.newPage();
    const w = watch(p, [server.url]);
    await p.goto(server.url + url, {waitUntil: 'networkidle'});
    const levels = await p.locator('main h1, main h2, main h3, main h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1], `heading ${i}`).toBeLessThanOrEqual(1));
    const axe = await new AxeBuilder({page: p}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    expect(w).toEqual({consoleErrors: [], pageErrors: [], foreignRequests: []});
    await context.close();
  });

  it('/felder: a field links to its vocabulary section', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.url}/felder`);
    await p.locator('#feld-fields').locator('xpath=..').getByRole('link', {name: /Handlungsfelder/}).click();
    await expect.poll(() => p.evaluate(() => location.hash)).toBe('#werte-fields');
    await p.close();
  });
});
