/**
 * Near-duplicate entries: the German normalisation, the similarity, the threshold, and the
 * warning as a contributor sees it (fixture: an entry copied as a template, title changed only).
 */
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {DUPLICATE_THRESHOLD, findDuplicates, jaccard, normalizeGerman} from '../../src/content/duplicates';
import {loadEntries} from '../../src/content/index';
import {formatProblem} from '../../src/content/problem';
import {FIXTURES, REPO, removeSite, tempSite, TODAY} from '../support/site';

const made: string[] = [];
afterAll(() => made.forEach(removeSite));

const words = (s: string) => new Set(normalizeGerman(s));
const entry = (p: string, title: string, description = `${p} ist eine ganz eigene Beschreibung ohne Überschneidung`) => ({path: p, title, description});

describe('German normalisation', () => {
  it('lowercases, folds umlauts and ß, drops accents, punctuation and stop words', () => {
    expect(normalizeGerman('Sprachcafé für Neuzugewanderte: „Deutsch lernen“ – im Stadtteil Ückendorf! Straße')).toEqual(['sprachcafe', 'neuzugewanderte', 'deutsch', 'lernen', 'stadtteil', 'ueckendorf', 'strasse']);
  });

  it('treats „Fuer“ and „für“ alike and drops both as stop words', () => {
    expect(normalizeGerman('Beratung für Familien')).toEqual(normalizeGerman('BERATUNG FUER FAMILIEN'));
  });
});

describe('similarity', () => {
  it('is shared words over all words (Jaccard)', () => {
    expect(jaccard(words('Clearingstelle Gesundheit'), words('Clearingstelle Gesundheit'))).toBe(1);
    expect(jaccard(words('Clearingstelle Gesundheit Gelsenkirchen'), words('Clearingstelle Gesundheit'))).toBeCloseTo(2 / 3);
    expect(jaccard(words(''), words(''))).toBe(0);
  });

  it('flags a copied title, but not once the city makes the difference visible', () => {
    const existing = entry('docs/praxis/clearingstelle-gesundheit.md', 'Clearingstelle Gesundheit');
    expect(findDuplicates([existing, entry('docs/praxis/a.md', 'Clearingstelle: Gesundheit!')])).toHaveLength(1);
    expect(findDuplicates([existing, entry('docs/praxis/b.md', 'Clearingstelle Gesundheit Gelsenkirchen')])).toEqual([]);
  });

  it('flags a copied description even with a new title', () => {
    const description = 'Ein muttersprachliches Team berät zum Versicherungsschutz und bringt Zugewanderte in eine Krankenversicherung.';
    const pairs = findDuplicates([
      {path: 'docs/praxis/a.md', title: 'Clearingstelle', description},
      {path: 'docs/praxis/b.md', title: 'Gesundheitslotsen Herne', description: description.replace('Ein ', 'Unser ')},
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0].title).toBe(0);
    expect(pairs[0].description).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
  });

  it('finds no near-duplicates in the real content', () => {
    const result = loadEntries(REPO, {today: TODAY});
    expect(findDuplicates(result.entries)).toEqual([]);
  });
});

describe('validator warning', () => {
  it('names the other file in both files, at the description line, as a warning', async () => {
    const dir = tempSite(path.join(FIXTURES, 'site'), path.join(FIXTURES, 'contributing/duplicate'));
    made.push(dir);
    const result = loadEntries(dir, {today: TODAY});
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
    // A warning does not keep an entry out of the site.
    expect(result.entries.map((e) => e.id)).toContain('clearingstelle-gesundheit-herne');
    const lines = result.problems.map(formatProblem);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^docs\/praxis\/basis-praxis\.md:5:14 description: Warnung: .*docs\/praxis\/clearingstelle-gesundheit-herne\.md/);
    expect(lines[1]).toMatch(/^docs\/praxis\/clearingstelle-gesundheit-herne\.md:5:14 description: Warnung: .*docs\/praxis\/basis-praxis\.md/);
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot(path.join(FIXTURES, 'contributing/duplicate/expected.txt'));
  });
});
