/**
 * Hostile input: every case of test/fixtures/hostile/<case>/ (plus the huge files that
 * hostile-generated.ts writes at test time), laid over the small valid site of
 * test/fixtures/site, is validated with its own time limit and a heap limit (validate-each.ts),
 * then all of them together through the real `npm run validate`.
 * Expected: exactly the lines of the case's expected.txt, never a crash, hang or out-of-memory.
 * Cases with an empty expected.txt are valid: they are built into one copy of the real site and
 * opened in Chromium, where no script from them may run (`window.__pwned` stays unset) and their
 * text must show as text (renders.txt).
 */
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {unzipSync} from 'fflate';
import type {Browser, Page} from 'playwright-core';
import {OFFLINE_ZIP} from '../../src/offline/names';
import {settled} from '../../src/offline/settle';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launch, watch} from '../support/browser';
import {copyProject, docusaurusBuild} from '../support/build';
import {serve, type Served} from '../support/serve';
import {FIXTURES, REPO, removeSite, tempSite, TODAY} from '../support/site';
import {GENERATED, writeGenerated} from './hostile-generated';
import {runEach, type EachResult} from './validate-each';

const HOSTILE = path.join(FIXTURES, 'hostile');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');
/** Per file; real entries take milliseconds, the slowest hostile case well under a second. */
const PER_FILE_MS = 10_000;
const HEAP_MB = 512;
const ENV = {...process.env, PRAXISATLAS_TODAY: TODAY, GITHUB_ACTIONS: '', NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}`};

interface Case {
  name: string;
  /** Folder laid over the base site. */
  overlay: string;
  /** expected.txt: the exact validator lines of an invalid case. */
  expected: string[];
  /** renders.txt, the marker of a valid case: text that must show on its built page. */
  renders?: string[];
  /** page.txt: the page that shows a valid case, when it is not /praxis/<name> (a blog post). */
  page?: string;
}

/** A secret on the build machine, where a checkout leaves the job's token and beside the project. */
const CANARY = `praxisatlas-canary-${process.pid}-7f3a9c`;

function plantCanaries(dir: string): void {
  fs.mkdirSync(path.join(dir, '.git'), {recursive: true});
  fs.writeFileSync(path.join(dir, '.git/config'), `[http]\n\textraheader = AUTHORIZATION: basic ${CANARY}\n`);
  fs.writeFileSync(path.join(dir, 'secret-canary.txt'), `${CANARY}\n`);
}

/** Every file below `root`, by relative path. */
function publishedFiles(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const d of fs.readdirSync(root, {recursive: true, withFileTypes: true}) as fs.Dirent[]) {
    if (d.isFile()) files.set(path.relative(root, path.join(d.parentPath, d.name)), fs.readFileSync(path.join(d.parentPath, d.name)));
  }
  return files;
}

/**
 * What a build may publish: its own output (pages, scripts, styles, search index, the PDF), the
 * site's static files and the assets the gate accepted, byte for byte. Files that Docusaurus
 * copies from Markdown links land in assets/files/ and assets/images/: each must be one of the
 * accepted assets. No file may contain the canary.
 */
function expectOnlyAllowedFiles(dir: string, files: Map<string, Buffer>): void {
  const allowed = [...fs.readdirSync(path.join(dir, 'docs/assets')).map((f) => `docs/assets/${f}`), ...fs.readdirSync(path.join(dir, 'static/img')).map((f) => `static/img/${f}`)].map((f) => fs.readFileSync(path.join(dir, f)));
  expect(allowed.length).toBeGreaterThan(2);
  const leaked = [...files].filter(([, data]) => data.includes(CANARY)).map(([name]) => name);
  expect(leaked).toEqual([]);
  const copied = [...files].filter(([name]) => /^assets\/(files|images)\//.test(name));
  expect(copied.filter(([, data]) => !allowed.some((a) => a.equals(data))).map(([name]) => name)).toEqual([]);
  // The accepted PDF of asset-allowed is published as a file (a link target), so the check above has something to check.
  expect(copied.some(([name]) => name.endsWith('.pdf'))).toBe(true);
}

/** Files of a case folder that describe the case instead of being part of it. */
const MARKERS = new Set(['expected.txt', 'renders.txt', 'page.txt']);

/** Files of a case's overlay (without the markers), as project paths. */
function overlayFiles(c: Case): string[] {
  return (fs.readdirSync(c.overlay, {recursive: true, withFileTypes: true}) as fs.Dirent[])
    .filter((d) => !d.isDirectory())
    .map((d) => path.relative(c.overlay, path.join(d.parentPath, d.name)))
    .filter((rel) => !MARKERS.has(rel));
}

/** The case writes a file that another case writes with other content. */
function collides(c: Case, all: Case[]): boolean {
  const mine = overlayFiles(c);
  return all.some((o) => o !== c && overlayFiles(o).some((rel) => mine.includes(rel) && !sameFile(path.join(c.overlay, rel), path.join(o.overlay, rel))));
}

function sameFile(a: string, b: string): boolean {
  const la = fs.lstatSync(a);
  const lb = fs.lstatSync(b);
  if (la.isSymbolicLink() || lb.isSymbolicLink()) return la.isSymbolicLink() && lb.isSymbolicLink() && fs.readlinkSync(a) === fs.readlinkSync(b);
  return fs.readFileSync(a).equals(fs.readFileSync(b));
}

const readLines = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
const made: string[] = [];
afterAll(() => made.forEach(removeSite));

function allCases(): Case[] {
  const committed = fs.readdirSync(HOSTILE).sort().map((name) => ({
    name,
    overlay: path.join(HOSTILE, name),
    expected: readLines(path.join(HOSTILE, name, 'expected.txt')),
    renders: fs.existsSync(path.join(HOSTILE, name, 'renders.txt')) ? readLines(path.join(HOSTILE, name, 'renders.txt')) : undefined,
    page: readLines(path.join(HOSTILE, name, 'page.txt'))[0],
  }));
  const generatedRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-hostile-'));
  made.push(generatedRoot);
  const generated = GENERATED.map((g) => ({name: g.name, overlay: writeGenerated(g, path.join(generatedRoot, g.name)), expected: g.expected, renders: g.renders}));
  return [...committed, ...generated];
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `npm run validate` in a site folder, killed after `timeout` ms. */
function validate(siteDir: string, timeout: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [path.join(REPO, 'scripts/validate.ts')], {cwd: siteDir, timeout, env: ENV});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => resolve({code, signal, stdout, stderr}));
  });
}

const cases = allCases();
const valid = cases.filter((c) => c.renders);
const results = new Map<string, EachResult>();

describe('hostile files through the validator', () => {
  beforeAll(async () => {
    const sites = cases.map((c) => {
      const site = tempSite(path.join(FIXTURES, 'site'), c.overlay);
      made.push(site);
      return {name: c.name, site};
    });
    for (const r of await runEach(sites, PER_FILE_MS, ENV)) results.set(r.name, r);
  }, 300_000);

  it('covers the cases of the brief', () => {
    const names = cases.map((c) => c.name);
    for (const n of ['script-tag', 'img-onerror', 'svg-onload', 'javascript-link-uppercase', 'javascript-link-entity', 'data-link', 'iframe', 'style-tag', 'mdx-import', 'mdx-export', 'mdx-jsx', 'mdx-expression', 'html-comment-script', 'five-megabytes', 'nested-list-10000', 'line-100000-chars', 'yaml-billion-laughs', 'yaml-duplicate-keys', 'yaml-js-function', 'tabs-in-body', 'bom', 'crlf', 'invalid-utf8', 'empty-file', 'unclosed-frontmatter']) {
      expect(names).toContain(n);
    }
    expect(valid.length).toBeGreaterThanOrEqual(10);
  });

  it('states one outcome per case: validator lines or text to render', () => {
    for (const c of cases) expect({case: c.name, outcomes: (c.expected.length ? 1 : 0) + (c.renders ? 1 : 0)}).toEqual({case: c.name, outcomes: 1});
  });

  it.each(cases.map((c) => c.name))('%s', (name) => {
    const c = cases.find((x) => x.name === name)!;
    const r = results.get(name)!;
    // Not killed by the time limit, not died of memory or stack.
    expect(r.status, JSON.stringify(r).slice(0, 2000)).toBe('done');
    if (r.status !== 'done') return;
    expect(r.ms).toBeLessThan(PER_FILE_MS);
    expect(r.lines).toEqual(c.expected);
  });

  it('npm run validate reports all of them in one run, within a minute', async () => {
    // Cases that write the same file with other content (data/synonyms.yml) cannot share a site.
    const together = cases.filter((c) => !collides(c, cases));
    expect(together.length).toBeGreaterThan(cases.length - 10);
    const site = tempSite(path.join(FIXTURES, 'site'), ...together.map((c) => c.overlay));
    made.push(site);
    const run = await validate(site, 60_000);
    expect({signal: run.signal, code: run.code}).toEqual({signal: null, code: 1});
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(run.stdout.split('\n').filter(Boolean).sort()).toEqual(together.flatMap((c) => c.expected).sort());
  }, 90_000);
});

describe('valid hostile files, built and opened in Chromium', () => {
  let dir: string;
  let served: Served;
  let browser: Browser;
  let build: {code: number | null; output: string};

  beforeAll(async () => {
    dir = copyProject();
    made.push(dir);
    for (const c of valid) fs.cpSync(c.overlay, dir, {recursive: true, filter: (src) => !MARKERS.has(path.relative(c.overlay, src))});
    plantCanaries(dir);
    build = docusaurusBuild(dir, path.join(dir, 'build'), {PRAXISATLAS_TODAY: TODAY});
    if (build.code === 0) {
      served = await serve(path.join(dir, 'build'));
      browser = await launch();
    }
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('builds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('publishes no file from outside the content folders, in the site or the offline zip', () => {
    const site = publishedFiles(path.join(dir, 'build'));
    expectOnlyAllowedFiles(dir, site);
    // The offline copy is the same site with the hash router; its zip is what CI uploads.
    const offline = spawnSync(TSX, [path.join(dir, 'scripts/build-offline.ts')], {cwd: dir, encoding: 'utf8', env: {...process.env, PRAXISATLAS_TODAY: TODAY, DOCUSAURUS_NO_PERSISTENT_CACHE: '1'}, maxBuffer: 64 * 1024 * 1024});
    expect(offline.status, `${offline.stdout}\n${offline.stderr}`.slice(-3000)).toBe(0);
    const zip = Object.entries(unzipSync(fs.readFileSync(path.join(dir, OFFLINE_ZIP)))).filter(([name]) => !name.endsWith('/'));
    expectOnlyAllowedFiles(dir, new Map(zip.map(([name, data]) => [name.split('/').slice(1).join('/'), Buffer.from(data)])));
  }, 600_000);

  /** Open a page, let the client render (diagrams, catalog, search), and look for anything that ran or could run. */
  async function audit(url: string, interact?: (page: Page) => Promise<void>) {
    const page = await browser.newPage();
    const seen = watch(page, [served.url]);
    // Diagrams load their library and render after the text: wait until the DOM is still, not just the network.
    await settled(page, () => page.goto(served.url + url));
    await interact?.(page);
    await page.waitForTimeout(300);
    const dom = await page.evaluate(() => {
      const risky: string[] = [];
      for (const el of Array.from(document.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes)) {
          // eslint-disable-next-line no-control-regex
          const value = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
          if (/^on/i.test(a.name)) risky.push(`<${el.tagName.toLowerCase()} ${a.name}>`);
          // A small accepted image is inlined by the build as a raster data: URL; an <img> cannot run it.
          else if (el.tagName === 'IMG' && a.name === 'src' && /^data:image\/(png|jpeg|gif|webp);base64,/.test(value)) continue;
          else if (/^(href|src|xlink:href|action|formaction|data|srcdoc)$/i.test(a.name) && /^(javascript|vbscript|data):/.test(value)) risky.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 30)}">`);
        }
        if (/^(iframe|object|embed|frame)$/i.test(el.tagName)) risky.push(`<${el.tagName.toLowerCase()}>`);
      }
      // Scripts that run: the entry's JSON-LD (application/ld+json) carries the title as data, never as code.
      const runs = (s: HTMLScriptElement) => !s.type || /^(text\/javascript|module)$/i.test(s.type);
      const inline = Array.from(document.scripts).filter((s) => !s.src && runs(s) && s.text.includes('__pwned')).length;
      return {pwned: (window as {__pwned?: unknown}).__pwned, risky, inline, text: document.body.innerText};
    });
    await page.close();
    return {...dom, ...seen};
  }

  it.each(valid.map((c) => c.name))('%s: shows as text, runs nothing', async (name) => {
    const c = valid.find((x) => x.name === name)!;
    const r = await audit(c.page ?? `/praxis/${name}`);
    expect(r.pwned).toBeUndefined();
    expect(r.risky).toEqual([]);
    expect(r.inline).toBe(0);
    expect({console: r.consoleErrors, page: r.pageErrors, foreign: r.foreignRequests}).toEqual({console: [], page: [], foreign: []});
    for (const text of c.renders!) expect(r.text).toContain(text);
  }, 60_000);

  it('an accepted image shows and an accepted PDF downloads', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}/praxis/asset-allowed`, {waitUntil: 'networkidle'});
    expect(await page.getByRole('img', {name: 'Ablauf der Beratung'}).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    const href = await page.getByRole('link', {name: 'Flyer als PDF'}).getAttribute('href');
    const response = await page.request.get(new URL(href!, served.url + '/praxis/').toString());
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  }, 60_000);

  // Pages that show titles, descriptions and figures of many entries, the hostile ones among them.
  it.each(['/', '/katalog', '/zahlen', '/suche?q=Titel'])('%s lists them and runs nothing', async (url) => {
    const r = await audit(url);
    expect(r.pwned).toBeUndefined();
    expect(r.risky).toEqual([]);
    expect({console: r.consoleErrors, page: r.pageErrors, foreign: r.foreignRequests}).toEqual({console: [], page: [], foreign: []});
  }, 60_000);

  it('the search box suggests a hostile title as text', async () => {
    const r = await audit('/', async (page) => {
      await page.getByRole('combobox').first().fill('Titel');
      await page.getByRole('option').first().waitFor({timeout: 10_000});
    });
    expect(r.pwned).toBeUndefined();
    expect(r.risky).toEqual([]);
    expect(r.text).toContain('Titel <img src=x onerror=window.__pwned=1>');
    expect({console: r.consoleErrors, page: r.pageErrors, foreign: r.foreignRequests}).toEqual({console: [], page: [], foreign: []});
  }, 60_000);
});
