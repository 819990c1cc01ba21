/**
 * The web build next to the offline switch: still static HTML per page with sitemap and feeds,
 * no offline banner, and download links for zip and PDF that the broken-link checker leaves
 * alone (the files join build/ only through `npm run build:offline -- --copy-to build`).
 */
import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {BUILD_DIR, ensureBuilt} from '../support/built-site';

beforeAll(() => {
  // Same reason as in offline-site.ts: the shared rspack cache can hang a build.
  process.env.DOCUSAURUS_NO_PERSISTENT_CACHE ??= '1';
  ensureBuilt();
}, 300_000);

const read = (file: string) => fs.readFileSync(path.join(BUILD_DIR, file), 'utf8');

describe('npm run build with the offline switch off', () => {
  it('keeps static pages and the sitemap, and shows no offline banner', () => {
    expect(fs.existsSync(path.join(BUILD_DIR, 'koordination/fachgruppen.html'))).toBe(true);
    expect(fs.existsSync(path.join(BUILD_DIR, 'sitemap.xml'))).toBe(true);
    expect(read('index.html')).not.toContain('Offline-Kopie vom');
  });

  it('links the PDF and the zip in the footer of every page, below the base URL', () => {
    for (const page of ['index.html', 'koordination/fachgruppen.html']) {
      const html = read(page);
      // The built HTML is minified: attribute quotes may go.
      expect(html).toMatch(/<a class="?footer__link-item"? href="?\/praxisatlas-playbook\.pdf"?>Playbook als PDF<\/a>/);
      expect(html).toMatch(/<a class="?footer__link-item"? href="?\/praxisatlas-offline\.zip"?>Offline-Kopie \(ZIP\)<\/a>/);
    }
  });

  it('ships the print stylesheet', () => {
    const css = fs.readdirSync(path.join(BUILD_DIR, 'assets/css')).map((f) => read(`assets/css/${f}`)).join('\n');
    expect(css).toMatch(/@media print\{[^]*data-print-href/);
  });
});
