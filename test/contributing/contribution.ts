/**
 * A contribution as a pull request brings it: new files under docs/ and, when it cites a new
 * work, lines appended to data/sources.yml (`sources.add.yml` in the fixture).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {FIXTURES, REPO} from '../support/site';

export const CONTRIBUTING_FIXTURES = path.join(FIXTURES, 'contributing');

/** Lay the fixture over `projectDir` (a copy, never the checkout). */
export function applyContribution(projectDir: string, fixture: string): void {
  const dir = path.join(CONTRIBUTING_FIXTURES, fixture);
  if (fs.existsSync(path.join(dir, 'docs'))) fs.cpSync(path.join(dir, 'docs'), path.join(projectDir, 'docs'), {recursive: true});
  const addition = path.join(dir, 'sources.add.yml');
  if (fs.existsSync(addition)) fs.appendFileSync(path.join(projectDir, 'data/sources.yml'), fs.readFileSync(addition, 'utf8'));
}

/** The real content (docs/ and data/) in a temp folder, with the fixture applied. */
export function contentWith(fixture: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-contribution-'));
  for (const name of ['docs', 'data']) fs.cpSync(path.join(REPO, name), path.join(dir, name), {recursive: true});
  applyContribution(dir, fixture);
  return dir;
}
