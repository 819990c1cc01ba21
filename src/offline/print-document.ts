/**
 * The one HTML document the playbook PDF is printed from: title page, table of contents, then
 * every chapter as the site renders it. Pure: the chapters' HTML comes from the built site.
 */
import {chapterAnchor, PARTS, type Chapter} from './chapters.ts';
import {germanDate} from './date.ts';
import {escapeHtml} from './site-options.ts';

export interface RenderedChapter {
  chapter: Chapter;
  /** The chapter's article, links and ids already rewritten for the document. */
  html: string;
}

export interface PrintDocumentInput {
  chapters: readonly RenderedChapter[];
  /** The site's stylesheets (absolute URLs), so entries look as on the site, print rules included. */
  stylesheets: readonly string[];
  date: string;
  webAddress: string;
  /** Chapter id → page number, known after a first printing (see toc-pages.ts). */
  pages?: ReadonlyMap<string, number>;
}

export const PDF_TITLE = 'Praxisatlas Neuzuwanderung';
export const PDF_SUBTITLE = 'Koordinations-Playbook, Szenarien und Lektionen';

/**
 * Running header and "Seite X von Y" as CSS page-margin boxes (Chromium 131+), not Chromium's
 * header/footer templates: only CSS can leave the title page without them.
 */
function documentCss(date: string): string {
  const running = `font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; color: #333;`;
  return `
@page {
  size: A4;
  margin: 20mm 18mm 20mm 18mm;
  @top-left { content: "${PDF_TITLE} · ${PDF_SUBTITLE}"; ${running} }
  @top-right { content: "Stand: ${germanDate(date)}"; ${running} }
  @bottom-center { content: "Seite " counter(page) " von " counter(pages); ${running} }
  @bottom-right { content: none; }
}
@page :first {
  margin: 0;
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-center { content: none; }
}
html { font-size: 11pt; }
body { margin: 0; }
.print-title { box-sizing: border-box; height: 296mm; overflow: hidden; padding: 60mm 25mm 25mm; display: flex; flex-direction: column; }
.print-title h1 { font-size: 30pt; line-height: 1.15; margin: 0 0 6mm; }
.print-title .print-subtitle { font-size: 16pt; margin: 0 0 14mm; }
.print-title .print-lead { font-size: 11.5pt; max-width: 140mm; }
.print-title .print-colophon { margin-top: auto; font-size: 9.5pt; line-height: 1.5; }
.print-toc { break-before: page; }
.print-toc h2 { font-size: 18pt; margin-bottom: 6mm; }
.print-toc h3 { font-size: 12pt; margin: 5mm 0 2mm; }
.print-toc ol { list-style: none; padding: 0; margin: 0; }
.print-toc li { margin: 0 0 1.5mm; break-inside: avoid; }
.print-toc a { display: flex; align-items: baseline; gap: 2mm; text-decoration: none !important; color: #000 !important; }
.print-toc .print-toc-label { flex: 0 0 auto; min-width: 18mm; font-weight: 600; }
.print-toc .print-toc-title { flex: 0 1 auto; }
.print-toc .print-toc-dots { flex: 1 1 auto; border-bottom: 1px dotted #555; min-width: 6mm; }
.print-toc .print-toc-page { flex: 0 0 auto; min-width: 8mm; text-align: right; }
.print-kicker { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #333; margin: 0 0 2mm; break-after: avoid; }
.print-entry h1 { font-size: 20pt; line-height: 1.2; margin-top: 0; }
`;
}

export function printDocumentHtml(input: PrintDocumentInput): string {
  const links = input.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n');
  return `<!DOCTYPE html>
<html lang="de-DE" data-theme="light">
<head>
<meta charset="utf-8">
<title>${PDF_TITLE} – ${PDF_SUBTITLE}</title>
${links}
<style>${documentCss(input.date)}</style>
</head>
<body class="praxisatlas-print-document">
${titlePage(input)}
${tableOfContents(input)}
<main>
${input.chapters.map(chapterHtml).join('\n')}
</main>
</body>
</html>
`;
}

function titlePage({date, webAddress, chapters}: PrintDocumentInput): string {
  const count = (part: string) => chapters.filter((c) => c.chapter.part === part).length;
  const url = escapeHtml(webAddress);
  return `<section class="print-title" aria-label="Titelseite">
<h1>${PDF_TITLE}</h1>
<p class="print-subtitle">${PDF_SUBTITLE}</p>
<p class="print-lead">Wie Kommunen die Zuwanderung aus Südosteuropa gemeinsam gestalten: das Dortmunder Koordinations-Playbook in ${count('koordination')} Schritten, die ${count('szenario')} Szenarien des Handlungsrahmens und ${count('lektion')} Lektionen für andere Kommunen.</p>
<div class="print-colophon">
<p><strong>Stand: ${germanDate(date)}</strong><br>Aktuelle Fassung, Maßnahmenkatalog und Suche: <a href="${url}">${url}</a></p>
<p>Texte: CC BY 4.0 – Sie dürfen die Texte mit Namensnennung übernehmen und anpassen. Grundlage: Christiane Certa, „Möglichkeiten und Chancen guter Vernetzung am Beispiel der Dortmunder Gesamtstrategie“.</p>
</div>
</section>`;
}

function tableOfContents({chapters, pages}: PrintDocumentInput): string {
  const parts = PARTS.map((part) => {
    const items = chapters.filter((c) => c.chapter.part === part.id);
    if (items.length === 0) return '';
    const lis = items
      .map(({chapter}) => {
        const page = pages?.get(chapter.id);
        const label = chapter.label ? `<span class="print-toc-label">${escapeHtml(chapter.label)}</span>` : '';
        return `<li><a href="#${chapterAnchor(chapter.id)}">${label}<span class="print-toc-title">${escapeHtml(chapter.title)}</span><span class="print-toc-dots" aria-hidden="true"></span><span class="print-toc-page">${page ?? ''}</span></a></li>`;
      })
      .join('\n');
    return `<h3>${escapeHtml(part.title)}</h3>\n<ol>\n${lis}\n</ol>`;
  });
  return `<nav class="print-toc" aria-labelledby="print-toc-heading">
<h2 id="print-toc-heading">Inhalt</h2>
${parts.join('\n')}
</nav>`;
}

function chapterHtml({chapter, html}: RenderedChapter): string {
  return `<article class="print-entry" id="${chapterAnchor(chapter.id)}">
<p class="print-kicker">${escapeHtml(chapter.kicker)}</p>
${html}
</article>`;
}
