/**
 * Issue form → entry: the converter behind .github/workflows/vorschlag.yml, on one fixture body
 * per case (test/fixtures/issue-bodies/): a valid proposal becomes an entry the validator accepts
 * unchanged; a missing field and an unknown value give the validator's German lines; hostile
 * text stays text in a file under docs/praxis/ that the gate refuses, and nothing else is written.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {loadEntries} from '../../src/content/index';
import {idFromTitle, issueSections, issueToEntry} from '../../src/content/issue-entry';
import {formatProblem} from '../../src/content/problem';
import {FIXTURES, REPO, removeSite, tempSite, TODAY} from '../support/site';

const BODIES = path.join(FIXTURES, 'issue-bodies');
const body = (name: string) => fs.readFileSync(path.join(BODIES, `${name}.md`), 'utf8');
const made: string[] = [];
afterAll(() => made.forEach(removeSite));

/** Runs the CLI as the workflow does (body through the environment) in a copy of the fixture site. */
function convert(name: string, number = 7) {
  const dir = tempSite(path.join(FIXTURES, 'site'));
  made.push(dir);
  const commentFile = path.join(dir, 'kommentar.md');
  const outputFile = path.join(dir, 'github-output.txt');
  const r = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(REPO, 'scripts/issue-to-entry.ts'), '--comment-file', commentFile], {
    cwd: dir,
    encoding: 'utf8',
    env: {...process.env, ISSUE_BODY: body(name), ISSUE_TITLE: '[Praxis]: Vorschlag', ISSUE_NUMBER: String(number), PRAXISATLAS_TODAY: TODAY, GITHUB_OUTPUT: outputFile},
  });
  const output = Object.fromEntries(fs.readFileSync(outputFile, 'utf8').trim().split('\n').map((l) => l.split('=') as [string, string]));
  return {dir, r, output, comment: fs.readFileSync(commentFile, 'utf8'), result: loadEntries(dir, {today: TODAY})};
}

const frontmatterOf = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]) as Record<string, unknown>;

describe('issue body parsing', () => {
  it('reads the ### sections of an issue form, with _No response_ as empty', () => {
    const s = issueSections(body('valid'));
    expect(s.get('Kommune')).toBe('Gelsenkirchen');
    expect(s.get('Endjahr')).toBe('');
    expect(s.get('Akteure')).toBe('Freie Träger und Wohlfahrtsverbände (freie-traeger), Kliniken, Ärzteschaft und Gesundheitsdienste (gesundheitswesen), Ehrenamt (ehrenamt)');
  });

  it('makes a kebab-case id from the title, umlauts spelled out', () => {
    expect(idFromTitle('[Praxis]: Lotsendienst für Familien – Gelsenkirchen')).toBe('lotsendienst-fuer-familien-gelsenkirchen');
    expect(idFromTitle('Straße & Café')).toBe('strasse-cafe');
    expect(idFromTitle('../../.github')).toBe('github');
  });
});

describe('a valid proposal', () => {
  const {r, output, comment, result} = convert('valid');
  const file = 'docs/praxis/lotsendienst-fuer-neu-zugewanderte-familien-in-gelsenkirchen.md';

  it('becomes an entry and a draft work that the validator accepts unchanged', () => {
    expect(r.status).toBe(0);
    expect(output).toEqual({id: 'lotsendienst-fuer-neu-zugewanderte-familien-in-gelsenkirchen', path: file, valid: 'true'});
    expect(result.problems.map(formatProblem)).toEqual([]);
    const e = result.entries.find((x) => x.path === file)!;
    expect(e.fields.map((f) => f.value)).toEqual(['teilhabe', 'gesundheit']);
    // A label with a comma of its own („Kliniken, Ärzteschaft und …“) is one choice.
    expect(e.actors.map((a) => a.value)).toEqual(['freie-traeger', 'gesundheitswesen', 'ehrenamt']);
    expect(e.resources).toEqual({staff: 'zwölf Ehrenamtliche, eine halbe Koordinationsstelle', period: 'seit 2019'});
    expect(e.keyPoints).toHaveLength(2);
    expect(e.sources.map((s) => s.cite)).toEqual(['Stadt Gelsenkirchen 2024, Sachbericht Lotsendienst, S. 3–5']);
    expect(e.headings).not.toContain('Schwierigkeiten');
  });

  it('says so in German on the issue', () => {
    expect(comment).toContain('besteht die Prüfung');
    expect(comment).toContain(file);
  });
});

describe('proposals with mistakes', () => {
  it('a missing field gives the validator\'s lines, in the comment too', () => {
    const {output, comment, result} = convert('missing-field');
    const lines = result.problems.map(formatProblem);
    expect(output.valid).toBe('false');
    expect(lines.some((l) => / city: Pflichtfeld fehlt\./.test(l))).toBe(true);
    expect(lines.some((l) => / key_points: Die Liste braucht mindestens 2 Einträge\./.test(l))).toBe(true);
    for (const l of lines) expect(comment).toContain(l);
    expect(comment).toContain('Bitte bearbeiten Sie das Issue');
  });

  it('an unknown value is reported with the allowed ones; an unknown Handlungsfeld is named in the comment', () => {
    const {comment, result} = convert('unknown-value');
    const lines = result.problems.map(formatProblem);
    expect(lines).toEqual([expect.stringMatching(/:\d+:\d+ status: Unbekannter Wert „läuft noch“\. Erlaubt sind: geplant \(Geplant\), laufend \(Laufend\), beendet \(Beendet\)\.$/)]);
    expect(comment).toContain('`Integration` ist kein Wert für fields');
  });
});

describe('a hostile proposal', () => {
  const {dir, output, result} = convert('hostile', 13);

  it('writes one file under docs/praxis/ with a safe id, and no frontmatter key the form does not have', () => {
    expect(output.path).toMatch(/^docs\/praxis\/[a-z0-9]+(-[a-z0-9]+)*\.md$/);
    const written = fs.readdirSync(path.join(dir, 'docs/praxis')).sort();
    expect(written).toEqual(['basis-praxis.md', path.basename(output.path)].sort());
    expect(fs.existsSync(path.join(dir, '.github'))).toBe(false);
    const fm = frontmatterOf(fs.readFileSync(path.join(dir, output.path), 'utf8'));
    expect(fm.id).toBe(output.id);
    expect(Object.keys(fm)).not.toContain('slug');
    expect(Object.keys(fm)).not.toContain('__proto__');
    // The text that tried to close the frontmatter is one line of the title and description.
    expect(fm.title).toBe('../../.github/workflows/ci --- id: gekapert');
    expect(String(fm.description)).toContain('<script>alert(1)</script> ${{ secrets.GITHUB_TOKEN }} $(curl example.org)');
  });

  it('is refused by the gate with German lines, not run', () => {
    const lines = result.problems.filter((p) => p.path === output.path).map(formatProblem);
    expect(output.valid).toBe('false');
    expect(lines.some((l) => l.includes('Unsicheres HTML (<img src=x onerror='))).toBe(true);
    expect(lines.some((l) => l.includes('Unsicheres Linkziel „javascript:alert(1)“'))).toBe(true);
  });
});

describe('the converter on its own', () => {
  const valid = body('valid');

  it('keeps a ### heading inside an answer in that answer', () => {
    const withHeading = valid.replace('Eine Koordinatorin vermittelt', '### Erste Phase\n\nEine Koordinatorin vermittelt');
    const e = issueToEntry({title: '', body: withHeading, number: 7, today: TODAY});
    expect(e.text).toContain('## Vorgehen\n\n### Erste Phase\n\nEine Koordinatorin vermittelt');
  });

  it('refuses to call a proposal ready without all three consents', () => {
    expect(issueToEntry({title: '', body: valid, number: 7, today: TODAY}).consent).toBe(true);
    const e = issueToEntry({title: '', body: valid.replace('- [X] Der Vorschlag enthält', '- [ ] Der Vorschlag enthält'), number: 7, today: TODAY});
    expect(e.consent).toBe(false);
    expect(e.notes.join(' ')).toContain('nicht alle Punkte bestätigt');
  });

  it('quotes issue text in the comment as inline code: no mention, link or image of its own', () => {
    const e = issueToEntry({title: '', body: valid.replace('Kommunale Mittel (kommunal)', '@praxisatlas/redaktion ![x](https://example.org/p.png) `code`'), number: 7, today: TODAY});
    const note = e.notes.find((n) => n.includes('funding'))!;
    expect(note).toMatch(/^`@praxisatlas\/redaktion !\[x\]\(https:\/\/example\.org\/p\.png\) 'code'` ist kein Wert für funding/);
  });

  it('sets a measure without figures to `beschrieben` and says why', () => {
    const e = issueToEntry({title: '', body: valid.replace('Beschrieben (beschrieben)', 'Mit Zahlen (mit-zahlen)'), number: 7, today: TODAY});
    expect(e.text).toContain('evidence: beschrieben');
    expect(e.notes.join(' ')).toContain('outcomes');
  });

  it('makes a valid id when the title is long and taken, and falls back to vorschlag-<n>', () => {
    const long = valid.replace('Lotsendienst für neu zugewanderte Familien in Gelsenkirchen', `${'a'.repeat(47)} b c d e f g h`);
    const first = issueToEntry({title: '', body: long, number: 42, today: TODAY}).id;
    const second = issueToEntry({title: '', body: long, number: 42, today: TODAY, existingIds: new Set([first])}).id;
    expect(second).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-42$/);
    const third = issueToEntry({title: '', body: long, number: 42, today: TODAY, existingIds: new Set([first, second])}).id;
    expect(third).toBe('vorschlag-42');
  });

  it('keeps the id stable when the issue is edited, and avoids ids that exist', () => {
    const a = issueToEntry({title: '', body: body('valid'), number: 7, today: TODAY});
    expect(issueToEntry({title: '', body: body('valid'), number: 7, today: TODAY}).text).toBe(a.text);
    const b = issueToEntry({title: '', body: body('valid'), number: 7, today: TODAY, existingIds: new Set([a.id])});
    expect(b.id).toMatch(/-7$/);
    expect(b.id).not.toBe(a.id);
  });
});

describe('.github/workflows/vorschlag.yml', () => {
  const workflow = parse(fs.readFileSync(path.join(REPO, '.github/workflows/vorschlag.yml'), 'utf8')) as {
    on: {issues: {types: string[]}};
    permissions: Record<string, string>;
    jobs: {entry: {if: string; permissions: Record<string, string>; env: Record<string, string>; steps: {run?: string; uses?: string; with?: Record<string, unknown>; env?: Record<string, string>}[]}};
  };
  const job = workflow.jobs.entry;
  const runs = job.steps.flatMap((s) => (s.run ? [s.run] : []));

  it('runs on proposals only, with no more rights than branch, pull request and comment need', () => {
    expect(workflow.on.issues.types).toEqual(expect.arrayContaining(['opened', 'edited']));
    expect(job.if).toContain("'neuer-eintrag'");
    expect(workflow.permissions).toEqual({contents: 'read'});
    expect(job.permissions).toEqual({contents: 'write', 'pull-requests': 'write', issues: 'write'});
    expect(job.if).toContain("github.event.issue.state == 'open'");
  });

  it('shows the write token only to the steps that push or comment, not to npm ci or the converter', () => {
    expect(job.steps.find((s) => s.uses?.startsWith('actions/checkout'))!.with).toMatchObject({'persist-credentials': false});
    expect(Object.keys(job.env)).not.toContain('GH_TOKEN');
    const withToken = job.steps.filter((s) => s.env?.GH_TOKEN).map((s) => s.run ?? '');
    expect(withToken).toHaveLength(2);
    for (const run of withToken) expect(run).not.toMatch(/npm|tsx/);
  });

  it('hands issue text to the converter through the environment only, never into a shell line', () => {
    expect(job.env.ISSUE_BODY).toBe('${{ github.event.issue.body }}');
    expect(job.env.ISSUE_TITLE).toBe('${{ github.event.issue.title }}');
    for (const run of runs) expect(run).not.toMatch(/\$\{\{/);
    expect(runs.some((r) => r.includes('scripts/issue-to-entry.ts'))).toBe(true);
    expect(runs.some((r) => r.includes('npm run validate'))).toBe(true);
  });
});
