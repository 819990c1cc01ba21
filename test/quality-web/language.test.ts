/**
 * WCAG 3.1.2 (language of parts): the page says lang="de-DE", so a screen reader speaks every
 * label in German. Docusaurus' German translation leaves some theme labels English ("Home page",
 * "Docs sidebar"); i18n/de/code.json supplies them. Checked in the built HTML of every page.
 */
import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, expect, it} from 'vitest';
import {BUILD_DIR, ensureBuilt} from '../support/built-site';
import {PAGES} from './pages';

/** The theme's English defaults (not words that German text could contain, such as „Main“ in a place name). */
const ENGLISH = /\b(home page|breadcrumbs|docs sidebar|navigation bar|toggle|collapse|expand|system mode|opens in new tab|word wrap|authors)\b|^Main$/i;
/** Heading links repeat the heading: entry text, not theme text. */
const HEADING_LINK = 'Direkter Link zur ';

beforeAll(() => {
  ensureBuilt();
}, 300_000);

it.each(PAGES)('%s: labels for assistive technology are German', (url) => {
  const route = url.split('?')[0];
  const file = path.join(BUILD_DIR, route === '/' ? 'index.html' : `${route}.html`);
  const html = fs.readFileSync(file, 'utf8');
  expect(html).toMatch(/<html[^>]* lang="?de-DE/);
  const labels = [...html.matchAll(/\b(?:aria-label|title)=(?:"([^"]*)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]);
  expect(labels.length).toBeGreaterThan(0);
  expect(labels.filter((l) => !l.startsWith(HEADING_LINK) && ENGLISH.test(l))).toEqual([]);
});
