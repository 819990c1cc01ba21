/** Running the real Docusaurus build from tests. */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {REPO} from './site';

const DOCUSAURUS = path.join(REPO, 'node_modules/.bin/docusaurus');

export function docusaurusBuild(siteDir: string, outDir: string, env: Record<string, string> = {}) {
  const r = spawnSync(DOCUSAURUS, ['build', '--out-dir', outDir], {cwd: siteDir, encoding: 'utf8', env: {...process.env, ...env}, maxBuffer: 64 * 1024 * 1024});
  return {code: r.status, output: `${r.stdout}\n${r.stderr}`};
}

/** A copy of the project's sources (not node_modules, not build output) in a temp folder. */
export function copyProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-project-'));
  const skip = new Set(['node_modules', 'build', 'build-offline', '.docusaurus', '.git', '.tmp', 'test']);
  for (const name of fs.readdirSync(REPO)) {
    if (skip.has(name) || name.endsWith('.zip')) continue;
    fs.cpSync(path.join(REPO, name), path.join(dir, name), {recursive: true});
  }
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}
