/**
 * One `npm run build:offline` per test run (hash-router site, PDF, zip), shared by the files in
 * test/offline/. Like built-site.ts: with PRAXISATLAS_PRIVATE_BUILD it builds in that private
 * copy of the project, otherwise in the checkout; "today" is fixed so the date is known.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {pathToFileURL} from 'node:url';
import {unzipSync} from 'fflate';
import type {Browser, Page} from 'playwright-core';
import {OFFLINE_BUILD_DIR, OFFLINE_ZIP, PLAYBOOK_PDF} from '../../src/offline/names';
import {settled} from '../../src/offline/settle';
import {watch, type PageWatch} from './browser';
import {syncProject} from './build';
import {SITE_DIR} from './built-site';
import {REPO, TODAY} from './site';

const PRIVATE = process.env.PRAXISATLAS_PRIVATE_BUILD;
const RUN_ID = process.env.PRAXISATLAS_TEST_RUN ?? 'manual';

export interface OfflineBuild {
  siteDir: string;
  buildDir: string;
  zip: string;
  pdf: string;
  /** The CLI's output (its log lines name pages, diagrams and sizes). */
  output: string;
  /** Wall-clock seconds of `npm run build:offline` (0 when this run reused an earlier build). */
  seconds: number;
}

const marker = () => path.join(SITE_DIR, OFFLINE_BUILD_DIR, '.praxisatlas-test-run');
const logFile = () => path.join(SITE_DIR, OFFLINE_BUILD_DIR, '.praxisatlas-build-log');

export function ensureOfflineBuilt(): OfflineBuild {
  const result = (output: string, seconds: number): OfflineBuild => ({
    siteDir: SITE_DIR,
    buildDir: path.join(SITE_DIR, OFFLINE_BUILD_DIR),
    zip: path.join(SITE_DIR, OFFLINE_ZIP),
    pdf: path.join(SITE_DIR, PLAYBOOK_PDF),
    output,
    seconds,
  });
  if (RUN_ID !== 'manual' && fs.existsSync(marker()) && fs.readFileSync(marker(), 'utf8') === RUN_ID) {
    return result(fs.readFileSync(logFile(), 'utf8'), 0);
  }
  if (PRIVATE) syncProject(SITE_DIR);
  const started = performance.now();
  const r = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(SITE_DIR, 'scripts/build-offline.ts')], {
    cwd: SITE_DIR,
    encoding: 'utf8',
    // No rspack persistent cache: it lives in the shared node_modules/.cache, and parallel or
    // interrupted builds of other copies have left it in a state where builds hang.
    env: {...process.env, PRAXISATLAS_TODAY: TODAY, DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`npm run build:offline failed:\n${output.slice(-4000)}`);
  // Written after the zip was packed, so neither file ends up in it.
  fs.writeFileSync(logFile(), output);
  fs.writeFileSync(marker(), RUN_ID);
  return result(output, (performance.now() - started) / 1000);
}

/** The zip unpacked into a new temp folder, as a reader would: returns the folder with index.html. */
export function unpackOfflineZip(zip: string): {root: string; index: string; remove(): void} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-offline-'));
  for (const [name, data] of Object.entries(unzipSync(fs.readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, data);
  }
  const [folder] = fs.readdirSync(dir);
  const root = path.join(dir, folder);
  return {root, index: path.join(root, 'index.html'), remove: () => fs.rmSync(dir, {recursive: true, force: true})};
}

export interface OpenedPage {
  page: Page;
  watch: PageWatch;
}

/**
 * A fresh tab on a route of the unpacked copy (`/katalog?feld=x`, `/praxis/y#anker`), loaded and
 * settled. Only file:// may be requested: anything else would fail on a laptop without network.
 */
export async function openOffline(browser: Browser, index: string, route: string): Promise<OpenedPage> {
  const page = await browser.newPage({colorScheme: 'light'});
  const w = watch(page, ['file://']);
  // The copy's index.html is an empty shell: under load the DOM can stay still while main.js is
  // still evaluating, so wait for the rendered layout before waiting for quiet.
  await settled(page, async () => {
    await page.goto(`${pathToFileURL(index).href}#${route}`);
    await page.waitForSelector('#__docusaurus .main-wrapper', {state: 'attached', timeout: 30_000});
  });
  return {page, watch: w};
}

/** Same-tab navigation inside the app (a hash change, as a click on a link would do). */
export async function goOffline(page: Page, route: string): Promise<void> {
  await settled(page, () => page.evaluate((r) => (window.location.hash = r), route), 150);
}
