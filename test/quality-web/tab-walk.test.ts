/** The Tab walk itself, on one small page per case: it must notice traps, hidden focus and unreachable controls. */
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Browser, Page} from 'playwright-core';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {launch} from '../support/browser';
import {FIXTURES} from '../support/site';
import {hasVisibleFocus, tabWalk} from './keyboard';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await page?.close();
});

async function walk(fixture: string) {
  page = await browser.newPage();
  await page.goto(pathToFileURL(path.join(FIXTURES, 'quality-web', fixture)).href);
  const w = await tabWalk(page);
  return {...w, names: w.stops.map((s) => s.name), hidden: w.stops.filter((s) => !hasVisibleFocus(s)).map((s) => s.name)};
}

describe('tabWalk', () => {
  it('walks a clean page to its end: one stop per control, one per radio group, closed details skipped', async () => {
    const w = await walk('clean.html');
    expect(w.names).toEqual([
      'a „Zum Hauptinhalt springen“',
      'a „Erster Link“',
      'button „Knopf“',
      'input',
      'input „r“',
      'summary „Mehr“',
    ]);
    expect(w).toMatchObject({trappedAt: undefined, unreached: [], hidden: []});
  });

  it('reports a focus trap', async () => {
    const w = await walk('trap.html');
    expect(w.trappedAt).toBe('input#first');
    expect(w.unreached).toEqual(['<a href="#after">Nach den Filtern</a>']);
  });

  it('reports a control whose focus is not visible', async () => {
    expect((await walk('no-focus-ring.html')).hidden).toEqual(['button.plain „Ohne Rahmen“']);
  });

  it('measures focus styles after their transition, and reports what stays invisible', async () => {
    expect((await walk('fading-focus.html')).hidden).toEqual(['a.never „Bleibt unsichtbar“']);
  });

  it('reports a control taken out of the tab order, but not a script-only focus target', async () => {
    expect((await walk('unreachable.html')).unreached).toEqual(['<button type="button" tabindex="-1" id="mouse-only">Nur mit der Maus</button>']);
  });
});
