/** Running the real Docusaurus build from tests. */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {REPO} from './site';

const DOCUSAURUS = path.join(REPO, 'node_modules/.bin/docusaurus');
const SKIP = new Set(['node_modules', 'build', 'build-offline', '.docusaurus', '.git', '.tmp', 'test']);

export function docusaurusBuild(siteDir: string, outDir: string, env: Record<string, string> = {}) {
  // The rspack persistent cache lives in node_modules/.cache, which copies of the project share
  // through their node_modules link; concurrent builds on one cache can hang. Tests build cold.
  const r = spawnSync(DOCUSAURUS, ['build', '--out-dir', outDir], {cwd: siteDir, encoding: 'utf8', env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1', ...env}, maxBuffer: 64 * 1024 * 1024});
  return {code: r.status, output: `${r.stdout}\n${r.stderr}`};
}

/** Make `dir` a copy of the project's sources (not node_modules, not build output), node_modules linked. */
export function syncProject(dir: string): string {
  fs.mkdirSync(dir, {recursive: true});
  for (const name of fs.readdirSync(dir)) {
    if (name !== 'node_modules' && name !== 'build' && name !== '.docusaurus') fs.rmSync(path.join(dir, name), {recursive: true, force: true});
  }
  for (const name of fs.readdirSync(REPO)) {
    if (SKIP.has(name) || name.endsWith('.zip') || name.endsWith('.pdf')) continue;
    fs.cpSync(path.join(REPO, name), path.join(dir, name), {recursive: true});
  }
  if (!fs.existsSync(path.join(dir, 'node_modules'))) fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** A copy of the project in a new temp folder. */
export function copyProject(): string {
  return syncProject(fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-project-')));
}
