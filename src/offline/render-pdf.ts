/**
 * `npm run pdf`: the playbook PDF from the built offline copy, printed by the system Chromium.
 * The offline copy is the source because it opens from disk without a server and renders
 * everything (diagrams included) exactly as readers see it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {pathToFileURL} from 'node:url';
import type {Page} from 'playwright-core';
import type {Chapter} from './chapters.ts';
import {launchChromium} from './chromium.ts';
import {extractChapter} from './extract-chapter.ts';
import {pdfPageTexts} from './pdftotext.ts';
import {printDocumentHtml, type RenderedChapter} from './print-document.ts';
import {chapterStartPages} from './toc-pages.ts';

export interface RenderPdfOptions {
  /** The built offline copy (contains index.html). */
  buildDir: string;
  chapters: readonly Chapter[];
  outFile: string;
  date: string;
  webAddress: string;
  log?: (line: string) => void;
}

export interface RenderPdfResult {
  pages: number;
  /** Rendered diagrams (Mermaid SVGs) in the document. */
  diagrams: number;
  /** Chapter id → first page, as printed in the table of contents (empty without pdftotext). */
  startPages: Map<string, number>;
  bytes: number;
}

/** Printings until the table of contents' page numbers agree with where the chapters start. */
const MAX_PRINTINGS = 4;

export async function renderPlaybookPdf(o: RenderPdfOptions): Promise<RenderPdfResult> {
  const log = o.log ?? (() => {});
  const index = path.join(o.buildDir, 'index.html');
  if (!fs.existsSync(index)) throw new Error(`Keine Offline-Kopie in ${o.buildDir} (index.html fehlt).`);
  const indexUrl = pathToFileURL(index).href;
  const chapterByRoute = new Map(o.chapters.map((c) => [c.url, c.id]));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-pdf-'));
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({colorScheme: 'light', viewport: {width: 1000, height: 1400}});
    const page = await context.newPage();
    const t0 = performance.now();
    const rendered: RenderedChapter[] = [];
    for (const chapter of o.chapters) {
      rendered.push({chapter, html: await extractChapter(page, indexUrl, chapter, {webAddress: o.webAddress, chapterByRoute})});
    }
    const diagrams = rendered.reduce((n, r) => n + countDiagrams(r.html), 0);
    log(`${rendered.length} Kapitel mit ${diagrams} Diagrammen gelesen in ${seconds(t0)}`);
    const stylesheets = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).map((l) => l.href));

    const htmlFile = path.join(work, 'playbook.html');
    const pdfFile = path.join(work, 'playbook.pdf');
    let pages: Map<string, number> | undefined;
    for (let printing = 1; printing <= MAX_PRINTINGS; printing++) {
      fs.writeFileSync(htmlFile, printDocumentHtml({chapters: rendered, stylesheets, date: o.date, webAddress: o.webAddress, pages}));
      await page.goto(pathToFileURL(htmlFile).href, {waitUntil: 'load'});
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const t1 = performance.now();
      fs.writeFileSync(pdfFile, await printPdf(page));
      log(`Druck ${printing} in ${seconds(t1)}`);
      const texts = pdfPageTexts(pdfFile);
      if (!texts) {
        log('pdftotext fehlt: Inhaltsverzeichnis ohne Seitenzahlen');
        break;
      }
      const starts = chapterStartPages(texts, o.chapters.map((c) => c.kicker));
      const found = new Map(o.chapters.flatMap((c, i) => (starts[i] ? [[c.id, starts[i]] as const] : [])));
      if (found.size < o.chapters.length) log(`Warnung: ${o.chapters.length - found.size} Kapitelanfänge nicht gefunden`);
      if (pages && sameNumbers(pages, found)) break;
      pages = found;
      if (printing === MAX_PRINTINGS) log('Warnung: Seitenzahlen im Inhaltsverzeichnis haben sich nicht stabilisiert');
    }
    fs.mkdirSync(path.dirname(o.outFile), {recursive: true});
    fs.copyFileSync(pdfFile, o.outFile);
    const count = pdfPageTexts(o.outFile)?.length ?? 0;
    return {pages: count, diagrams, startPages: pages ?? new Map(), bytes: fs.statSync(o.outFile).size};
  } finally {
    await browser.close();
    fs.rmSync(work, {recursive: true, force: true});
  }
}

async function printPdf(page: Page): Promise<Buffer> {
  // Page size, margins, running header and page numbers come from the document's @page rules.
  return page.pdf({preferCSSPageSize: true, printBackground: true, outline: true, tagged: true});
}

function countDiagrams(html: string): number {
  return html.match(/class="docusaurus-mermaid-container[^"]*"><svg/g)?.length ?? 0;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function sameNumbers(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}
