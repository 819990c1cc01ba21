/**
 * The guide and the GitHub files: the template in CONTRIBUTING.md is the scaffolder's and
 * validates; the pull request template is a German checklist; the workflow runs the checks on
 * every pull request, uploads the offline copy and deploys main.
 */
import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import {parse} from 'yaml';
import {afterAll, describe, expect, it} from 'vitest';
import {loadEntries} from '../../src/content/index';
import {scaffold} from '../../src/content/scaffold';
import {FIXTURES, REPO, removeSite, tempSite, TODAY} from '../support/site';

const made: string[] = [];
afterAll(() => made.forEach(removeSite));
const read = (p: string) => fs.readFileSync(path.join(REPO, p), 'utf8');

describe('CONTRIBUTING.md', () => {
  const guide = read('CONTRIBUTING.md');
  const template = guide.match(/```markdown\n([\s\S]*?)```/)![1];

  it('explains the ways in, in German: the entry assistant, the GitHub web editor and the local commands', () => {
    for (const s of ['Create new file', 'Pull Request', 'npm run new --', 'npm run validate', 'npm start', 'Übertragbarkeit', 'Eigene Worte', 'Quellen', 'Wie die Durchsicht läuft']) expect(guide).toContain(s);
    for (const s of ['Eintrags-Assistent', '„Datei herunterladen“', '„Auf GitHub vorschlagen“', '„Per E-Mail an die Redaktion“', '„Diesen Eintrag bearbeiten“']) expect(guide).toContain(s);
  });

  it('sends people who do not use Git to /beitragen and the assistant before anything else', () => {
    const intro = guide.slice(0, guide.indexOf('\n## '));
    expect(intro).toContain('](https://praxisatlas-neuzuwanderung.github.io/beitragen)');
    expect(intro).toContain('](https://praxisatlas-neuzuwanderung.github.io/beitragen/eintrag)');
  });

  it('links only to headings it has', () => {
    const slugger = new GithubSlugger();
    const withoutCode = guide.replace(/```[\s\S]*?```/g, '');
    const anchors = new Set([...withoutCode.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugger.slug(m[1].replace(/`/g, ''))));
    const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const l of links) expect(anchors, l).toContain(l);
  });

  it('shows the same template as `npm run new -- praxis meine-massnahme`', () => {
    const date = template.match(/^last_reviewed: (\S+)$/m)![1];
    expect(template).toBe(scaffold(REPO, 'praxis', 'meine-massnahme', date).text);
  });

  it('has a template that validates (placeholders are warnings, not errors)', () => {
    const dir = tempSite(path.join(FIXTURES, 'site'));
    made.push(dir);
    fs.writeFileSync(path.join(dir, 'docs/praxis/meine-massnahme.md'), template);
    const result = loadEntries(dir, {today: TODAY});
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.problems.some((p) => p.message.includes('AUSFÜLLEN'))).toBe(true);
  });

  it('is linked from the README', () => {
    expect(read('README.md')).toContain('[CONTRIBUTING.md](CONTRIBUTING.md)');
  });
});

describe('.github', () => {
  it('has a pull request template with a German checklist', () => {
    const t = read('.github/PULL_REQUEST_TEMPLATE.md');
    const items = t.split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const s of ['eigenen Worten', 'Quelle', 'Übertragbarkeit', 'personenbezogenen Daten', 'last_reviewed', 'CC BY 4.0']) expect(t).toContain(s);
  });

  it('runs npm ci, validate, generate check, tests and build on every pull request', () => {
    const ci = parse(read('.github/workflows/ci.yml'));
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(ci.on.push.branches).toEqual(['main']);
    const runs = (ci.jobs.check.steps as {run?: string}[]).map((s) => s.run ?? '').join('\n');
    const order = ['npm ci', 'npm run validate', 'npm run generate -- --check', 'npm test', 'npm run build', 'npm run build:offline'].map((c) => runs.indexOf(c));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('uploads the offline zip as an artifact and deploys main to GitHub Pages', () => {
    const ci = parse(read('.github/workflows/ci.yml'));
    const steps = ci.jobs.check.steps as {uses?: string; with?: Record<string, string>; if?: string}[];
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with?.path).toBe('praxisatlas-offline.zip');
    const pages = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!;
    expect(pages.with?.path).toBe('build');
    expect(pages.if).toContain("refs/heads/main");
    // The published site carries the offline zip and the PDF.
    expect(steps.map((s) => (s as {run?: string}).run ?? '').join('\n')).toContain('npm run build:offline -- --copy-to build');
    expect(ci.jobs.deploy.needs).toBe('check');
    expect(ci.jobs.deploy.if).toContain("refs/heads/main");
    expect(ci.jobs.deploy.permissions).toEqual({pages: 'write', 'id-token': 'write'});
    expect(ci.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
  });
});
