/**
 * Two builds of the same sources give the same files, byte for byte (sha256 of every file in
 * build/). A build that changes without a change in the sources hides real changes in review,
 * defeats caches and makes a published copy impossible to verify.
 *
 * The two builds run in two copies of the project in differently named folders, as two checkouts
 * would: no path of the project folder may reach the output. (Our data modules used to:
 * createData() returns an absolute path; the plugin now hands routes the `@generated/…` alias.)
 *
 * Both copies link node_modules to the same place. That matters: CSS module class names hash the
 * path of the CSS file relative to the project, and a linked node_modules resolves outside it, so a
 * copy with a link and a checkout with its own node_modules name their classes differently. Two
 * real checkouts, each with its own node_modules, have the same relative paths.
 */
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {defaultCacheDir} from '../../src/content/file-cache';
import {loadEntries} from '../../src/content/index';
import {copyProject, docusaurusBuild} from '../support/build';
import {removeSite} from '../support/site';

/** Files that may differ between two builds, with the reason. None at present. */
const EXCEPTIONS: Record<string, string> = {};

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
  const copies: string[] = [];
  const builds: {code: number | null; output: string}[] = [];

  beforeAll(() => {
    // Without the bundler's persistent cache, so each build compiles everything afresh. The first
    // build checks every entry; the second takes them from the validation cache (filled here), so
    // the cache is shown not to change the site either.
    for (const cached of [false, true]) {
      const dir = copyProject();
      copies.push(dir);
      if (cached) loadEntries(dir, {cacheDir: defaultCacheDir(dir)});
      builds.push(docusaurusBuild(dir, path.join(dir, 'build'), {DOCUSAURUS_NO_PERSISTENT_CACHE: '1', PRAXISATLAS_NO_CACHE: cached ? '' : '1'}));
    }
  }, 900_000);
  afterAll(() => copies.forEach(removeSite));

  it('both succeed', () => {
    for (const build of builds) expect(build.code, build.output.slice(-3000)).toBe(0);
    expect(path.basename(copies[0])).not.toBe(path.basename(copies[1]));
  });

  it('produce identical files', () => {
    const first = hashes(path.join(copies[0], 'build'));
    const again = hashes(path.join(copies[1], 'build'));
    expect(first.size).toBeGreaterThan(100);
    const names = [...new Set([...first.keys(), ...again.keys()])].filter((n) => !(n in EXCEPTIONS)).sort();
    const differing = names.filter((n) => first.get(n) !== again.get(n)).map((n) => `${n}: ${first.has(n) ? (again.has(n) ? 'content differs' : 'only in the first build') : 'only in the second build'}`);
    expect(differing).toEqual([]);
  });
});
