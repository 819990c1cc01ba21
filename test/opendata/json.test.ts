/**
 * daten/eintraege.json holds exactly the entries the gate passed, each with every frontmatter field
 * (as its file writes it), the German labels of the vocabulary values, its web address and text.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import {FIELD_TYPES} from '../../src/content/schema';
import {vocabularies} from '../../src/content/vocabularies';
import {LICENCE} from '../../src/opendata/atlas';
import {entriesJson, entriesJsonText, type JsonEntry} from '../../src/opendata/json';
import {VOCABULARY_FIELDS} from '../../src/opendata/record';
import {content, context, REPO, WEB} from './support';

const real = content();
const data = JSON.parse(entriesJsonText(entriesJson(real.entries, real.bibliography, context(real)))) as ReturnType<typeof entriesJson>;

/** The frontmatter as the file writes it. */
function frontmatterOf(file: string): Record<string, unknown> {
  const text = fs.readFileSync(path.join(REPO, file), 'utf8');
  return parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]) as Record<string, unknown>;
}

/** What the file says, in the spelling the JSON uses: texts that YAML read as numbers stay text. */
function asPublished(field: string, value: unknown): unknown {
  if (field === 'as_of') return String(value);
  if (field === 'description') return String(value).trim();
  if (field === 'sources') return (value as Record<string, unknown>[]).map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, String(v)])));
  if (field === 'outcomes') return (value as Record<string, unknown>[]).map((o) => ({...o, ...(o.period === undefined ? {} : {period: String(o.period)})}));
  return value;
}

describe('eintraege.json', () => {
  it('holds exactly the entries the gate passed, in their order', () => {
    expect(data.entries.map((e) => e.id)).toEqual(real.entries.map((e) => e.id));
    expect(data.meta.count).toBe(real.entries.length);
  });

  it('gives every entry every frontmatter field, and labels, page address and text besides', () => {
    const expected = [...FIELD_TYPES.keys(), 'labels', 'page_url', 'text'].sort();
    for (const entry of data.entries) expect(Object.keys(entry).sort(), entry.id).toEqual(expected);
  });

  it('carries each value as the entry file writes it, and null or [] for what it leaves out', () => {
    for (const entry of real.entries) {
      const written = frontmatterOf(entry.path);
      const published = data.entries.find((e) => e.id === entry.id)! as unknown as Record<string, unknown>;
      for (const field of FIELD_TYPES.keys()) {
        if (field in written) expect(published[field], `${entry.id}: ${field}`).toEqual(asPublished(field, written[field]));
        else expect([null, []], `${entry.id}: ${field}`).toContainEqual(published[field]);
      }
    }
  });

  it('labels every vocabulary value in German', () => {
    for (const entry of data.entries) {
      for (const field of VOCABULARY_FIELDS) {
        const vocabulary = vocabularies[field] as Record<string, {label: string}>;
        const value = entry[field as keyof JsonEntry] as string | string[] | null;
        const expected = Array.isArray(value) ? value.map((v) => vocabulary[v].label) : value === null ? null : vocabulary[value].label;
        expect(entry.labels[field], `${entry.id}: ${field}`).toEqual(expected);
      }
    }
    const clearing = data.entries.find((e) => e.id === 'clearingstelle-gesundheit')!;
    expect(clearing.labels.type).toBe('Praxis');
    expect(clearing.labels.fields).toContain('Gesundheit');
  });

  it('gives each entry its web address and plain text', () => {
    for (const entry of data.entries) {
      const source = real.entries.find((e) => e.id === entry.id)!;
      expect(entry.page_url).toBe(`${WEB}${source.url.slice(1)}`);
      expect(entry.text).toBe(source.text);
      expect(entry.text).not.toMatch(/^#|\]\(|```/m);
    }
  });

  it('says what it is, under which licence and from which article, and brings the bibliography', () => {
    expect(data.meta).toMatchObject({title: 'Praxisatlas Neuzuwanderung: alle Einträge', url: `${WEB}daten/eintraege.json`, generated: '2026-12-07', count: real.entries.length});
    expect(data.meta.license.url).toBe(LICENCE.url);
    expect(data.meta.license.name).toContain('CC BY 4.0');
    expect(data.meta.source.citation).toBe('Christiane Certa, „Möglichkeiten und Chancen guter Vernetzung am Beispiel der Dortmunder Gesamtstrategie“');
    expect(data.meta.license.attribution).toContain(data.meta.source.citation);
    // data/betreiber.yml still holds placeholders: the publisher says so instead of printing one.
    expect(data.meta.publisher).toBe('Praxisatlas Neuzuwanderung (Betreiber noch nicht eingetragen)');
    for (const entry of data.entries) for (const s of entry.sources) expect(data.bibliography, `${entry.id}: ${s.ref}`).toHaveProperty([s.ref]);
  });
});
