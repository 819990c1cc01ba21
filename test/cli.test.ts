/** The command-line contract: validate's exit codes and output, the scaffolder's refusals. */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadEntries} from '../src/content/index';
import {formatProblem} from '../src/content/problem';
import {FIXTURES, REPO, removeSite, tempSite, TODAY} from './support/site';

const TSX = path.join(REPO, 'node_modules/.bin/tsx');
const made: string[] = [];
afterAll(() => made.forEach(removeSite));

function run(script: string, cwd: string, args: string[] = [], env: Record<string, string> = {}) {
  const r = spawnSync(TSX, [path.join(REPO, 'scripts', script), ...args], {cwd, encoding: 'utf8', env: {...process.env, PRAXISATLAS_TODAY: TODAY, GITHUB_ACTIONS: '', ...env}});
  return {code: r.status, stdout: r.stdout, stderr: r.stderr};
}

function site(...overlays: string[]): string {
  const dir = tempSite(path.join(FIXTURES, 'site'), ...overlays);
  made.push(dir);
  return dir;
}

describe('npm run validate', () => {
  it('exits 0 on valid content and changes no file', () => {
    const dir = site();
    const before = fs.readFileSync(path.join(dir, 'docs/praxis/basis-praxis.md'), 'utf8');
    const r = run('validate.ts', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/✓ 3 Einträge gültig, 0 Fehler, 0 Warnungen/);
    expect(fs.readFileSync(path.join(dir, 'docs/praxis/basis-praxis.md'), 'utf8')).toBe(before);
  });

  it('prints all problems of several broken files at once and exits 1', () => {
    const dir = site(path.join(FIXTURES, 'invalid/unknown-field'), path.join(FIXTURES, 'invalid/step-duplicate'));
    const r = run('validate.ts', dir);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      'docs/koordination/basis-schritt.md:9:7 step: Schritt 1 ist auch vergeben an docs/koordination/zweiter-schritt.md. Jede Nummer darf nur einmal vorkommen.',
      'docs/koordination/zweiter-schritt.md:9:7 step: Schritt 1 ist schon vergeben an docs/koordination/basis-schritt.md. Jede Nummer darf nur einmal vorkommen.',
      'docs/praxis/neue-massnahme.md:8:1 feilds: Unbekanntes Feld „feilds“. Meinten Sie „fields“?',
    ]);
  });

  it('exits 0 with warnings only', () => {
    const r = run('validate.ts', site(path.join(FIXTURES, 'invalid/warning-review-overdue')));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Warnung: Die letzte Prüfung (2023-05-02)');
  });

  it('exits 2 when there is no docs/ folder', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'praxisatlas-empty-'));
    made.push(empty);
    const r = run('validate.ts', empty);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Kein Ordner docs/');
  });

  it('prints GitHub annotations when GITHUB_ACTIONS is set', () => {
    const r = run('validate.ts', site(path.join(FIXTURES, 'invalid/related-missing')), [], {GITHUB_ACTIONS: 'true'});
    expect(r.stdout).toContain('::error file=docs/praxis/neue-massnahme.md,line=15,col=25,title=related[1]::Es gibt keinen Eintrag „basis-szenaro“. Meinten Sie „basis-szenario“?');
  });

  it('reports a file over 1 MB as a file error, not a crash', () => {
    const dir = site();
    fs.writeFileSync(path.join(dir, 'docs/praxis/riesig.md'), `---\nid: riesig\n---\n${'Text '.repeat(220_000)}`);
    const r = run('validate.ts', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^docs\/praxis\/riesig\.md:1:1 file: Die Datei ist 1,0 MB groß, erlaubt ist höchstens 1 MB\./m);
  });
});

describe('npm run new', () => {
  it.each(['praxis', 'koordination', 'lektion', 'kontext'])('scaffolds a %s entry that validates with placeholder warnings', (type) => {
    const dir = site();
    const r = run('new.ts', dir, [type, 'neuer-eintrag']);
    expect(r.code).toBe(0);
    const result = loadEntries(dir, {today: TODAY});
    const lines = result.problems.map(formatProblem);
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((l) => l.includes('Warnung: Platzhaltertext „AUSFÜLLEN“'))).toBe(true);
    expect(result.entries.map((e) => e.id)).toContain('neuer-eintrag');
  });

  it('gives a new playbook step the next free number', () => {
    const dir = site();
    run('new.ts', dir, ['koordination', 'neuer-schritt']);
    expect(fs.readFileSync(path.join(dir, 'docs/koordination/neuer-schritt.md'), 'utf8')).toMatch(/^step: 2 /m);
  });

  it.each([
    [['praxis', 'basis-praxis'], /docs\/praxis\/basis-praxis\.md gibt es schon/],
    [['lektion', 'basis-praxis'], /Die Kennung „basis-praxis“ ist schon vergeben \(docs\/praxis\/basis-praxis\.md\)/],
    [['praxis', 'Mein_Eintrag'], /Ungültige Kennung „Mein_Eintrag“/],
    [['projekt', 'x'], /Unbekannter Typ „projekt“\. Erlaubt sind: kontext, koordination, szenario, praxis, lektion\./],
    [['praxsi', 'x'], /Meinten Sie „praxis“\?/],
    [[], /Aufruf: npm run new -- <typ> <kennung>/],
  ])('refuses %j with exit 1', (args, message) => {
    const dir = site();
    const r = run('new.ts', dir, args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });
});
