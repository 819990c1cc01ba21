/**
 * The entry assistant in the web build, in Chromium: a contributor from another city fills it
 * (assistant-flow.ts), sees two mistakes flagged with the CLI's own messages, fixes them, reloads,
 * downloads a file that `npm run validate` accepts, and finds the GitHub and e-mail ways carrying
 * the same file; an entry page opens its entry in the assistant.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {localToday} from '../../src/components/EntryAssistant/model';
import {launch, watch, type PageWatch} from '../support/browser';
import {BUILD_DIR, ensureBuilt} from '../support/built-site';
import {serve, type Served} from '../support/serve';
import {expectCliMessages, expectDiscard, expectEditMode, expectWaysOut, fillWithMistakes, fixReloadDownload, NEW_PATH, validateWith} from './assistant-flow';

let server: Served;
let browser: Browser;
let downloads: string;

beforeAll(async () => {
  ensureBuilt();
  server = await serve(BUILD_DIR);
  browser = await launch();
  downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-downloads-'));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(downloads, {recursive: true, force: true});
});

async function open(route: string): Promise<{page: Page; w: PageWatch}> {
  // A context of its own: axe needs one, and each test starts with empty storage.
  const page = await (await browser.newContext()).newPage();
  const w = watch(page, [server.url]);
  await page.goto(`${server.url}${route}`);
  return {page, w};
}

function expectClean(w: PageWatch): void {
  expect(w.pageErrors).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
}

describe('entry assistant (web)', () => {
  it('flags two mistakes with the CLI messages, keeps the draft over a reload, and downloads a file npm run validate accepts', async () => {
    const {page, w} = await open('/beitragen/eintrag');
    await fillWithMistakes(page);
    await expectCliMessages(page);
    // With messages, invalid fields and the summary on screen, the page still passes axe (WCAG 2.1 AA).
    const axe = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const text = await fixReloadDownload(page, downloads);
    const cli = validateWith(NEW_PATH, text);
    expect(cli.code, cli.output).toBe(0);
    expect(cli.lines, cli.output).toEqual([]);
    await expectWaysOut(page, text);
    await expectDiscard(page);
    expectClean(w);
    await page.context().close();
  }, 180_000);

  it('opens an entry from its page with „Diesen Eintrag bearbeiten“, loading only that entry’s text', async () => {
    const {page, w} = await open('/praxis/clearingstelle-gesundheit');
    // Every entry's text is a chunk of its own: opening one loads that one and no other.
    const texts: Promise<string | undefined>[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) texts.push(r.text().then((body) => /\{"path":"(docs\/[^"]+\.md)","text":/.exec(body)?.[1]));
    });
    await expectEditMode(page, 'Clearingstelle Gesundheit');
    expect(new URL(page.url()).search).toBe('?bearbeiten=clearingstelle-gesundheit');
    expect((await Promise.all(texts)).filter(Boolean)).toEqual(['docs/praxis/clearingstelle-gesundheit.md']);
    expectClean(w);
    await page.context().close();
  }, 120_000);

  it('costs other pages nothing: the validator code loads on the assistant page, not on the home or an entry page', async () => {
    const validatorLoaded = async (route: string) => {
      const page = await (await browser.newContext()).newPage();
      const scripts: string[] = [];
      page.on('request', (r) => void (r.url().endsWith('.js') && scripts.push(new URL(r.url()).pathname)));
      await page.goto(`${server.url}${route}`, {waitUntil: 'networkidle'});
      await page.context().close();
      // A message only the validator has (validate.ts), looked up in the files the page asked for.
      return scripts.some((p) => fs.readFileSync(path.join(BUILD_DIR, p), 'utf8').includes('ist noch nicht ersetzt. Schreiben Sie hier Ihren eigenen Text'));
    };
    expect(await validatorLoaded('/beitragen/eintrag')).toBe(true);
    expect(await validatorLoaded('/')).toBe(false);
    expect(await validatorLoaded('/praxis/clearingstelle-gesundheit')).toBe(false);
  }, 120_000);

  it('dates a new draft with the reader’s day, also when the page was built days before', async () => {
    const page = await (await browser.newContext()).newPage();
    const w = watch(page, [server.url]);
    // Three days after the build: the server's HTML was rendered on another day than the reader's.
    const later = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    await page.clock.setFixedTime(later);
    await page.goto(`${server.url}/beitragen/eintrag`);
    const day = localToday(later);
    await expect.poll(() => page.locator('#feld-last-reviewed').inputValue()).toBe(day);
    expectClean(w);
    await page.close();
  });

  it('says so when the entry to edit does not exist', async () => {
    const {page, w} = await open('/beitragen/eintrag?bearbeiten=gibt-es-nicht');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Den Eintrag „gibt-es-nicht“ gibt es nicht.');
    expectClean(w);
    await page.context().close();
  }, 60_000);
});
