/**
 * The entry assistant in the offline copy, opened from disk with no server and no network: the
 * same contributor flow as on the web (test/contributing/assistant-flow.ts), and the editing mode,
 * whose entry text comes from a chunk next to index.html.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {expectOfflineClean, useOfflineCopyInBrowser} from '../support/offline-browser';
import {expectCliMessages, expectEditMode, expectWaysOut, fillWithMistakes, fixReloadDownload, NEW_PATH, validateWith} from '../contributing/assistant-flow';

const session = useOfflineCopyInBrowser();
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-downloads-'));
afterAll(() => fs.rmSync(downloads, {recursive: true, force: true}));

describe('entry assistant in the offline copy (file://)', () => {
  it('flags two mistakes with the CLI messages and downloads a file npm run validate accepts', async () => {
    const {page, watch} = await session.open('/beitragen/eintrag');
    await fillWithMistakes(page);
    await expectCliMessages(page);
    const text = await fixReloadDownload(page, downloads);
    const cli = validateWith(NEW_PATH, text);
    expect(cli.code, cli.output).toBe(0);
    expect(cli.lines, cli.output).toEqual([]);
    await expectWaysOut(page, text);
    expectOfflineClean(watch);
    await page.close();
  }, 180_000);

  it('opens an entry for editing from its page', async () => {
    const {page, watch} = await session.open('/praxis/clearingstelle-gesundheit');
    await expectEditMode(page, 'Clearingstelle Gesundheit');
    expect(page.url()).toMatch(/index\.html#\/beitragen\/eintrag\?bearbeiten=clearingstelle-gesundheit$/);
    expectOfflineClean(watch);
    await page.close();
  }, 120_000);
});
