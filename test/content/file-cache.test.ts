/**
 * The cache of per-file results (src/content/file-cache.ts) must never change what the validator
 * says: every fixture case and the real content give the same problems and entries without the
 * cache, with an empty cache and with a full one. A changed file, another "today", a corrupt cache
 * file each make the file be checked again; values beyond JSON (`.inf`) come back as they were.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadEntries, type LoadOptions} from '../../src/content/index';
import {formatProblem} from '../../src/content/problem';
import {FIXTURES, REPO, removeSite, tempSite, TODAY} from '../support/site';

const made: string[] = [];
afterAll(() => made.forEach(removeSite));

function site(...overlays: string[]): string {
  const dir = tempSite(path.join(FIXTURES, 'site'), ...overlays);
  made.push(dir);
  return dir;
}

function cacheDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-cache-'));
  made.push(dir);
  return dir;
}

function run(root: string, opts: LoadOptions = {}) {
  const stats = {hits: 0, misses: 0};
  const result = loadEntries(root, {today: TODAY, ...opts, stats});
  return {lines: result.problems.map(formatProblem), entries: result.entries, stats};
}

describe('validation cache', () => {
  const cases = fs.readdirSync(path.join(FIXTURES, 'invalid')).sort();

  it.each(cases)('%s: same lines without, with an empty and with a full cache', (name) => {
    const root = site(path.join(FIXTURES, 'invalid', name));
    const dir = cacheDir();
    const plain = run(root);
    const cold = run(root, {cacheDir: dir});
    const warm = run(root, {cacheDir: dir});
    expect(cold.lines).toEqual(plain.lines);
    expect(warm.lines).toEqual(plain.lines);
    expect(warm.entries).toEqual(plain.entries);
    expect(cold.stats.hits).toBe(0);
    // Every file that could be read comes from the cache the second time.
    expect(warm.stats.misses).toBe(0);
    expect(warm.stats.hits).toBe(cold.stats.misses);
  });

  it('gives the real content the same entries from a full cache', () => {
    const dir = cacheDir();
    const plain = run(REPO);
    run(REPO, {cacheDir: dir});
    const warm = run(REPO, {cacheDir: dir});
    expect(warm.stats).toEqual({hits: plain.entries.length, misses: 0});
    expect(warm.lines).toEqual(plain.lines);
    expect(warm.entries).toEqual(plain.entries);
  });

  it('checks a changed file again and reports its new problem', () => {
    const root = site();
    const dir = cacheDir();
    expect(run(root, {cacheDir: dir}).lines).toEqual([]);
    const file = path.join(root, 'docs/praxis/basis-praxis.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('status: laufend', 'status: läuft'));
    const again = run(root, {cacheDir: dir});
    expect(again.stats).toEqual({hits: 2, misses: 1});
    expect(again.lines).toHaveLength(1);
    expect(again.lines[0]).toMatch(/^docs\/praxis\/basis-praxis\.md:\d+:\d+ status: Unbekannter Wert „läuft“/);
  });

  it('reports a problem across files at the right line for a file from the cache', () => {
    const root = site();
    const dir = cacheDir();
    run(root, {cacheDir: dir});
    // A second file with the same id: the first file comes from the cache and still needs the position of its `id:`.
    fs.copyFileSync(path.join(root, 'docs/praxis/basis-praxis.md'), path.join(root, 'docs/praxis/basis-praxis-kopie.md'));
    const warm = run(root, {cacheDir: dir});
    expect(warm.stats.hits).toBe(3);
    expect(warm.lines).toEqual(run(root).lines);
    expect(warm.lines).toContain('docs/praxis/basis-praxis.md:2:5 id: Die Kennung „basis-praxis“ ist schon vergeben in docs/praxis/basis-praxis-kopie.md. Jede Kennung darf nur einmal vorkommen: wählen Sie eine andere.');
  });

  it('starts afresh on another day, as date rules depend on it', () => {
    const root = site();
    const dir = cacheDir();
    run(root, {cacheDir: dir});
    const later = loadEntries(root, {today: '2031-01-01', cacheDir: dir, stats: {hits: 0, misses: 0}});
    expect(later.problems.map(formatProblem)).toEqual(loadEntries(root, {today: '2031-01-01'}).problems.map(formatProblem));
    expect(later.problems.some((p) => p.severity === 'warning')).toBe(true);
    expect(run(root, {cacheDir: dir}).stats.hits).toBe(0);
  });

  it('ignores a corrupt cache file', () => {
    const root = site();
    const dir = cacheDir();
    fs.writeFileSync(path.join(dir, 'validation.v8'), '{"version": ');
    const r = run(root, {cacheDir: dir});
    expect(r.lines).toEqual([]);
    expect(r.stats).toEqual({hits: 0, misses: 3});
    expect(run(root, {cacheDir: dir}).stats).toEqual({hits: 3, misses: 0});
  });

  it('gives back values beyond JSON as YAML read them', () => {
    const root = site();
    const dir = cacheDir();
    const file = path.join(root, 'docs/koordination/basis-schritt.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^step: .*$/m, 'step: .inf'));
    const first = run(root, {cacheDir: dir});
    const second = run(root, {cacheDir: dir});
    expect(first.lines.some((l) => l.includes('step'))).toBe(true);
    expect(second.lines).toEqual(first.lines);
    expect(second.stats).toEqual({hits: 3, misses: 0});
  });
});
