/**
 * Issue 19 as the real builds deliver it: the legal and plain-language pages exist in the web build
 * and in the offline copy and show placeholders honestly, /daten/* hold exactly the build's entries
 * and parse (JSON, CSV, RDF/XML against the DCAT-AP.de shapes), every entry page carries JSON-LD that
 * parses, and the change feed is well-formed XML on the web only. The unit tests of each part are in
 * test/content/, test/opendata/ and test/static-files/; this file checks what the build really wrote.
 */
import fs from 'node:fs';
import path from 'node:path';
import sax from 'sax';
import {beforeAll, describe, expect, it} from 'vitest';
import {unzipSync} from 'fflate';
import {loadEntries, type Entry} from '../src/content/index';
import {parseCsv} from './opendata/csv-parse';
import {describe as describeShacl, validateCatalogue} from './opendata/shacl';
import {BUILD_DIR, ensureBuilt} from './support/built-site';
import {ensureOfflineBuilt, type OfflineBuild} from './support/offline-site';
import {REPO} from './support/site';

let entries: Entry[];
let offline: OfflineBuild;
let zipFiles: Record<string, Uint8Array>;

beforeAll(() => {
  process.env.DOCUSAURUS_NO_PERSISTENT_CACHE ??= '1';
  ensureBuilt();
  offline = ensureOfflineBuilt();
  zipFiles = unzipSync(fs.readFileSync(offline.zip));
  entries = loadEntries(REPO).entries;
}, 900_000);

const read = (file: string) => fs.readFileSync(path.join(BUILD_DIR, file), 'utf8');
/** A file of the zip by its path inside the copy's folder. */
const inZip = (file: string) => Object.entries(zipFiles).find(([name]) => name.split('/').slice(1).join('/') === file)?.[1];

function wellFormed(xml: string): string[] {
  const errors: string[] = [];
  const parser = sax.parser(true);
  parser.onerror = (e) => {
    errors.push(e.message.split('\n')[0]);
    parser.resume();
  };
  parser.write(xml).close();
  return errors;
}

describe('legal and plain-language pages', () => {
  it.each(['impressum', 'datenschutz', 'barrierefreiheit', 'einfache-sprache'])('/%s is built, German, and shows missing operator data as „noch nicht eingetragen“', (name) => {
    const html = read(`${name}.html`);
    expect(html).toMatch(/<html lang="?de-DE"?/);
    expect(html).toContain('noch nicht eingetragen');
    // The placeholder marker of data/betreiber.yml never reaches a reader.
    expect(html).not.toContain('AUSFÜLLEN');
    // Linked from the footer of every page, and the plain-language page from the header too.
    expect(read('index.html')).toMatch(new RegExp(`href="?/${name}"?`));
  });

  it('the accessibility statement dates itself and its checks with the build, and promises a reply within a month', () => {
    const html = read('barrierefreiheit.html');
    expect(html).toContain('teilweise vereinbar');
    expect(html).toContain('Gebärdensprache');
    expect(html).toMatch(/innerhalb (von )?eine[sm] Monats?/);
    expect(html).toContain('Schlichtung');
  });

  it('are routes of the offline copy (test/offline/ opens them from disk through the footer links)', () => {
    // The hash router has one index.html; the route table is in the bundle.
    const js = Object.entries(zipFiles).filter(([n]) => n.endsWith('.js')).map(([, b]) => Buffer.from(b).toString('utf8')).join('\n');
    for (const route of ['/impressum', '/datenschutz', '/barrierefreiheit', '/einfache-sprache', '/daten']) expect(js, route).toContain(`"${route}"`);
  });
});

describe('/daten in the builds', () => {
  it('eintraege.json holds exactly the entries of the build, with every field', () => {
    const json = JSON.parse(read('daten/eintraege.json'));
    expect(json.entries.map((e: {id: string}) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
    for (const e of json.entries) {
      expect(e.page_url, e.id).toMatch(/^https:\/\//);
      expect(e.text.length, e.id).toBeGreaterThan(100);
    }
  });

  it('eintraege.csv starts with a BOM and has one row per entry', () => {
    const bytes = fs.readFileSync(path.join(BUILD_DIR, 'daten/eintraege.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows).toHaveLength(entries.length + 1);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(entries.map((e) => e.id).sort());
  });

  it('katalog.rdf passes the DCAT-AP.de shapes', async () => {
    const results = await validateCatalogue(read('daten/katalog.rdf'), 'spezifikation');
    expect(results.filter((r) => r.severity === 'Violation'), describeShacl(results)).toEqual([]);
  }, 60_000);

  it('the offline copy has the same three files, and no change feed (it needs web addresses)', () => {
    for (const file of ['daten/eintraege.json', 'daten/eintraege.csv', 'daten/katalog.rdf']) {
      expect(inZip(file), file).toBeDefined();
    }
    expect(JSON.parse(Buffer.from(inZip('daten/eintraege.json')!).toString('utf8')).entries).toHaveLength(entries.length);
    expect(inZip('aenderungen.xml')).toBeUndefined();
  });
});

describe('entry pages and the change feed', () => {
  it('every entry page carries an Article in JSON-LD that parses', () => {
    for (const e of entries) {
      const html = read(`${e.url.slice(1)}.html`);
      const blocks = [...html.matchAll(/<script[^>]*type="?application\/ld\+json"?[^>]*>([^]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
      const article = blocks.find((b) => b['@type'] === 'Article');
      expect(article, e.url).toBeDefined();
      expect(article.headline, e.url).toBe(e.title);
      expect(article.url, e.url).toMatch(new RegExp(`${e.url}$`));
      expect(article.license, e.url).toContain('creativecommons.org/licenses/by/4.0');
      expect(article.dateModified, e.url).toMatch(/^\d{4}-\d{2}-\d{2}/);
    }
  });

  it('every entry page says when it last changed', () => {
    for (const e of entries) expect(read(`${e.url.slice(1)}.html`), e.url).toMatch(/Zuletzt geändert/);
  });

  it('/aenderungen.xml is a well-formed Atom feed whose links are entry pages', () => {
    const xml = read('aenderungen.xml');
    expect(wellFormed(xml)).toEqual([]);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const urls = new Set(entries.map((e) => e.url));
    const links = [...xml.matchAll(/<entry>[^]*?<link[^>]*href="([^"]+)"/g)].map((m) => new URL(m[1]).pathname);
    for (const link of links) expect(urls.has(link), link).toBe(true);
  });
});
