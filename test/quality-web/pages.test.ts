/**
 * Every kind of page loads without errors and has no WCAG 2.0/2.1 A or AA violation that axe can
 * find, in the light and in the dark colour scheme (BITV 2.0). Violations are fixed at their
 * source; no rule is switched off and no element excluded.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';

import {describe, expect, it} from 'vitest';
import {useBuiltSiteInBrowser} from '../support/built-browser';
import {BUILD_DIR, SITE_DIR} from '../support/built-site';
import {newestBlogPost, PAGES} from './pages';
import {expectClean, openPage, type Scheme} from './support';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const site = useBuiltSiteInBrowser();

async function check(url: string, scheme: Scheme): Promise<void> {
  const {page, watch, response, close} = await openPage(site.browser, site.server.url, url, scheme);
  try {
    expect(response?.status(), `${url}: HTTP status`).toBe(200);
    // The scheme must really be applied, or the dark run would test the light theme twice.
    expect(await page.getAttribute('html', 'data-theme')).toBe(scheme);
    const result = await new AxeBuilder({page}).withTags(WCAG_AA).analyze();
    expectClean(watch, url);
    expect(result.violations.map((v) => `${url} (${scheme}) ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  } finally {
    await close();
  }
}

describe.each(['light', 'dark'] as const)('%s colour scheme', (scheme) => {
  it.each(PAGES)(`%s loads cleanly and passes axe (WCAG 2.1 AA)`, (url) => check(url, scheme), 60_000);

  it('the newest blog post, if there is one, loads cleanly and passes axe', async () => {
    const post = newestBlogPost(BUILD_DIR);
    const written = fs.readdirSync(path.join(SITE_DIR, 'blog'), {recursive: true, encoding: 'utf8'}).filter((f) => /\.mdx?$/.test(f));
    // Posts are optional; but if any are written, the list must link one, and it must pass.
    expect(post !== undefined, 'blog list links a post').toBe(written.length > 0);
    if (post) await check(post, scheme);
  }, 60_000);
});
