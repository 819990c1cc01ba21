/**
 * One web build (build/) and one offline build (build-offline/) per test run, shared by every test
 * file that needs them. vitest runs files one after another (fileParallelism: false); the marker
 * file tells later files that this run already built.
 */
import fs from 'node:fs';
import path from 'node:path';
import {docusaurusBuild} from './build';
import {REPO} from './site';

export const BUILD_DIR = path.join(REPO, 'build');
const RUN_ID = process.env.PRAXISATLAS_TEST_RUN ?? 'manual';

export function ensureBuilt(): string {
  const marker = path.join(BUILD_DIR, '.praxisatlas-test-run');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === RUN_ID && RUN_ID !== 'manual') return BUILD_DIR;
  const r = docusaurusBuild(REPO, BUILD_DIR);
  if (r.code !== 0) throw new Error(`npm run build failed:\n${r.output.slice(-4000)}`);
  fs.writeFileSync(marker, RUN_ID);
  return BUILD_DIR;
}
