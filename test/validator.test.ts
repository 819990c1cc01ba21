/**
 * One named fixture per rule (test/fixtures/invalid/<case>/, laid over the small valid site in
 * test/fixtures/site/). The exact output lines are snapshotted in each case's expected.txt:
 * they are user interface.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadEntries} from '../src/content/index';
import {formatProblem} from '../src/content/problem';
import {FIXTURES, removeSite, tempSite, TODAY} from './support/site';

const cases = fs.readdirSync(path.join(FIXTURES, 'invalid')).sort();
const made: string[] = [];
afterAll(() => made.forEach(removeSite));

function validate(...overlays: string[]) {
  const dir = tempSite(path.join(FIXTURES, 'site'), ...overlays);
  made.push(dir);
  return loadEntries(dir, {today: TODAY});
}

describe('validator fixtures', () => {
  it('has a valid base site', () => {
    const result = validate();
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => e.id).sort()).toEqual(['basis-praxis', 'basis-schritt', 'basis-szenario']);
  });

  it('covers at least 25 invalid cases', () => {
    expect(cases.filter((c) => !c.startsWith('warning-')).length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('%s', async (name) => {
    const dir = path.join(FIXTURES, 'invalid', name);
    const result = validate(dir);
    const lines = result.problems.map(formatProblem);
    const errors = result.problems.filter((p) => p.severity === 'error');
    if (name.startsWith('warning-')) {
      expect(errors).toEqual([]);
      expect(lines.length).toBeGreaterThan(0);
    } else {
      expect(errors.length).toBeGreaterThan(0);
      // A problem never hides at line 1 when the case is about a specific key or body line.
      for (const p of errors) expect(p.path).toMatch(/^(docs|data)\//);
    }
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot(path.join(dir, 'expected.txt'));
  });
});
