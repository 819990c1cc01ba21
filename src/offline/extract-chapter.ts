/**
 * One chapter of the PDF, read from the built offline copy in Chromium: the page's <article> as
 * the reader sees it (metadata box, diagrams rendered, sources), with the screen-only parts
 * removed, links rewritten for a document (pdf-links.ts) and ids made unique across chapters.
 */
import type {Page} from 'playwright-core';
import type {Chapter} from './chapters.ts';
import {chapterElementId, pdfLink, type PdfLink, type PdfLinkContext} from './pdf-links.ts';
import {settled} from './settle.ts';

/** Parts of an entry page that only make sense on screen. */
const SCREEN_ONLY = '.theme-doc-breadcrumbs, .theme-doc-toc-mobile, .hash-link, .theme-doc-footer-edit-meta-row, .pagination-nav, button';

export async function extractChapter(page: Page, indexUrl: string, chapter: Chapter, ctx: Omit<PdfLinkContext, 'currentChapter'>): Promise<string> {
  // Inside the single-page app a chapter is a hash change: fast, and the same path a reader takes.
  const shown = () => page.waitForFunction((title) => document.querySelector('article h1')?.textContent?.trim() === title, chapter.title, {timeout: 30_000});
  await settled(page, async () => {
    await page.goto(`${indexUrl}#${chapter.url}`);
    // On a busy machine the first load of the copy (parsing main.js) can take long: one reload
    // before giving up, so a slow start does not fail the whole PDF.
    await shown()
      .catch(async () => {
        await page.reload();
        await shown();
      })
      .catch(() => {
        throw new Error(`Kapitel „${chapter.title}“ (${chapter.url}) wurde in der Offline-Kopie nicht angezeigt.`);
      });
  });
  await page
    .waitForFunction((n) => document.querySelectorAll('article .docusaurus-mermaid-container svg').length >= n, chapter.diagrams, {timeout: 20_000})
    .catch(() => {
      throw new Error(`Kapitel „${chapter.title}“ (${chapter.url}): nicht alle ${chapter.diagrams} Diagramme wurden gezeichnet.`);
    });

  const hrefs = await page.evaluate(() => [...new Set(Array.from(document.querySelectorAll('article a[href]')).map((a) => a.getAttribute('href') ?? ''))]);
  const links: Record<string, PdfLink> = Object.fromEntries(hrefs.map((h) => [h, pdfLink(h, {...ctx, currentChapter: chapter.id})]));

  return page.evaluate(
    ({links, prefix, screenOnly}) => {
      const article = document.querySelector('article')!.cloneNode(true) as HTMLElement;
      article.querySelectorAll(screenOnly).forEach((e) => e.remove());
      for (const a of Array.from(article.querySelectorAll('a[href]'))) {
        const link = links[a.getAttribute('href') ?? ''];
        if (!link) continue;
        a.setAttribute('href', link.href);
        a.removeAttribute('target');
        if (link.printed && a.textContent?.trim() !== link.printed) a.setAttribute('data-print-href', link.printed);
      }
      // Ids repeat across entries (#ausgangslage); the diagrams' own ids are random and
      // referenced from inside their SVG, so those stay.
      for (const el of Array.from(article.querySelectorAll('[id], [aria-labelledby], [aria-describedby], label[for]'))) {
        if (el.closest('svg')) continue;
        if (el.id) el.id = prefix + el.id;
        for (const attr of ['aria-labelledby', 'aria-describedby', 'for']) {
          const v = el.getAttribute(attr);
          if (v) el.setAttribute(attr, v.split(/\s+/).map((id: string) => prefix + id).join(' '));
        }
      }
      // The print document lives elsewhere: images need absolute addresses.
      for (const img of Array.from(article.querySelectorAll('img'))) {
        img.setAttribute('src', img.src);
        img.removeAttribute('srcset');
        img.removeAttribute('loading');
      }
      return article.innerHTML;
    },
    {links, prefix: chapterElementId(chapter.id, ''), screenOnly: SCREEN_ONLY},
  );
}
