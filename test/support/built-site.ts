/**
 * One web build per test run, shared by every test file that needs it. vitest runs files one after
 * another (fileParallelism: false); a marker file tells later files that this run already built.
 *
 * PRAXISATLAS_PRIVATE_BUILD=/some/dir builds from a fresh copy of the project in that folder
 * instead of the checkout, so several people (or agents) can run browser tests at once without
 * sharing .docusaurus/ and build/.
 */
import fs from 'node:fs';
import path from 'node:path';
import {docusaurusBuild, syncProject} from './build';
import {REPO} from './site';

const PRIVATE = process.env.PRAXISATLAS_PRIVATE_BUILD;
/** The folder the site is built from. */
export const SITE_DIR = PRIVATE ? path.resolve(PRIVATE) : REPO;
export const BUILD_DIR = path.join(SITE_DIR, 'build');
const RUN_ID = process.env.PRAXISATLAS_TEST_RUN ?? 'manual';

export function ensureBuilt(): string {
  const marker = path.join(BUILD_DIR, '.praxisatlas-test-run');
  if (RUN_ID !== 'manual' && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === RUN_ID) return BUILD_DIR;
  if (PRIVATE) syncProject(SITE_DIR);
  const r = docusaurusBuild(SITE_DIR, BUILD_DIR);
  if (r.code !== 0) throw new Error(`npm run build failed:\n${r.output.slice(-4000)}`);
  fs.writeFileSync(marker, RUN_ID);
  return BUILD_DIR;
}
