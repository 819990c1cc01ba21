/** Temporary copies of a fixture site, so a test can break one file without touching the repo. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(__dirname, '../..');
export const FIXTURES = path.join(REPO, 'test/fixtures');
export const TODAY = '2026-12-07';

/** Copy `from` into a new temp folder, then lay each overlay folder over it. */
export function tempSite(from: string, ...overlays: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-'));
  fs.cpSync(from, dir, {recursive: true});
  for (const o of overlays) {
    // The markers of a hostile case (expected.txt, renders.txt, page.txt) describe it; they are not part of the site.
    fs.cpSync(o, dir, {recursive: true, filter: (src) => !['expected.txt', 'renders.txt', 'page.txt'].includes(path.relative(o, src))});
  }
  return dir;
}

export function removeSite(dir: string): void {
  fs.rmSync(dir, {recursive: true, force: true});
}
