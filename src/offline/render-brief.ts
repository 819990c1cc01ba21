/**
 * praxisatlas-tischvorlage.pdf: the /tischvorlage page of the built offline copy, printed by the
 * system Chromium on A4. More than BRIEF_MAX_PAGES pages is an error: the brief must fit before a
 * committee, so the build says which part to shorten instead of shipping a longer paper.
 */
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {launchChromium} from './chromium.ts';
import {BRIEF_MAX_PAGES} from './names.ts';
import {pdfPageTexts} from './pdftotext.ts';

export interface RenderBriefResult {
  pages: number;
  bytes: number;
  /** Text per page (pdftotext), for the caller's checks. */
  texts: string[];
}

export class BriefTooLongError extends Error {}

export async function renderBriefPdf(buildDir: string, outFile: string): Promise<RenderBriefResult> {
  const index = path.join(buildDir, 'index.html');
  if (!fs.existsSync(index)) throw new Error(`Keine Offline-Kopie in ${buildDir} (index.html fehlt).`);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({colorScheme: 'light'})).newPage();
    await page.goto(`${pathToFileURL(index).href}#/tischvorlage`, {waitUntil: 'load'});
    await page.waitForSelector('main article h1');
    await page.evaluate(() => document.fonts.ready.then(() => window.dispatchEvent(new Event('beforeprint'))));
    const pdf = await page.pdf({format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true});
    const texts = pdfPageTexts(pdf);
    if (!texts) throw new Error('pdftotext fehlt: die Seitenzahl der Tischvorlage lässt sich nicht prüfen (scripts/ensure-system-deps.sh installiert poppler-utils).');
    if (texts.length > BRIEF_MAX_PAGES) {
      throw new BriefTooLongError(`Die Tischvorlage hat ${texts.length} Seiten, erlaubt sind ${BRIEF_MAX_PAGES}. Kürzen Sie die ersten „key_points“ der Szenarien und Gelingensbedingungen, die „deliverable“-Texte der Schritte oder die „key_points“ von „empfehlungen-fuer-kommunen“.`);
    }
    fs.mkdirSync(path.dirname(outFile), {recursive: true});
    fs.writeFileSync(outFile, pdf);
    return {pages: texts.length, bytes: pdf.length, texts};
  } finally {
    await browser.close();
  }
}
