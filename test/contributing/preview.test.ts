/**
 * The preview a contributor sees with `npm start`: in a copy of the project the dev server runs,
 * one entry is broken (`status: läuft`), and then the browser overlay and the terminal show the
 * validator's German line — no stack trace, no English hint, no repetition per page — while
 * every other page keeps working; fixing the file clears the overlay without a restart.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launch} from '../support/browser';
import {copyProject} from '../support/build';
import {removeSite, REPO} from '../support/site';

const ENTRY = 'docs/praxis/clearingstelle-gesundheit.md';
const LINE_RE = /docs\/praxis\/clearingstelle-gesundheit\.md:\d+:\d+ status: Unbekannter Wert „läuft“\. Erlaubt sind: geplant \(Geplant\), laufend \(Laufend\), beendet \(Beendet\)\./;

let dir: string;
let server: ChildProcess;
let output = '';
let url: string;
let browser: Browser;
let original: string;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, () => {
      const {port} = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Waits until `test` holds for the server's output so far. */
async function outputUntil(test: (out: string) => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!test(output)) {
    if (Date.now() > end) throw new Error(`Zeitüberschreitung; Ausgabe bisher:\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The text of the dev server's error overlay (an iframe), or '' when there is none. */
async function overlayText(page: Page): Promise<string> {
  const frame = page.frameLocator('#webpack-dev-server-client-overlay');
  try {
    return await frame.locator('body').innerText({timeout: 2000});
  } catch {
    return '';
  }
}

beforeAll(async () => {
  dir = copyProject();
  original = fs.readFileSync(path.join(dir, ENTRY), 'utf8');
  const port = await freePort();
  url = `http://localhost:${port}`;
  server = spawn(path.join(REPO, 'node_modules/.bin/docusaurus'), ['start', '--port', String(port), '--host', 'localhost', '--no-open'], {
    cwd: dir,
    // NODE_ENV as `npm start` has it (vitest sets `test`, which no browserslist section names).
    env: {...process.env, NODE_ENV: 'development', DOCUSAURUS_NO_PERSISTENT_CACHE: '1', BROWSER: 'none', FORCE_COLOR: '0', NO_COLOR: '1'},
    detached: true,
  });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  await outputUntil((o) => /compiled successfully|Compiled successfully|Docusaurus website is running/i.test(o), 240_000);
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      server.kill();
    }
  }
  if (dir) removeSite(dir);
});

describe('npm start with a broken entry', () => {
  let before = 0;

  it('shows the validator\'s line in the browser overlay, in German, without a stack trace', async () => {
    before = output.length;
    fs.writeFileSync(path.join(dir, ENTRY), original.replace(/^status: laufend$/m, 'status: läuft'));
    await outputUntil((o) => LINE_RE.test(o.slice(before)), 120_000);
    // Let the dev server settle before the browser asks.
    await new Promise((r) => setTimeout(r, 3000));
    const page = await browser.newPage();
    await page.goto(`${url}/praxis/clearingstelle-gesundheit`, {waitUntil: 'load'});
    await expect.poll(() => overlayText(page), {timeout: 30_000}).toMatch(LINE_RE);
    const text = await overlayText(page);
    expect(text).toContain('Der Praxisatlas enthält ungültige Einträge (1 Problem).');
    expect(text).not.toMatch(/Module build failed|double quotes|\n\s+at .+:\d+:\d+/);
    // The page of the broken entry says the same, where the text would be.
    await expect.poll(() => page.locator('[role="alert"] pre').innerText().catch(() => ''), {timeout: 30_000}).toMatch(LINE_RE);
    await page.close();
  }, 240_000);

  it('prints the line in the terminal once per change, without the English hint or a stack trace', () => {
    const since = output.slice(before);
    expect(since.match(new RegExp(LINE_RE.source, 'g'))?.length ?? 0).toBeGreaterThanOrEqual(1);
    // Once per compilation (client), never once per page.
    expect(since.match(new RegExp(LINE_RE.source, 'g'))!.length).toBeLessThanOrEqual(2);
    expect(since).not.toMatch(/double quotes|Module build failed|Error while parsing Markdown front matter/);
    expect(since).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });

  it('keeps every other page working', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}/koordination/netzwerk-neuzuwanderung`, {waitUntil: 'load'});
    await expect.poll(() => page.locator('h1').first().innerText().catch(() => ''), {timeout: 30_000}).toContain('Netzwerk');
    await expect.poll(() => page.locator('text=Auf einen Blick').count(), {timeout: 30_000}).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('recovers without a restart when the file is fixed', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/praxis/clearingstelle-gesundheit`, {waitUntil: 'load'});
    fs.writeFileSync(path.join(dir, ENTRY), original);
    await expect.poll(async () => (await page.reload({waitUntil: 'load'}), page.locator('h1').first().innerText().catch(() => '')), {timeout: 120_000, interval: 3000}).toBe('Clearingstelle Gesundheit');
    expect(await overlayText(page)).toBe('');
    await page.close();
  }, 180_000);
});
