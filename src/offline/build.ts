/**
 * `npm run build:offline` and `npm run pdf`, the work behind the two thin CLIs in scripts/:
 * the hash-router build of the same source, the PDF printed from it, LIESMICH.txt, the zip.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {loadEntries} from '../content/index.ts';
import type {Entry} from '../content/normalize.ts';
import {playbookChapters} from './chapters.ts';
import {countDiagrams} from './diagrams.ts';
import {OFFLINE_DATE_ENV} from './date.ts';
import {liesmichFile} from './liesmich.ts';
import {BRIEF_PDF, OFFLINE_BUILD_DIR, OFFLINE_ENV, OFFLINE_ZIP, PLAYBOOK_PDF, README_NAME, zipRootFolder} from './names.ts';
import {renderBriefPdf} from './render-brief.ts';
import {renderPlaybookPdf, type RenderPdfResult} from './render-pdf.ts';
import {readTree, zipFiles, zipTime} from './zip.ts';

export interface OfflineContext {
  siteDir: string;
  /** `YYYY-MM-DD`: banner, LIESMICH.txt, PDF and zip folder. */
  date: string;
  webAddress: string;
  log: (line: string) => void;
}

/** The Docusaurus build with the hash router (see the offline switch in docusaurus.config.ts). */
export function buildOfflineSite(ctx: OfflineContext): string {
  const outDir = path.join(ctx.siteDir, OFFLINE_BUILD_DIR);
  const docusaurus = path.join(ctx.siteDir, 'node_modules/.bin/docusaurus');
  const r = spawnSync(docusaurus, ['build', '--out-dir', outDir], {
    cwd: ctx.siteDir,
    stdio: 'inherit',
    env: {...process.env, [OFFLINE_ENV]: '1', [OFFLINE_DATE_ENV]: ctx.date},
  });
  if (r.status !== 0) throw new Error(`Der Build der Offline-Kopie ist fehlgeschlagen (Exit-Code ${r.status ?? r.signal}).`);
  return outDir;
}

/** The playbook PDF, printed from a built offline copy. */
export async function buildPlaybookPdf(ctx: OfflineContext, buildDir: string, outFile: string): Promise<RenderPdfResult> {
  const {entries} = loadEntries(ctx.siteDir);
  const diagramsOf = (e: Entry) => countDiagrams(fs.readFileSync(path.join(ctx.siteDir, e.path), 'utf8'));
  return renderPlaybookPdf({buildDir, chapters: playbookChapters(entries, diagramsOf), outFile, date: ctx.date, webAddress: ctx.webAddress, log: ctx.log});
}

export interface OfflineCopy {
  buildDir: string;
  zip: string;
  pdf: string;
  zipBytes: number;
  buildBytes: number;
  pdfPages: number;
  brief: string;
  briefPages: number;
}

/** Build, print, describe, pack: everything `npm run build:offline` leaves at the project root. */
export async function buildOfflineCopy(ctx: OfflineContext): Promise<OfflineCopy> {
  const buildDir = buildOfflineSite(ctx);
  const pdf = path.join(ctx.siteDir, PLAYBOOK_PDF);
  const printed = await buildPlaybookPdf(ctx, buildDir, pdf);
  ctx.log(`PDF: ${printed.pages} Seiten, ${printed.diagrams} Diagramme, ${kb(printed.bytes)}`);
  const brief = path.join(ctx.siteDir, BRIEF_PDF);
  const printedBrief = await renderBriefPdf(buildDir, brief);
  ctx.log(`Tischvorlage: ${printedBrief.pages} Seiten, ${kb(printedBrief.bytes)}`);
  // The copy links both PDFs next to index.html (see site-options.ts).
  fs.copyFileSync(pdf, path.join(buildDir, PLAYBOOK_PDF));
  fs.copyFileSync(brief, path.join(buildDir, BRIEF_PDF));
  fs.writeFileSync(path.join(buildDir, README_NAME), liesmichFile({date: ctx.date, webAddress: ctx.webAddress, withPdf: true}));
  const files = readTree(buildDir, zipRootFolder(ctx.date));
  const zip = path.join(ctx.siteDir, OFFLINE_ZIP);
  const bytes = zipFiles(files, zipTime(ctx.date));
  fs.writeFileSync(zip, bytes);
  const buildBytes = files.reduce((n, f) => n + f.data.length, 0);
  ctx.log(`ZIP: ${files.length} Dateien, ${kb(buildBytes)} entpackt, ${kb(bytes.length)} gepackt`);
  return {buildDir, zip, pdf, zipBytes: bytes.length, buildBytes, pdfPages: printed.pages, brief, briefPages: printedBrief.pages};
}

/** Puts the zip and the PDF into a web build (for deployment next to the site). */
export function copyDownloads(siteDir: string, targetDir: string): string[] {
  if (!fs.existsSync(path.join(targetDir, 'index.html'))) throw new Error(`${targetDir} ist kein Website-Build (index.html fehlt). Erst „npm run build“ ausführen.`);
  return [OFFLINE_ZIP, PLAYBOOK_PDF, BRIEF_PDF].map((name) => {
    const to = path.join(targetDir, name);
    fs.copyFileSync(path.join(siteDir, name), to);
    return to;
  });
}

export function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.round(bytes / 1024)} KB`;
}
