/**
 * The pages the quality gates look at: one of every kind the site has (the contract's page list
 * plus one entry of each type), so a broken component shows up wherever it is used.
 */
import fs from 'node:fs';
import path from 'node:path';
import {SITE_DIR} from '../support/built-site';

export const PAGES = [
  '/',
  '/katalog',
  '/suche?q=Wohnungsmarkt',
  // A glossary term: the answer card above the results.
  '/suche?q=Anlaufstelle',
  '/praxis/clearingstelle-gesundheit',
  '/szenarien/szenario-qualifizierung',
  '/koordination/netzwerk-neuzuwanderung',
  // Has a Mermaid diagram, drawn in the browser after the text.
  '/koordination/steuerungsstruktur',
  '/lektionen/offene-fragen',
  '/kontext/eu2-zuwanderung-dortmund',
  '/handlungsfelder/gesundheit',
  '/akteure/freie-traeger',
  '/blog',
  '/glossar',
  '/selbstcheck',
  '/zahlen',
  '/felder',
  '/pruefung-faellig',
  '/beitragen',
  // A long form: every control labelled, messages tied to fields.
  '/beitragen/eintrag',
  '/lizenz',
  '/barrierefreiheit',
  '/evidenz',
  '/tischvorlage',
];

/** The newest blog post's path, if the built blog has one: posts come and go, the list page stays. */
export function newestBlogPost(buildDir: string): string | undefined {
  return /<h2[^>]*>\s*<a[^>]*href="?(\/blog\/[^"\s>]+)/.exec(fs.readFileSync(path.join(buildDir, 'blog.html'), 'utf8'))?.[1];
}

/** How many Mermaid diagrams a page draws: counted in the entry's Markdown, 0 for other pages. */
export function diagramsOn(url: string): number {
  const file = path.join(SITE_DIR, 'docs', `${url.split(/[?#]/)[0]}.md`);
  return fs.existsSync(file) ? (fs.readFileSync(file, 'utf8').match(/^```mermaid\s*$/gm) ?? []).length : 0;
}
