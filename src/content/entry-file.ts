/**
 * The text of an entry file from its values: the one writer behind `npm run new` (scaffold.ts,
 * which passes no values and gets the placeholders) and the entry assistant (which passes what the
 * contributor typed). So an assistant file is, byte for byte, the scaffold with the entered values
 * in place of the placeholders, plus the optional fields that were filled in.
 *
 * Pure and browser-safe. Text values are written as JSON strings, which YAML reads as
 * double-quoted scalars: no value can close the frontmatter, start a comment or add a key.
 * Numbers and vocabulary values are written plain only when they are plain; anything else is
 * quoted and left to the validator to judge.
 */
import {PLACEHOLDER} from './rules.ts';
import type {EntryType} from './schema.ts';
import {SECTIONS} from './sections.ts';
import {evidenceLevels, fields as fieldVocabulary, lessonKinds, statuses} from './vocabularies.ts';

/** A value as a form holds it: text, lines, groups of named parts. Empty means "not filled in". */
export type DraftValue = string | string[] | Record<string, string> | Record<string, string>[];

export interface EntryDraft {
  type: EntryType;
  id: string;
  /** Frontmatter values by field name (without `id` and `type`). */
  values: Record<string, DraftValue | undefined>;
  /** Body text by section heading. */
  sections: Record<string, string | undefined>;
  /** `last_reviewed` when the draft does not set it. */
  today: string;
}

/** The first bibliography key the scaffold proposes: the article the atlas is built on. */
export const DEFAULT_SOURCE = 'certa-vernetzung';

/** Values the scaffold proposes for a type (the assistant shows them preselected). */
export function scaffoldDefaults(type: EntryType): Record<string, string> {
  if (type === 'praxis') return {status: 'laufend', evidence: 'beschrieben'};
  if (type === 'lektion') return {kind: 'empfehlung'};
  return {};
}

const PLAIN_WORD = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PLAIN_NUMBER = /^\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const quote = (s: string) => JSON.stringify(s);
const plainOrQuoted = (s: string, plain: RegExp) => (plain.test(s) ? s : quote(s));
const filled = (v: DraftValue | undefined): boolean =>
  typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) ? v.length > 0 : !!v && Object.values(v).some((x) => x.trim() !== '');
/** One line, as the one-line fields require; line breaks typed into a text box become spaces. */
const line = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

export const MAX_ID = 60;

/** Kebab-case id from a title: umlauts spelled out, at most MAX_ID characters. */
export function idFromTitle(title: string): string {
  return title
    .replace(/^\s*\[Praxis\]:\s*/i, '')
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_ID)
    .replace(/^-+|-+$/g, '');
}

/** Optional fields the scaffold does not write, in the order they follow its type-specific block. */
const OPTIONAL_ORDER = ['actors', 'levels', 'funding', 'since', 'until', 'as_of', 'url', 'related', 'keywords', 'outcomes', 'resources'];
const NUMBER_FIELDS = new Set(['since', 'until', 'as_of', 'step', 'scenario']);
const OBJECT_NUMBERS = new Set(['value']);

function flowList(values: string[]): string {
  return `[${values.map((v) => plainOrQuoted(v, PLAIN_WORD)).join(', ')}]`;
}

function blockList(key: string, values: string[], comment = ''): string[] {
  return [`${key}:${comment}`, ...values.map((v) => `  - ${quote(line(v))}`)];
}

function objectLines(object: Record<string, string>, indent: string, firstPrefix: string, comments: Record<string, string> = {}): string[] {
  return Object.entries(object)
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v], i) => {
      const value = OBJECT_NUMBERS.has(k) ? plainOrQuoted(v.trim(), PLAIN_NUMBER) : k === 'ref' || k === 'via' ? plainOrQuoted(v.trim(), PLAIN_WORD) : quote(line(v));
      return `${i === 0 ? firstPrefix : indent}${k}: ${value}${comments[k] ?? ''}`;
    });
}

/** An optional field the scaffold does not write, in the form the scaffold uses for its kind. */
function optionalLines(name: string, value: DraftValue): string[] {
  if (typeof value === 'string') {
    const v = value.trim();
    return [`${name}: ${NUMBER_FIELDS.has(name) ? plainOrQuoted(v, /^\d+$/) : quote(line(v))}`];
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    const list = value as string[];
    return name === 'keywords' ? blockList(name, list) : [`${name}: ${flowList(list)}`];
  }
  if (Array.isArray(value)) return [`${name}:`, ...(value as Record<string, string>[]).flatMap((o) => objectLines(o, '    ', '  - '))];
  return [`${name}:`, ...objectLines(value, '  ', '  ')];
}

/**
 * The entry file for a draft. Unfilled text gets the scaffold's placeholder (which the validator
 * flags), unfilled choices stay empty (which it flags too), so nothing is silently made up.
 */
export function entryFileText(draft: EntryDraft, numbers: {step?: number; scenario?: number} = {}): string {
  const {type, values} = draft;
  const text = (key: string, placeholder: string) => (filled(values[key]) ? line(values[key] as string) : `${PLACEHOLDER}: ${placeholder}`);
  const choice = (key: string) => (filled(values[key]) ? plainOrQuoted((values[key] as string).trim(), PLAIN_WORD) : (scaffoldDefaults(type)[key] ?? '""'));
  const list = (key: string) => (Array.isArray(values[key]) ? (values[key] as string[]).filter((v) => v.trim() !== '') : []);

  const description = filled(values.description) ? line(values.description as string) : `${PLACEHOLDER}: Ein bis zwei Sätze, was der Eintrag zeigt. Sie erscheinen im Katalog und in der Suche.`;
  const chosenFields = filled(values.fields) ? list('fields') : draft.values.fields === undefined ? ['steuerung'] : [];
  const out = [
    '---',
    `id: ${draft.id}`,
    `type: ${type}`,
    `title: ${quote(text('title', 'Titel des Eintrags'))}`,
    'description: >-',
    `  ${description}`,
    `city: ${quote(text('city', 'Kommune'))}`,
    `fields: ${flowList(chosenFields)}  # Handlungsfelder: ${Object.keys(fieldVocabulary).join(', ')}`,
  ];
  if (type === 'praxis') {
    out.push(`status: ${choice('status')}  # ${Object.keys(statuses).join(' | ')}`);
    out.push(`evidence: ${choice('evidence')}  # ${Object.keys(evidenceLevels).join(' | ')} (siehe /evidenz)`);
  }
  if (type === 'koordination') {
    out.push(`step: ${filled(values.step) ? plainOrQuoted((values.step as string).trim(), /^\d+$/) : numbers.step}  # Position im Playbook, eindeutig`);
    out.push(`deliverable: ${quote(text('deliverable', 'Was der Schritt hervorbringt und wer entscheidet.'))}`);
  }
  if (type === 'szenario') out.push(`scenario: ${filled(values.scenario) ? plainOrQuoted((values.scenario as string).trim(), /^\d+$/) : numbers.scenario}  # 1–6, eindeutig`);
  if (type === 'lektion') out.push(`kind: ${choice('kind')}  # ${Object.keys(lessonKinds).join(' | ')}`);
  for (const name of OPTIONAL_ORDER) if (filled(values[name])) out.push(...optionalLines(name, values[name]!));

  const keyPoints = list('key_points');
  out.push(...blockList('key_points', keyPoints.length ? keyPoints : [`${PLACEHOLDER}: Der wichtigste Satz über den Eintrag.`, `${PLACEHOLDER}: Ein zweiter Satz, z. B. zum Ergebnis.`], '  # „Auf einen Blick“: 2 bis 5 kurze Sätze'));
  const questions = list('questions');
  out.push(...blockList('questions', questions.length ? questions : [`${PLACEHOLDER}: Wie fragt jemand aus der Praxis danach?`], '  # 1 bis 5 Fragen aus der Praxis, die der Eintrag beantwortet'));

  const sources = (Array.isArray(values.sources) ? (values.sources as Record<string, string>[]) : []).filter((s) => Object.values(s).some((v) => v.trim() !== ''));
  const refComment = {ref: '  # Schlüssel aus data/sources.yml; neue Werke dort ergänzen'};
  out.push('sources:');
  if (!sources.length) out.push(`  - ref: ${DEFAULT_SOURCE}${refComment.ref}`, `    section: ${quote(PLACEHOLDER)}`);
  sources.forEach((s, i) => {
    const {ref = '', ...rest} = s;
    out.push(`  - ref: ${ref.trim() ? plainOrQuoted(ref.trim(), PLAIN_WORD) : '""'}${i === 0 ? refComment.ref : ''}`, ...objectLines(rest, '    ', '    '));
  });
  const reviewed = typeof values.last_reviewed === 'string' && values.last_reviewed.trim() ? values.last_reviewed.trim() : draft.today;
  out.push(`last_reviewed: ${plainOrQuoted(reviewed, DATE)}`, '---');

  const body = SECTIONS[type].flatMap((s) => {
    const content = draft.sections[s.heading]?.replace(/\r\n?/g, '\n').replace(/\s+$/, '').replace(/^\n+/, '') ?? '';
    if (!content && s.optional && draft.sections[s.heading] !== undefined) return [];
    return [`## ${s.heading}`, '', content || `${PLACEHOLDER}: ${s.hint}`, ''];
  });
  return [...out, '', ...body].join('\n');
}
