/**
 * Synthetic but valid entries for the benchmark: Markdown files with realistic frontmatter
 * (vocabulary values, sources, outcomes, `related` links), German-like sections of about the
 * length of the real entries, and body links between entries. Deterministic for a given count and
 * seed, so two runs measure the same content.
 *
 * They are added to the real entries, not put in their place: the site's navbar, charts and
 * glossary name real entries, and a build without them fails. No synthetic scenario (the six
 * numbers are taken); synthetic playbook steps continue after the real ones.
 *
 * Field values come from the schema's vocabularies and section list, so the corpus stays valid
 * when those change.
 */
import fs from 'node:fs';
import path from 'node:path';
import {loadEntries} from '../../src/content/index.ts';
import {SECTIONS} from '../../src/content/sections.ts';
import type {EntryType} from '../../src/content/schema.ts';
import {TYPE_FOLDER} from '../../src/content/types.ts';
import {actors, fields, funding, lessonKinds, levels, qualifiers, statuses, valuesOf} from '../../src/content/vocabularies.ts';
import {ADJECTIVES, CITIES, CONNECTORS, GROUPS, NOUNS, TOPICS, VERBS} from './lexicon.ts';
import {int, mulberry32, pick, type Random} from '../lib/prng.ts';

function sample<T>(rnd: Random, list: readonly T[], count: number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, Math.min(count, copy.length));
}

/** Synthetic works; `certa-vernetzung` is the real article every entry cites. */
export const BIBLIOGRAPHY_KEYS = ['certa-vernetzung', ...Array.from({length: 20}, (_, i) => `bench-quelle-${String(i + 1).padStart(2, '0')}`)];

export interface SyntheticEntry {
  id: string;
  type: EntryType;
  title: string;
  /** Project-relative path, `docs/<folder>/<id>.md`. */
  path: string;
  text: string;
}

function typePlan(n: number): EntryType[] {
  const koordination = Math.min(20, Math.floor(n * 0.05));
  const lektion = Math.floor(n * 0.05);
  const kontext = Math.floor(n * 0.03);
  const praxis = Math.max(0, n - koordination - lektion - kontext);
  return [
    ...Array<EntryType>(koordination).fill('koordination'),
    ...Array<EntryType>(lektion).fill('lektion'),
    ...Array<EntryType>(kontext).fill('kontext'),
    ...Array<EntryType>(praxis).fill('praxis'),
  ].slice(0, n);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function sentence(rnd: Random): string {
  const noun = pick(rnd, NOUNS);
  switch (int(rnd, 0, 3)) {
    case 0:
      return `${pick(rnd, CONNECTORS)} ${pick(rnd, VERBS)} die ${pick(rnd, ADJECTIVES)} ${noun} ${pick(rnd, GROUPS)} beim Thema ${pick(rnd, TOPICS)}.`;
    case 1:
      return `Die ${noun} in ${pick(rnd, CITIES)} ${pick(rnd, VERBS)} seit ${int(rnd, 2008, 2020)} rund ${int(rnd, 20, 900)} ${pick(rnd, GROUPS)} und arbeitet eng mit der ${pick(rnd, NOUNS)} zusammen.`;
    case 2:
      return `Für eine ${pick(rnd, ADJECTIVES)} ${pick(rnd, NOUNS)} braucht es Absprachen über ${pick(rnd, TOPICS)}, ${pick(rnd, TOPICS)} und die Finanzierung durch Land, Bund oder EU.`;
    default:
      return `${pick(rnd, CONNECTORS)} zeigt sich, dass **${pick(rnd, TOPICS)}** und ${pick(rnd, TOPICS)} nur gemeinsam mit der ${noun} gelingen.`;
  }
}

function paragraph(rnd: Random, sentences: number): string {
  return Array.from({length: sentences}, () => sentence(rnd)).join(' ');
}

function yamlList(values: readonly (string | number)[]): string {
  return `[${values.join(', ')}]`;
}

interface Plan {
  id: string;
  type: EntryType;
  title: string;
  noun: string;
  topic: string;
  city: string;
  order?: number;
}

function plan(n: number, rnd: Random, firstStep: number): Plan[] {
  // Every (noun, topic, city) once at most: titles must not look like duplicates to the validator.
  const combos = sample(rnd, Array.from({length: NOUNS.length * TOPICS.length * CITIES.length}, (_, i) => i), n);
  const counters: Partial<Record<EntryType, number>> = {};
  return typePlan(n).map((type, i) => {
    const c = combos[i];
    const noun = NOUNS[c % NOUNS.length];
    const topic = TOPICS[Math.floor(c / NOUNS.length) % TOPICS.length];
    const city = CITIES[Math.floor(c / (NOUNS.length * TOPICS.length))];
    const order = (counters[type] = (counters[type] ?? 0) + 1);
    const title = `${noun} ${topic} ${city}`;
    return {id: `${slug(title)}-${i + 1}`, type, title, noun, topic, city, order: type === 'koordination' ? firstStep + order - 1 : undefined};
  });
}

function frontmatter(p: Plan, related: Plan[], rnd: Random): string {
  const lines = [
    '---',
    `id: ${p.id}`,
    `type: ${p.type}`,
    `title: ${p.title}`,
    'description: >-',
    `  Die ${pick(rnd, ADJECTIVES)} ${p.noun} in ${p.city} ${pick(rnd, VERBS)} ${pick(rnd, GROUPS)} beim Thema ${p.topic}.`,
    `  ${sentence(rnd).replace(/\*\*/g, '')}`,
    `city: ${p.city}`,
    `fields: ${yamlList(sample(rnd, valuesOf(fields), int(rnd, 1, 3)))}`,
    `actors: ${yamlList(sample(rnd, valuesOf(actors), int(rnd, 1, 4)))}`,
    `levels: ${yamlList(sample(rnd, valuesOf(levels), int(rnd, 1, 3)))}`,
  ];
  const since = int(rnd, 2010, 2018);
  lines.push(`since: ${since}`);
  if (p.type === 'praxis' || rnd() < 0.3) lines.push(`status: ${pick(rnd, valuesOf(statuses))}`);
  if (rnd() < 0.7) lines.push(`funding: ${yamlList(sample(rnd, valuesOf(funding), int(rnd, 1, 2)))}`);
  if (p.type === 'praxis' && rnd() < 0.7) {
    lines.push('outcomes:');
    for (let k = int(rnd, 1, 2); k > 0; k--) {
      lines.push(`  - label: ${pick(rnd, GROUPS)} in ${pick(rnd, NOUNS)}`, `    value: ${int(rnd, 5, 5000)}`, '    unit: Personen', `    period: "${int(rnd, 2014, 2018)}"`);
      if (rnd() < 0.5) lines.push(`    qualifier: ${pick(rnd, valuesOf(qualifiers))}`);
    }
  }
  lines.push('sources:', '  - ref: certa-vernetzung', `    section: "${int(rnd, 1, 4)}.${int(rnd, 1, 5)}"`);
  if (rnd() < 0.6) lines.push(`  - ref: ${pick(rnd, BIBLIOGRAPHY_KEYS.slice(1))}`, `    pages: "${int(rnd, 1, 40)}–${int(rnd, 41, 90)}"`, '    via: certa-vernetzung');
  if (related.length) lines.push(`related: ${yamlList(related.map((r) => r.id))}`);
  if (p.type === 'koordination') lines.push(`step: ${p.order}`);
  if (p.type === 'lektion') lines.push(`kind: ${pick(rnd, valuesOf(lessonKinds))}`);
  lines.push(`as_of: ${int(rnd, 2016, 2018)}`);
  lines.push(`last_reviewed: 2026-${String(int(rnd, 1, 9)).padStart(2, '0')}-${String(int(rnd, 1, 28)).padStart(2, '0')}`);
  lines.push(`keywords: ${yamlList(sample(rnd, TOPICS, 3))}`);
  lines.push('key_points:', ...[sentence(rnd), sentence(rnd)].map((t) => `  - "${t.replace(/\*\*/g, '').replace(/"/g, '')}"`));
  lines.push(`questions: ["Wie gelingt ${p.topic} in ${p.city}?"]`);
  if (p.type === 'koordination') lines.push(`deliverable: "Ein Beschluss der Lenkungsgruppe in ${p.city} zum Thema ${p.topic}."`);
  if (p.type === 'praxis') lines.push('evidence: beschrieben');
  lines.push('---');
  return lines.join('\n');
}

function body(p: Plan, related: Plan[], rnd: Random): string {
  const out: string[] = [];
  const links = [...related];
  for (const section of SECTIONS[p.type]) {
    out.push(`## ${section.heading}`);
    for (let k = int(rnd, 1, 3); k > 0; k--) {
      let text = paragraph(rnd, int(rnd, 2, 5));
      const link = rnd() < 0.5 ? links.shift() : undefined;
      if (link) text += ` Mehr dazu im Eintrag [${link.title}](../${TYPE_FOLDER[link.type]}/${link.id}.md).`;
      out.push(text);
    }
    if (rnd() < 0.35) out.push(Array.from({length: int(rnd, 2, 5)}, () => `- **${pick(rnd, TOPICS)}:** ${sentence(rnd)}`).join('\n'));
  }
  return out.join('\n\n');
}

/** `n` entries; synthetic playbook steps are numbered from `firstStep`. */
export function generateEntries(n: number, seed = 20261126, firstStep = 1): SyntheticEntry[] {
  const rnd = mulberry32(seed);
  const plans = plan(n, rnd, firstStep);
  return plans.map((p) => {
    const related: Plan[] = [];
    const want = Math.min(int(rnd, 2, 5), n - 1);
    while (related.length < want) {
      const other = plans[Math.floor(rnd() * n)];
      if (other !== p && !related.includes(other)) related.push(other);
    }
    const text = `${frontmatter(p, related, rnd)}\n\n${body(p, related, rnd)}\n`;
    return {id: p.id, type: p.type, title: p.title, path: `docs/${TYPE_FOLDER[p.type]}/${p.id}.md`, text};
  });
}

function bibliography(): string {
  return BIBLIOGRAPHY_KEYS.slice(1)
    .map((key, i) => `\n${key}:\n  cite: Stadt ${CITIES[i % CITIES.length]} ${2000 + i}\n  organisation: Stadt ${CITIES[i % CITIES.length]}\n  year: ${2000 + i}\n  title: Bericht zur ${NOUNS[i % NOUNS.length]}\n`)
    .join('');
}

/**
 * Bring a copy of the project to `total` entries: its real entries stay, synthetic ones fill up
 * the rest (under their own ids, steps after the real ones), their works are appended to
 * data/sources.yml. Returns the synthetic entries.
 */
export function addSyntheticContent(siteDir: string, total: number, seed?: number): SyntheticEntry[] {
  const existing = loadEntries(siteDir).entries;
  const steps = existing.map((e) => e.step ?? 0);
  const entries = generateEntries(Math.max(0, total - existing.length), seed, Math.max(0, ...steps) + 1);
  for (const e of entries) {
    const file = path.join(siteDir, e.path);
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, e.text);
  }
  fs.appendFileSync(path.join(siteDir, 'data/sources.yml'), bibliography());
  return entries;
}
