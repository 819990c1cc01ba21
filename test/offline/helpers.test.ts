/** The offline copy's pure parts: dates, print addresses, PDF links, TOC pages, chapters, LIESMICH, zip, site options. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {unzipSync} from 'fflate';
import {afterAll, describe, expect, it} from 'vitest';
import {loadEntries} from '../../src/content/index';
import {copyDownloads} from '../../src/offline/build';
import {playbookChapters} from '../../src/offline/chapters';
import {buildDate, germanDate} from '../../src/offline/date';
import {countDiagrams} from '../../src/offline/diagrams';
import {liesmichFile, liesmichText} from '../../src/offline/liesmich';
import {pdfLink} from '../../src/offline/pdf-links';
import {printDocumentHtml} from '../../src/offline/print-document';
import {printHref} from '../../src/offline/print-href';
import {downloadFooterItems, offlineBannerHtml, webAddress} from '../../src/offline/site-options';
import {chapterStartPages} from '../../src/offline/toc-pages';
import {readTree, zipFiles, zipTime} from '../../src/offline/zip';
import {FIXTURES, REPO, TODAY} from '../support/site';

const FIX = path.join(FIXTURES, 'offline');
const WEB = 'https://praxisatlas.example/atlas/';
const temp: string[] = [];
afterAll(() => temp.forEach((d) => fs.rmSync(d, {recursive: true, force: true})));
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-offline-unit-'));
  temp.push(d);
  return d;
};

describe('dates', () => {
  it('writes the German long date', () => {
    expect(germanDate('2026-11-26')).toBe('26. November 2026');
    expect(germanDate('2027-03-01')).toBe('1. März 2027');
    expect(() => germanDate('26.11.2026')).toThrow(/JJJJ-MM-TT/);
    expect(() => germanDate('2026-13-01')).toThrow(/Monat/);
  });

  it('takes the build run’s date, then the fixed today, then the day in Germany', () => {
    expect(buildDate({PRAXISATLAS_OFFLINE_DATE: '2026-01-02', PRAXISATLAS_TODAY: TODAY})).toBe('2026-01-02');
    expect(buildDate({PRAXISATLAS_TODAY: TODAY})).toBe(TODAY);
    // 23:30 UTC on the 25th is already the 26th in Dortmund.
    expect(buildDate({}, new Date('2026-11-25T23:30:00Z'))).toBe('2026-11-26');
  });
});

describe('printHref: the address a printed link shows', () => {
  const offline = {webAddress: WEB, hashRouter: true};
  const web = {webAddress: WEB, hashRouter: false};
  it.each([
    ['a page of the offline copy', '#/praxis/nothilfen', offline, `${WEB}praxis/nothilfen`],
    ['a page with query and anchor', '#/katalog?feld=gesundheit#x', offline, `${WEB}katalog?feld=gesundheit#x`],
    ['an anchor on the same page', '#ausgangslage', offline, undefined],
    ['a file next to index.html', './praxisatlas-playbook.pdf', offline, `${WEB}praxisatlas-playbook.pdf`],
    ['a path on the web site (base URL included)', '/atlas/praxis/nothilfen', web, 'https://praxisatlas.example/atlas/praxis/nothilfen'],
    ['an external address', 'https://www.dortmund.de/x', web, 'https://www.dortmund.de/x'],
    ['an e-mail address', 'mailto:info@example.org', web, 'info@example.org'],
    ['a script', 'javascript:alert(1)', web, undefined],
    ['nothing', '', web, undefined],
  ])('%s', (_what, href, ctx, expected) => {
    expect(printHref(href, ctx)).toBe(expected);
  });
});

describe('pdfLink: links inside the PDF', () => {
  const ctx = {webAddress: WEB, chapterByRoute: new Map([['/szenarien/szenario-a', 'szenario-a'], ['/koordination/schritt-b', 'schritt-b']]), currentChapter: 'schritt-b'};
  it('jumps to a chapter the PDF contains', () => {
    expect(pdfLink('#/szenarien/szenario-a', ctx)).toEqual({href: '#kap-szenario-a'});
  });
  it('jumps to a heading of a chapter, umlauts decoded', () => {
    expect(pdfLink('#/szenarien/szenario-a#handlungsans%C3%A4tze', ctx)).toEqual({href: '#kap-szenario-a--handlungsansätze'});
    expect(pdfLink('#/szenarien/szenario-a#handlungsansätze', ctx)).toEqual({href: '#kap-szenario-a--handlungsansätze'});
  });
  it('keeps an anchor on the same page inside its chapter', () => {
    expect(pdfLink('#ergebnis', ctx)).toEqual({href: '#kap-schritt-b--ergebnis'});
  });
  it('sends everything else to the web version and prints the address', () => {
    expect(pdfLink('#/praxis/nothilfen', ctx)).toEqual({href: `${WEB}praxis/nothilfen`, printed: `${WEB}praxis/nothilfen`});
    expect(pdfLink('https://www.dortmund.de/', ctx)).toEqual({href: 'https://www.dortmund.de/', printed: 'https://www.dortmund.de/'});
    expect(pdfLink('mailto:a@example.org', ctx)).toEqual({href: 'mailto:a@example.org', printed: 'a@example.org'});
  });
});

describe('chapterStartPages: the table of contents’ numbers', () => {
  const pages = fs.readFileSync(path.join(FIX, 'pdftotext-pages.txt'), 'utf8').split('\f').slice(0, -1);
  it('finds each kicker where it opens a page, in order, also wrapped, never inside a sentence', () => {
    expect(chapterStartPages(pages, ['Koordinations-Playbook · Schritt 1 von 2', 'Koordinations-Playbook · Schritt 2 von 2', 'Szenarien · Szenario 1 von 1'])).toEqual([3, 5, 6]);
  });
  it('leaves a chapter it cannot find without a number and keeps looking for the next', () => {
    expect(chapterStartPages(pages, ['Koordinations-Playbook · Schritt 1 von 2', 'Gibt es nicht', 'Szenarien · Szenario 1 von 1'])).toEqual([3, undefined, 6]);
  });
});

describe('playbookChapters: what the PDF holds, in order (real content)', () => {
  const {entries} = loadEntries(REPO, {today: TODAY});
  const chapters = playbookChapters(entries);
  const ofType = (t: string) => entries.filter((e) => e.type === t);

  it('has the steps by step, the scenarios by number, then the lessons', () => {
    const steps = ofType('koordination').sort((a, b) => a.step! - b.step!).map((e) => e.id);
    const scenarios = ofType('szenario').sort((a, b) => a.scenario! - b.scenario!).map((e) => e.id);
    expect(steps).toHaveLength(9);
    expect(scenarios).toHaveLength(6);
    expect(chapters.map((c) => c.id).slice(0, 15)).toEqual([...steps, ...scenarios]);
    expect(new Set(chapters.slice(15).map((c) => c.id))).toEqual(new Set(ofType('lektion').map((e) => e.id)));
    expect(chapters).toHaveLength(9 + 6 + ofType('lektion').length);
  });

  it('orders lessons: conditions for success, open questions, recommendations', () => {
    const kinds = chapters.filter((c) => c.part === 'lektion').map((c) => entries.find((e) => e.id === c.id)!.kind!.value);
    const order = ['gelingensbedingung', 'offene-frage', 'empfehlung'];
    expect(kinds.map((k) => order.indexOf(k))).toEqual([...kinds.map((k) => order.indexOf(k))].sort((a, b) => a - b));
  });

  it('gives every chapter a unique kicker and does not repeat a label the title has', () => {
    expect(new Set(chapters.map((c) => c.kicker)).size).toBe(chapters.length);
    expect(chapters[0]).toMatchObject({label: 'Schritt 1', kicker: 'Koordinations-Playbook · Schritt 1 von 9'});
    for (const c of chapters.filter((c) => c.part === 'szenario')) expect(c.label).toBe('');
  });
});

describe('countDiagrams', () => {
  it('counts fenced mermaid blocks, not other code or the word in text', () => {
    const md = ['Text über mermaid.', '```mermaid', 'flowchart LR', '```', '', '~~~ mermaid', 'flowchart TD', '~~~', '```js', 'mermaid()', '```', '    ```mermaid (eingerückt: Code)'].join('\n');
    expect(countDiagrams(md)).toBe(2);
    expect(countDiagrams('Kein Diagramm.')).toBe(0);
  });

  it('tells each chapter how many diagrams to wait for', () => {
    const {entries} = loadEntries(REPO, {today: TODAY});
    const chapters = playbookChapters(entries, (e) => (e.id === 'steuerungsstruktur' ? 2 : 0));
    expect(chapters.find((c) => c.id === 'steuerungsstruktur')!.diagrams).toBe(2);
    expect(chapters.find((c) => c.id === 'fachgruppen')!.diagrams).toBe(0);
  });
});

describe('the print document', () => {
  const chapter = (id: string, part: 'koordination' | 'szenario', title: string) => ({id, part, title, url: `/x/${id}`, kicker: `Kicker ${id}`, label: part === 'koordination' ? 'Schritt 1' : '', diagrams: 0});
  const html = printDocumentHtml({
    chapters: [
      {chapter: chapter('eins', 'koordination', 'Erster <Schritt>'), html: '<div class="markdown"><h1>Erster</h1></div>'},
      {chapter: chapter('zwei', 'szenario', 'Szenario 1: Zwei'), html: '<div class="markdown"><h1>Zwei</h1></div>'},
    ],
    stylesheets: ['file:///x/assets/css/styles.css'],
    date: TODAY,
    webAddress: WEB,
    pages: new Map([['eins', 3], ['zwei', 7]]),
  });

  it('opens with a title page that names date and web address', () => {
    expect(html).toMatch(/<section class="print-title"[^]*Stand: 7\. Dezember 2026[^]*https:\/\/praxisatlas\.example\/atlas\/[^]*<\/section>/);
  });
  it('has a linked table of contents with page numbers, titles escaped', () => {
    expect(html).toContain('<a href="#kap-eins"><span class="print-toc-label">Schritt 1</span><span class="print-toc-title">Erster &lt;Schritt&gt;</span>');
    expect(html).toMatch(/href="#kap-zwei">[^]*?<span class="print-toc-page">7<\/span>/);
  });
  it('puts each chapter in its own article with its kicker, in order', () => {
    expect(html.indexOf('id="kap-eins"')).toBeLessThan(html.indexOf('id="kap-zwei"'));
    expect(html).toContain('<article class="print-entry" id="kap-zwei">\n<p class="print-kicker">Kicker zwei</p>');
  });
  it('numbers pages and leaves the title page without header and number', () => {
    expect(html).toContain('@bottom-center { content: "Seite " counter(page) " von " counter(pages)');
    expect(html).toMatch(/@page :first \{[^}]*margin: 0;[^]*@bottom-center \{ content: none; \}/);
  });
});

describe('LIESMICH.txt', () => {
  const input = {date: TODAY, webAddress: WEB, withPdf: true};
  it('says how to open the copy, its date and where the current version lives (reviewed text)', () => {
    expect(liesmichText(input)).toBe(fs.readFileSync(path.join(FIX, 'LIESMICH.expected.txt'), 'utf8'));
  });
  it('mentions the PDF only when it is there', () => {
    expect(liesmichText({...input, withPdf: false})).not.toContain('praxisatlas-playbook.pdf');
  });
  it('is UTF-8 with byte order mark and CRLF line ends for Windows editors', () => {
    const bytes = liesmichFile(input);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('Stand: 7. Dezember 2026\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('the zip', () => {
  it('round-trips files under one folder, sorted, with the build date as time, byte for byte the same each time', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'assets/js'), {recursive: true});
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(dir, 'assets/js/main.js'), 'console.log(1)'.repeat(100));
    fs.writeFileSync(path.join(dir, 'x.pdf'), new Uint8Array([37, 80, 68, 70]));
    const files = readTree(dir, 'praxisatlas-offline-2026-11-26');
    const a = zipFiles(files, zipTime(TODAY));
    const b = zipFiles([...files].reverse(), zipTime(TODAY));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const back = unzipSync(a);
    expect(Object.keys(back)).toEqual(['praxisatlas-offline-2026-11-26/assets/js/main.js', 'praxisatlas-offline-2026-11-26/index.html', 'praxisatlas-offline-2026-11-26/x.pdf']);
    expect(new TextDecoder().decode(back['praxisatlas-offline-2026-11-26/index.html'])).toBe('<!doctype html>');
    // The script is deflated; the PDF is stored as it is.
    expect(a.length).toBeLessThan(1400 / 2);
  });
});

describe('site options: banner and download links', () => {
  it('joins site URL and base URL to one web address', () => {
    expect(webAddress('https://h.example', '/')).toBe('https://h.example/');
    expect(webAddress('https://h.example/', '/atlas/')).toBe('https://h.example/atlas/');
    expect(webAddress('https://h.example', 'atlas')).toBe('https://h.example/atlas/');
  });
  it('writes the banner with date and a link to the current version', () => {
    expect(offlineBannerHtml({offline: true, webAddress: WEB, date: TODAY, baseUrl: '/atlas/'})).toBe(
      `Offline-Kopie vom 7. Dezember 2026 – aktuelle Fassung: <a href="${WEB}" rel="noopener">${WEB}</a>`,
    );
  });
  it('links the downloads below the base URL on the web, the PDF next to index.html offline', () => {
    const web = downloadFooterItems({offline: false, webAddress: WEB, date: TODAY, baseUrl: '/atlas/'}).map((i) => i.html);
    expect(web.join()).toContain('href="/atlas/praxisatlas-playbook.pdf"');
    expect(web.join()).toContain('href="/atlas/praxisatlas-offline.zip"');
    expect(web.join()).toContain('href="/atlas/praxisatlas-tischvorlage.pdf"');
    const offline = downloadFooterItems({offline: true, webAddress: WEB, date: TODAY, baseUrl: '/atlas/'}).map((i) => i.html);
    expect(offline.join()).toContain('href="./praxisatlas-playbook.pdf"');
    expect(offline.join()).toContain('href="./praxisatlas-tischvorlage.pdf"');
    expect(offline.join()).toContain(`href="${WEB}"`);
    expect(offline.join()).not.toContain('.zip');
  });
  it('copies zip and PDF into a web build for deployment, and refuses a folder that is none', () => {
    const site = tempDir();
    const web = path.join(site, 'build');
    fs.mkdirSync(web);
    fs.writeFileSync(path.join(site, 'praxisatlas-offline.zip'), 'zip');
    fs.writeFileSync(path.join(site, 'praxisatlas-playbook.pdf'), 'pdf');
    fs.writeFileSync(path.join(site, 'praxisatlas-tischvorlage.pdf'), 'brief');
    expect(() => copyDownloads(site, web)).toThrow(/kein Website-Build/);
    fs.writeFileSync(path.join(web, 'index.html'), '');
    copyDownloads(site, web);
    expect(fs.readFileSync(path.join(web, 'praxisatlas-offline.zip'), 'utf8')).toBe('zip');
    expect(fs.readFileSync(path.join(web, 'praxisatlas-playbook.pdf'), 'utf8')).toBe('pdf');
    expect(fs.readFileSync(path.join(web, 'praxisatlas-tischvorlage.pdf'), 'utf8')).toBe('brief');
  });
});
