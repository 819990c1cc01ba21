/**
 * The pages the quality gates look at: one of every kind the site has (the contract's page list
 * plus one entry of each type), so a broken component shows up wherever it is used.
 */
import fs from 'node:fs';
import path from 'node:path';
import {CHECKED_PAGES} from '../../src/quality/pages';
import {SITE_DIR} from '../support/built-site';

/** The list lives in src/quality/pages.ts: /barrierefreiheit names the same pages. */
export const PAGES = CHECKED_PAGES.map((p) => p.path);

/** The newest blog post's path, if the built blog has one: posts come and go, the list page stays. */
export function newestBlogPost(buildDir: string): string | undefined {
  return /<h2[^>]*>\s*<a[^>]*href="?(\/blog\/[^"\s>]+)/.exec(fs.readFileSync(path.join(buildDir, 'blog.html'), 'utf8'))?.[1];
}

/** How many Mermaid diagrams a page draws: counted in the entry's Markdown, 0 for other pages. */
export function diagramsOn(url: string): number {
  const file = path.join(SITE_DIR, 'docs', `${url.split(/[?#]/)[0]}.md`);
  return fs.existsSync(file) ? (fs.readFileSync(file, 'utf8').match(/^```mermaid\s*$/gm) ?? []).length : 0;
}
