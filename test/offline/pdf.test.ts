/**
 * praxisatlas-playbook.pdf, read back with pdftotext: title page, table of contents whose page
 * numbers are right, "Seite X von Y" on every page after the title, the nine steps, six
 * scenarios and the lessons in order, and every diagram of those chapters.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {committeeBrief} from '../../src/catalog/brief';
import {loadEntries} from '../../src/content/index';
import type {Entry} from '../../src/content/normalize';
import {countDiagrams} from '../../src/offline/diagrams';
import {BRIEF_MAX_PAGES, BRIEF_PDF} from '../../src/offline/names';
import {pdfPageTexts} from '../../src/offline/pdftotext';
import {BriefTooLongError, renderBriefPdf} from '../../src/offline/render-brief';
import {briefPdfHref, downloadFooterItems} from '../../src/offline/site-options';
import {ensureOfflineBuilt, type OfflineBuild} from '../support/offline-site';
import {TODAY} from '../support/site';

let build: OfflineBuild;
let pages: string[];
let entries: Entry[];

beforeAll(() => {
  build = ensureOfflineBuilt();
  const texts = pdfPageTexts(build.pdf);
  if (!texts) throw new Error('pdftotext fehlt (Debian: poppler-utils; scripts/ensure-system-deps.sh installiert es)');
  pages = texts;
  entries = loadEntries(build.siteDir, {today: TODAY}).entries;
}, 600_000);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const ofType = (t: string, order: (e: Entry) => number) => entries.filter((e) => e.type === t).sort((a, b) => order(a) - order(b));
const steps = () => ofType('koordination', (e) => e.step!);
const scenarios = () => ofType('szenario', (e) => e.scenario!);
const lessons = () => entries.filter((e) => e.type === 'lektion');

/** Where the chapters are: every page after the table of contents. */
const bodyPages = () => pages.slice(2);

/** Positions of `titles` in `text`, each searched after the previous one (-1: missing). */
function positionsInOrder(text: string, titles: string[]): number[] {
  let from = 0;
  return titles.map((t) => {
    const i = text.indexOf(squash(t), from);
    if (i >= 0) from = i + t.length;
    return i;
  });
}

describe('npm run pdf / the PDF made by build:offline', () => {
  it('has a title page with title, date and web address, and no page number on it', () => {
    const title = squash(pages[0]);
    expect(title).toContain('Praxisatlas Neuzuwanderung');
    expect(title).toContain('Koordinations-Playbook, Szenarien und Lektionen');
    expect(title).toContain('Stand: 7. Dezember 2026');
    expect(title).toMatch(/https:\/\/\S+/);
    expect(title).not.toMatch(/Seite \d+ von/);
  });

  it('numbers every other page "Seite X von Y"', () => {
    expect(pages.length).toBeGreaterThan(21);
    pages.slice(1).forEach((p, i) => expect(squash(p), `Seite ${i + 2}`).toContain(`Seite ${i + 2} von ${pages.length}`));
  });

  it('finds all nine step titles in order, then the six scenarios, then the lessons', () => {
    const body = squash(bodyPages().join(' '));
    const stepTitles = steps().map((e) => e.title);
    expect(stepTitles).toHaveLength(9);
    const at = positionsInOrder(body, [...stepTitles, ...scenarios().map((e) => e.title)]);
    expect(at).not.toContain(-1);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const lastScenario = at[at.length - 1];
    for (const l of lessons()) expect(body.indexOf(squash(l.title), lastScenario), l.id).toBeGreaterThan(lastScenario);
  });

  it('has a table of contents whose page numbers are where the chapters begin', () => {
    const toc = pages[1];
    expect(squash(toc)).toMatch(/^.*Inhalt Koordinations-Playbook/);
    // One number at the end of a line per chapter, in reading order.
    const numbers = toc
      .split('\n')
      .map((l) => /\S\s{2,}(\d+)\s*$/.exec(l)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    const chapters = [...steps(), ...scenarios(), ...lessons()];
    expect(numbers).toHaveLength(chapters.length);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    // Steps and scenarios keep their known order; each numbered page opens with that title.
    [...steps(), ...scenarios()].forEach((e, i) => {
      const top = squash(pages[numbers[i] - 1].split('\n').slice(0, 12).join(' '));
      expect(top, `${e.title} auf Seite ${numbers[i]}`).toContain(squash(e.title));
    });
  });

  it('contains every diagram of its chapters', () => {
    const chapters = [...steps(), ...scenarios(), ...lessons()];
    const expected = chapters.reduce((n, e) => n + countDiagrams(fs.readFileSync(path.join(build.siteDir, e.path), 'utf8')), 0);
    expect(expected).toBeGreaterThan(0);
    expect(build.output).toContain(`${expected} Diagramme`);
  });

  it('is the same file in the zip and linked from the site', () => {
    expect(fs.existsSync(path.join(build.buildDir, 'praxisatlas-playbook.pdf'))).toBe(true);
    expect(fs.readFileSync(path.join(build.buildDir, 'praxisatlas-playbook.pdf')).equals(fs.readFileSync(build.pdf))).toBe(true);
  });
});

describe('praxisatlas-tischvorlage.pdf, printed from /tischvorlage of the offline copy', () => {
  let brief: string[];
  beforeAll(() => {
    brief = pdfPageTexts(path.join(build.siteDir, BRIEF_PDF), {layout: false})!;
  });
  const all = () => squash(brief.join(' '));

  it('has at most two A4 pages, numbered', () => {
    expect(brief.length).toBeGreaterThanOrEqual(1);
    expect(brief.length).toBeLessThanOrEqual(BRIEF_MAX_PAGES);
    brief.forEach((p, i) => expect(squash(p)).toContain(`Seite ${i + 1} von ${brief.length}`));
    expect(build.output).toMatch(new RegExp(`Tischvorlage: ${brief.length} Seiten`));
  });

  it('holds the nine steps with their deliverables, the six scenarios, the four conditions, figures and first steps', () => {
    const model = committeeBrief(entries);
    // Text in reading order; a line may break anywhere, so compare with white space squashed.
    const head = (s: string, n = 6) => squash(s).split(' ').slice(0, n).join(' ');
    for (const s of model.steps) {
      expect(all(), s.title).toContain(head(s.title));
      expect(all(), s.title).toContain(head(s.deliverable));
    }
    for (const s of [...model.scenarios, ...model.conditions]) expect(all(), s.title).toContain(head(s.summary));
    for (const p of model.firstSteps.points) expect(all()).toContain(head(p));
    expect(model.figures.length).toBeGreaterThan(0);
    expect(all()).toContain('8.515 Personen (Ende 2017)');
    expect(all()).toContain('Weiterlesen');
  });

  it('is in the offline copy next to the playbook, where the footer and /tischvorlage link it', () => {
    expect(fs.readFileSync(path.join(build.buildDir, BRIEF_PDF)).equals(fs.readFileSync(path.join(build.siteDir, BRIEF_PDF)))).toBe(true);
    const variant = {offline: true, webAddress: 'https://x.example/', date: TODAY, baseUrl: '/'};
    expect(briefPdfHref(variant)).toBe(`./${BRIEF_PDF}`);
    expect(downloadFooterItems(variant).map((i) => i.html).join('')).toContain(`href="./${BRIEF_PDF}"`);
  });
});

describe('a brief longer than two pages', () => {
  it('fails the build with a German message that says what to shorten, and writes no PDF', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-brief-'));
    try {
      const rows = Array.from({length: 400}, (_, i) => `<p>Absatz ${i + 1} einer viel zu langen Tischvorlage.</p>`).join('');
      fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="de"><body><main><article><h1>Zu lang</h1>${rows}</article></main></body></html>`);
      const out = path.join(dir, 'out.pdf');
      await expect(renderBriefPdf(dir, out)).rejects.toThrow(BriefTooLongError);
      await expect(renderBriefPdf(dir, out)).rejects.toThrow(/Die Tischvorlage hat \d+ Seiten, erlaubt sind 2\. Kürzen Sie/);
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  }, 60_000);
});
