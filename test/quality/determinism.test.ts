/**
 * Two builds of the same sources give the same files, byte for byte (sha256 of every file in
 * build/). A build that changes without a change in the sources hides real changes in review,
 * defeats caches and makes a published copy impossible to verify.
 *
 * The second build runs in a copy of the project in another folder, as a second checkout or CI
 * machine would: no absolute path may reach the output. (Our data modules used to: createData()
 * returns an absolute path; the plugin now hands routes the `@generated/…` alias.)
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {copyProject, docusaurusBuild} from '../support/build';
import {BUILD_DIR, ensureBuilt} from '../support/built-site';
import {removeSite} from '../support/site';

/** Files that may differ between two builds, with the reason. None at present. */
const EXCEPTIONS: Record<string, string> = {
  // The test run's marker (test/support/built-site.ts), not part of the site.
  '.praxisatlas-test-run': 'marker of the shared test build',
};

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, {withFileTypes: true})) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(path.relative(dir, full).split(path.sep).join('/'), createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('two builds of the same sources', () => {
  let copy: string;
  let second: string;
  let first: Map<string, string>;
  let build: {code: number | null; output: string};

  beforeAll(() => {
    ensureBuilt();
    first = hashes(BUILD_DIR);
    copy = copyProject();
    second = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-rebuild-'));
    // Without the bundler's persistent cache, so the second build compiles everything afresh.
    build = docusaurusBuild(copy, second, {DOCUSAURUS_NO_PERSISTENT_CACHE: '1'});
  }, 600_000);
  afterAll(() => [copy, second].forEach((d) => d && removeSite(d)));

  it('both succeed', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
    expect(first.size).toBeGreaterThan(100);
  });

  it('produce identical files', () => {
    const again = hashes(second);
    const names = [...new Set([...first.keys(), ...again.keys()])].filter((n) => !(n in EXCEPTIONS)).sort();
    const differing = names.filter((n) => first.get(n) !== again.get(n)).map((n) => `${n}: ${first.has(n) ? (again.has(n) ? 'content differs' : 'only in the first build') : 'only in the second build'}`);
    expect(differing).toEqual([]);
  });
});
