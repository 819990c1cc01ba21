/**
 * Facts carry over, sentences do not: no run of 12 consecutive words of any entry, blog post or
 * glossary definition may appear in the source article. Checked against the committed fingerprint
 * (hashes of the source's 12-word runs) and, when ../shared/sources is present, against the source
 * itself — which also proves the fingerprint is current.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadEntries, OPERATOR_PATH} from '../../src/content/index';
import {copiedRuns, fingerprint, RUN_LENGTH} from '../support/nocopy';
import {FIXTURES, REPO, TODAY} from '../support/site';

const stored = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'source/fingerprint.json'), 'utf8')) as {runLength: number; files: string[]; hashes: string[]};
const hashes = new Set(stored.hashes);
const SHARED = path.resolve(REPO, '../shared/sources');

function texts(): {name: string; text: string}[] {
  const {entries, glossary} = loadEntries(REPO, {today: TODAY});
  const out = entries.map((e) => ({name: e.path, text: `${e.title}\n\n${e.description}\n\n${fs.readFileSync(path.join(REPO, e.path), 'utf8').replace(/^---[\s\S]*?\n---\n/, '')}`}));
  for (const t of glossary) out.push({name: `data/glossary.yml#${t.id}`, text: t.definition});
  const blog = path.join(REPO, 'blog');
  for (const f of fs.readdirSync(blog).filter((f) => f.endsWith('.md'))) out.push({name: `blog/${f}`, text: fs.readFileSync(path.join(blog, f), 'utf8')});
  return out;
}

describe('own words', () => {
  it('uses a fingerprint of the whole source with the agreed run length', () => {
    expect(stored.runLength).toBe(RUN_LENGTH);
    expect(stored.hashes.length).toBeGreaterThan(4000);
  });

  it('finds a pasted source sentence, across the PDF\'s split ligatures and hyphenation', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'source/copied-entry.md'), 'utf8');
    expect(copiedRuns(text, hashes)).toEqual([
      'das erkennen der situation und der dargestellten problemlagen als neues handlungsfeld war einer der ersten schritte des dortmunder weges',
    ]);
  });

  it('no entry, blog post or glossary term copies a run of 12 words from the source', () => {
    const offences = texts().flatMap(({name, text}) => copiedRuns(text, hashes).map((p) => `${name}: „${p}“`));
    expect(offences).toEqual([]);
  });

  it.runIf(fs.existsSync(SHARED))('the committed fingerprint matches ../shared/sources (run `npm run fingerprint` if not)', () => {
    const files = fs.readdirSync(SHARED).filter((f) => f.endsWith('.txt')).sort();
    const source = files.map((f) => fs.readFileSync(path.join(SHARED, f), 'utf8')).join('\n');
    expect(stored.files).toEqual(files);
    expect(stored.hashes).toEqual(fingerprint(source));
  });
});

describe('no personal contact data', () => {
  it('has no e-mail address or phone number in content, data or pages', () => {
    const roots = ['docs', 'blog', 'data', 'src/pages', 'static'].map((d) => path.join(REPO, d));
    const offences: string[] = [];
    const walk = (dir: string) => {
      for (const d of fs.readdirSync(dir, {withFileTypes: true})) {
        const full = path.join(dir, d.name);
        // The operator settings hold the functional addresses of an office by design (roles, not people).
        if (path.relative(REPO, full) === OPERATOR_PATH) continue;
        if (d.isDirectory()) walk(full);
        else if (/\.(md|ya?ml|tsx?|txt|html)$/.test(d.name)) {
          const text = fs.readFileSync(full, 'utf8');
          for (const m of text.matchAll(/[\w.+-]+@[\w-]+\.[\w.]+|\bccerta\b|(?:\+49|\b0\d{2,4})[ /-]?\d{3,}[ -]?\d{2,}/g)) offences.push(`${path.relative(REPO, full)}: ${m[0]}`);
        }
      }
    };
    roots.filter((r) => fs.existsSync(r)).forEach(walk);
    expect(offences).toEqual([]);
  });
});
