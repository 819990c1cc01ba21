/**
 * An entry's history (src/content/history.ts) is read from one `git log` for the whole of docs/;
 * here it must agree, file by file, with what `git log` says about each file alone, in a real
 * temporary repository with fixed dates: a renamed file keeps its history, a re-added file starts
 * anew, a hostile commit subject is cleaned. A shallow clone, a folder outside Git, a machine
 * without git and an uncommitted file fall back to `last_reviewed`.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {cleanSubject, entryHistories, getHistory, historyNotice, MAX_CHANGES, MAX_SUBJECT_CHARS, readGitLog, type GitLog} from '../../src/content/history';
import type {Entry} from '../../src/content/normalize';
import {removeSite} from '../support/site';

const made: string[] = [];
afterAll(() => made.forEach(removeSite));

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

// The machine's Git settings (signing, hooks, default branch) must not reach the fixture repository.
const GIT_ENV = {...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org'};

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {cwd, encoding: 'utf8', env: {...GIT_ENV, ...env}});
}

function write(root: string, rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, rel)), {recursive: true});
  fs.writeFileSync(path.join(root, rel), text);
}

function commit(root: string, date: string, message: string): void {
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '--cleanup=verbatim', '-m', message], {GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date});
}

/** Only what history.ts reads of an entry. */
const entry = (p: string, lastReviewed = '2026-02-01') => ({path: p, lastReviewed}) as Entry;

const HOSTILE = 'Fix\u001b[31m <script>alert("x")</script>\tTab\u202eevil\u0007 \u001e\u001f end\nsecond line of the first paragraph';
const LONG = `Lang: ${'Wörter '.repeat(40)}`;

const CLEARING = 'docs/praxis/clearingstelle-dortmund.md';
const EU = 'docs/kontext/eu.md';
const READDED = 'docs/praxis/wieder-da.md';
const NEW = 'docs/praxis/neu.md';

let repo: string;

beforeAll(() => {
  repo = tempDir('praxisatlas-history-');
  git(repo, ['init', '-q']);
  write(repo, 'docs/praxis/clearing.md', 'Clearingstelle\n');
  write(repo, EU, 'EU\n');
  write(repo, READDED, 'erste Fassung\n');
  commit(repo, '2026-01-05T10:00:00+01:00', 'Neue Einträge: Clearingstelle und EU');
  // Midnight in the author's zone, the evening before in UTC: the author's date counts.
  write(repo, EU, 'EU, ergänzt\n');
  fs.rmSync(path.join(repo, READDED));
  commit(repo, '2026-03-10T00:30:00+02:00', 'Kontext ergänzt, alter Eintrag entfernt');
  git(repo, ['mv', 'docs/praxis/clearing.md', CLEARING]);
  commit(repo, '2026-06-01T12:00:00+02:00', 'Kennung geändert: clearingstelle-dortmund');
  write(repo, 'README.md', 'nicht unter docs/\n');
  write(repo, READDED, 'neue Fassung\n');
  commit(repo, '2026-07-01T09:00:00+02:00', 'Eintrag neu angelegt');
  write(repo, CLEARING, 'Clearingstelle, geändert\n');
  commit(repo, '2026-09-15T18:00:00+02:00', HOSTILE);
  write(repo, EU, 'EU, noch einmal\n');
  commit(repo, '2026-10-01T08:00:00+02:00', LONG);
  // Written, never committed.
  write(repo, NEW, 'neu\n');
});

/** What `git log` says about one file alone (following renames), cleaned the same way. */
function gitLogOf(file: string): {date: string; subject: string}[] {
  const out = git(repo, ['log', '--follow', '-z', '--format=%aI%x1f%s', '--', file]);
  return out
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [date, ...subject] = line.split('\x1f');
      return {date: date.slice(0, 10), subject: cleanSubject(subject.join('\x1f'))};
    });
}

describe('readGitLog on a full repository', () => {
  let log: GitLog;
  beforeAll(() => {
    log = readGitLog(repo);
  });

  it('reads it', () => {
    expect(log.status).toBe('ok');
    expect(historyNotice(log)).toBeUndefined();
  });

  it('agrees with `git log` for each file, newest first', () => {
    for (const file of [CLEARING, EU]) {
      const expected = gitLogOf(file).slice(0, MAX_CHANGES);
      expect(expected.length, file).toBeGreaterThan(1);
      expect(log.files.get(file), file).toEqual(expected);
    }
  });

  it('follows a rename: the entry keeps the history of its old path', () => {
    expect(log.files.get(CLEARING)!.map((c) => c.date)).toEqual(['2026-09-15', '2026-06-01', '2026-01-05']);
    expect(log.files.has('docs/praxis/clearing.md')).toBe(false);
  });

  it('takes the author’s own calendar day', () => {
    expect(log.files.get(EU)!.map((c) => c.date)).toEqual(['2026-10-01', '2026-03-10', '2026-01-05']);
  });

  it('starts a re-added file’s history at the new file, not at the deleted one', () => {
    expect(log.files.get(READDED)).toEqual([{date: '2026-07-01', subject: 'Eintrag neu angelegt'}]);
  });

  it('keeps only files under docs/', () => {
    expect([...log.files.keys()].sort()).toEqual([EU, CLEARING, READDED].sort());
  });

  it('cleans a hostile subject: no control or direction characters, one line, text left as text', () => {
    const subject = log.files.get(CLEARING)![0].subject;
    expect(subject).toBe('Fix[31m <script>alert("x")</script> Tabevil end second line of the first paragraph');
    expect(subject).not.toMatch(/[\p{Cc}\u202e]/u);
  });

  it('cuts a long subject', () => {
    const subject = log.files.get(EU)![0].subject;
    expect(Array.from(subject)).toHaveLength(MAX_SUBJECT_CHARS);
    expect(subject.endsWith('…')).toBe(true);
    expect(LONG.startsWith(subject.slice(0, -1))).toBe(true);
  });
});

describe('entryHistories', () => {
  it('gives the last change from Git, and last_reviewed for an uncommitted file', () => {
    const histories = entryHistories([entry(CLEARING), entry(NEW, '2026-11-24')], readGitLog(repo));
    expect(histories.get(CLEARING)).toMatchObject({lastChanged: '2026-09-15', source: 'git'});
    expect(histories.get(CLEARING)!.changes).toHaveLength(3);
    expect(histories.get(NEW)).toEqual({lastChanged: '2026-11-24', source: 'last_reviewed', changes: []});
  });
});

describe('without a full history', () => {
  it('a shallow clone falls back to last_reviewed and says so', () => {
    const clone = path.join(tempDir('praxisatlas-shallow-'), 'klon');
    git(os.tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const log = readGitLog(clone);
    expect(log.status).toBe('shallow');
    expect(historyNotice(log)).toBe('Die Versionsgeschichte ist nicht vollständig (flacher Klon): „Zuletzt geändert“ zeigt das Prüfdatum.');
    expect(entryHistories([entry(CLEARING, '2026-05-05')], log).get(CLEARING)).toEqual({lastChanged: '2026-05-05', source: 'last_reviewed', changes: []});
  });

  it('a folder outside any repository falls back', () => {
    const dir = tempDir('praxisatlas-norepo-');
    write(dir, CLEARING, 'x\n');
    // Git must not look above the folder (os.tmpdir() could lie inside a repository).
    vi.stubEnv('GIT_CEILING_DIRECTORIES', path.dirname(dir));
    try {
      const log = readGitLog(dir);
      expect(log.status).toBe('not-a-repository');
      expect(historyNotice(log)).toMatch(/^Der Ordner ist kein Git-Repository/);
      expect(entryHistories([entry(CLEARING)], log).get(CLEARING)).toEqual({lastChanged: '2026-02-01', source: 'last_reviewed', changes: []});
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('a machine without git falls back', () => {
    vi.stubEnv('PATH', tempDir('praxisatlas-nopath-'));
    try {
      expect(readGitLog(repo).status).toBe('no-git');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('getHistory', () => {
  it('reads Git once per load of the content and prints the shallow line once', () => {
    const clone = path.join(tempDir('praxisatlas-shallow-'), 'klon');
    git(os.tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const entries = [entry(CLEARING)];
      const first = getHistory(clone, entries);
      expect(getHistory(clone, entries)).toBe(first);
      expect(warn.mock.calls).toEqual([['Die Versionsgeschichte ist nicht vollständig (flacher Klon): „Zuletzt geändert“ zeigt das Prüfdatum.']]);
      expect(getHistory(repo, entries).get(CLEARING)?.source).toBe('git');
    } finally {
      warn.mockRestore();
    }
  });
});
