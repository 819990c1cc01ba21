/**
 * The "hidden-style" check of the contribution path: a realistic entry from another city (with a
 * new bibliography item) validates and builds; the same entry with five typical mistakes gives
 * exactly five error lines, at the right lines, with a German fix; in CI the same problems are
 * workflow annotations on those lines.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadEntries, OPERATOR_PATH} from '../../src/content/index';
import {formatProblem} from '../../src/content/problem';
import {copyProject, docusaurusBuild} from '../support/build';
import {REPO, removeSite, TODAY} from '../support/site';
import {applyContribution, CONTRIBUTING_FIXTURES, contentWith} from './contribution';

const ENTRY = 'docs/praxis/lotsendienst-gelsenkirchen.md';
const made: string[] = [];
afterAll(() => made.forEach(removeSite));

/**
 * The contribution's problems. The real data/ comes with the operator settings' placeholders
 * (warnings of the site's settings, not of the contribution; see real-content.test.ts): they are
 * split off here, and must be warnings only.
 */
function validate(fixture: string) {
  const dir = contentWith(fixture);
  made.push(dir);
  const all = loadEntries(dir, {today: TODAY});
  const operator = all.problems.filter((p) => p.path === OPERATOR_PATH);
  expect(operator.filter((p) => p.severity !== 'warning')).toEqual([]);
  return {dir, result: {...all, problems: all.problems.filter((p) => p.path !== OPERATOR_PATH)}};
}

const fixtureLines = (fixture: string) => fs.readFileSync(path.join(CONTRIBUTING_FIXTURES, fixture, ENTRY), 'utf8').split('\n');

describe('a contribution from Gelsenkirchen', () => {
  it('validates against the real content without any problem', () => {
    const {result} = validate('gelsenkirchen/valid');
    expect(result.problems.map(formatProblem)).toEqual([]);
    const entry = result.entries.find((e) => e.id === 'lotsendienst-gelsenkirchen');
    expect(entry?.city).toBe('Gelsenkirchen');
    // The new work in data/sources.yml is resolved, and the related entries link back.
    expect(entry?.sources[0]).toMatchObject({ref: 'stadt-gelsenkirchen-2024', cite: 'Stadt Gelsenkirchen 2024', pages: '4–9'});
    expect(result.entries.find((e) => e.id === 'anlaufstelle-willkommen-europa')?.backlinks.map((b) => b.id)).toContain('lotsendienst-gelsenkirchen');
  });

  it('with five typical mistakes gives five error lines, at the lines of the mistakes, each with a fix', async () => {
    const {result} = validate('gelsenkirchen/mistakes');
    const lines = result.problems.map(formatProblem);
    expect(result.problems.map((p) => [p.path, p.severity])).toEqual(Array(5).fill([ENTRY, 'error']));
    const source = fixtureLines('gelsenkirchen/mistakes');
    // Each problem points at the line that holds the mistake.
    const at = (field: string) => result.problems.find((p) => p.field === field)!;
    expect(source[at('„city“').line - 1]).toBe('„city“: Gelsenkirchen');
    expect(source[at('fields[2]').line - 1].slice(at('fields[2]').column - 1)).toMatch(/^sprahce/);
    expect(source[at('status').line - 1]).toBe('status: läuft');
    expect(source[at('last_reviewed').line - 1]).toBe('last_reviewed: 20.11.2026');
    expect(source[at('url').line - 1]).toBe('url: www.gelsenkirchen.de');
    // German, and saying what to do.
    expect(at('„city“').message).toContain('Tippen Sie den Namen neu ein („city“)');
    expect(at('fields[2]').message).toContain('Meinten Sie „sprache“?');
    expect(at('status').message).toContain('Erlaubt sind: geplant (Geplant), laufend (Laufend), beendet (Beendet)');
    expect(at('last_reviewed').message).toContain('im Format JJJJ-MM-TT');
    expect(at('url').message).toContain('mit `https://` beginnt');
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot(path.join(CONTRIBUTING_FIXTURES, 'gelsenkirchen/mistakes/expected.txt'));
  });

  it('with wrong references gets "Meinten Sie" for related, the bibliography key and both kinds of links', async () => {
    const {result} = validate('gelsenkirchen/references');
    const lines = result.problems.map(formatProblem);
    expect(result.problems.map((p) => p.field)).toEqual(['sources[0].ref', 'related[1]', 'body', 'body']);
    expect(lines.every((l) => l.includes('Meinten Sie'))).toBe(true);
    const source = fixtureLines('gelsenkirchen/references');
    for (const p of result.problems) {
      const wrong = p.message.match(/„([^“]+)“/)![1];
      expect(source[p.line - 1].slice(p.column - 1)).toContain(wrong);
    }
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot(path.join(CONTRIBUTING_FIXTURES, 'gelsenkirchen/references/expected.txt'));
  });

  it('shows each mistake as a workflow annotation on its line when run in GitHub Actions', () => {
    const {dir, result} = validate('gelsenkirchen/mistakes');
    const r = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(REPO, 'scripts/validate.ts'), dir], {
      encoding: 'utf8',
      env: {...process.env, GITHUB_ACTIONS: 'true', PRAXISATLAS_TODAY: TODAY},
    });
    expect(r.status).toBe(1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(annotations).toHaveLength(5);
    // The only other annotations are the operator settings' placeholder warnings.
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::') && !l.startsWith('::error') && !l.startsWith('::warning file=data/betreiber.yml,'))).toEqual([]);
    for (const p of result.problems) {
      expect(annotations).toContainEqual(expect.stringMatching(new RegExp(`^::error file=docs/praxis/lotsendienst-gelsenkirchen\\.md,line=${p.line},col=${p.column},title=[^:]+::`)));
    }
    // Without GITHUB_ACTIONS: only the plain lines.
    const plain = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(REPO, 'scripts/validate.ts'), dir], {encoding: 'utf8', env: {...process.env, GITHUB_ACTIONS: '', PRAXISATLAS_TODAY: TODAY}});
    expect(plain.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
  });
});

describe('the site with the contribution', () => {
  let project: string;
  let out: string;
  let build: {code: number | null; output: string};

  beforeAll(() => {
    project = copyProject();
    made.push(project);
    applyContribution(project, 'gelsenkirchen/valid');
    applyContribution(project, 'review-overdue');
    out = path.join(project, 'build');
    build = docusaurusBuild(project, out, {PRAXISATLAS_TODAY: TODAY});
  }, 300_000);

  const page = (url: string) => fs.readFileSync(path.join(out, `${url}.html`), 'utf8');

  it('builds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('has the entry page with its new source', () => {
    const html = page('/praxis/lotsendienst-gelsenkirchen');
    expect(html).toContain('Lotsendienst für neu zugewanderte Familien in Gelsenkirchen');
    expect(html).toContain('Stadt Gelsenkirchen 2024');
  });

  it('lists the overdue entry on /pruefung-faellig with date and link, and not the fresh one', () => {
    const html = page('/pruefung-faellig');
    // The HTML is minified: attribute quotes are optional.
    expect(html).toMatch(/href="?\/praxis\/sprachcafe-bochum"?[^>]*>Sprachcafé für neu zugewanderte Eltern in Bochum</);
    expect(html).toMatch(/<time datetime="?2023-05-02"?>02\.05\.2023<\/time>/);
    expect(html).toContain('docs/praxis/sprachcafe-bochum.md');
    expect(html).not.toContain('Lotsendienst für neu zugewanderte Familien');
    expect(html).not.toContain('Zurzeit ist keine Prüfung fällig');
  });
});
