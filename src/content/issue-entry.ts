/**
 * A submitted „Neue Praxis vorschlagen“ issue → the text of a `praxis` entry (and the works it
 * names, as draft bibliography entries). Pure: the issue body is untrusted text that is only
 * parsed, never run; what comes out goes through the same validator as every other file, and
 * YAML is written by the `yaml` library, so no value can close the frontmatter or add a key.
 *
 * GitHub renders an issue form as `### <label>` sections in form order, with `_No response_`
 * for empty fields and dropdown choices joined by `, `; the labels come from the same generator
 * as the form (issue-form.ts), so form and converter cannot drift apart.
 */
import {Document, isScalar, visit} from 'yaml';
import {idFromTitle, MAX_ID} from './entry-file.ts';
import {issueForm, optionText} from './generators/issue-form.ts';

export {idFromTitle};
import {PLACEHOLDER} from './rules.ts';
import {ID_PATTERN, MAX_KEY_POINTS, MAX_QUESTIONS} from './schema.ts';
import {SECTIONS} from './sections.ts';
import {RESERVED_NAMES} from './paths.ts';
import {entryPath} from './types.ts';
import {vocabularies, type VocabularyName} from './vocabularies.ts';

interface FormElement {
  type: string;
  id?: string;
  attributes: {label?: string; options?: unknown[]; multiple?: boolean};
}

export interface IssueInput {
  /** The issue title, e.g. `[Praxis]: Lotsendienst Gelsenkirchen`. */
  title: string;
  body: string;
  number: number;
  /** `YYYY-MM-DD`: the entry's `last_reviewed`. */
  today: string;
  /** Ids that exist already (the new id must not clash). */
  existingIds?: ReadonlySet<string>;
}

export interface IssueEntry {
  id: string;
  path: string;
  text: string;
  /** Works named in „Quellen“, as draft bibliography entries (key → fields). */
  works: Record<string, {cite: string}>;
  /** What the converter could not take over, in German, for the comment on the issue. */
  notes: string[];
  /** All boxes under „Zustimmung“ ticked (own words, CC BY 4.0, no personal data). */
  consent: boolean;
}

const NO_RESPONSE = /^_No response_$/;
const TITLE_PREFIX = /^\s*\[Praxis\]:\s*/i;

/**
 * `### Label` sections of an issue body → label → text (trimmed, empty when not answered). Only
 * the form's own labels start a section, so a `### heading` inside an answer stays in it.
 */
export function issueSections(body: string, labels: readonly string[] = formLabels()): Map<string, string> {
  const known = new Set(labels);
  const out = new Map<string, string>();
  let current: string | undefined;
  let text: string[] = [];
  const close = () => {
    if (current !== undefined && !out.has(current)) {
      const value = text.join('\n').trim();
      out.set(current, NO_RESPONSE.test(value) ? '' : value);
    }
  };
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const label = /^### (.+)$/.exec(line)?.[1].trim();
    if (label !== undefined && known.has(label)) {
      close();
      current = label;
      text = [];
    } else if (current !== undefined) text.push(line);
  }
  close();
  return out;
}

function formLabels(): string[] {
  return (issueForm() as {body: FormElement[]}).body.flatMap((e) => (e.attributes.label ? [e.attributes.label] : []));
}

/** Text from the issue inside our comment: one line, no Markdown, mention or image it could start. */
export function quoted(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const short = line.length > max ? `${line.slice(0, max - 1)}…` : line;
  return `\`${short.replace(/`/g, "'")}\``;
}

/** Lines of a list answer, without list markers and empty lines. */
const lines = (text: string) => text.split('\n').map((l) => l.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim()).filter(Boolean);

/**
 * Dropdown answers (`Gesundheit (gesundheit), Wohnen (wohnen)`) → vocabulary values, in the order
 * given. Labels may contain commas themselves (`Kliniken, Ärzteschaft und …`), so the known option
 * texts are matched whole, longest first; what remains is reported as unknown.
 */
function choices(text: string, vocabulary: VocabularyName): {values: string[]; unknown: string[]} {
  const vocab = vocabularies[vocabulary] as Record<string, {label: string}>;
  const options = Object.entries(vocab).map(([value, term]) => ({value, text: optionText(term.label, value)})).sort((a, b) => b.text.length - a.text.length);
  const found: {at: number; value: string}[] = [];
  let rest = text;
  for (const o of options) {
    const at = rest.indexOf(o.text);
    if (at < 0) continue;
    found.push({at, value: o.value});
    rest = `${rest.slice(0, at)}${' '.repeat(o.text.length)}${rest.slice(at + o.text.length)}`;
  }
  const unknown: string[] = [];
  for (const piece of rest.split(',').map((p) => p.trim()).filter(Boolean)) {
    if (Object.hasOwn(vocab, piece)) found.push({at: rest.indexOf(piece), value: piece});
    else unknown.push(piece);
  }
  return {values: found.sort((a, b) => a.at - b.at).map((f) => f.value), unknown};
}

const RESOURCE_KEYS: Record<string, 'staff' | 'budget' | 'period' | 'note'> = {
  personal: 'staff', staff: 'staff', kosten: 'budget', 'kosten und förderung': 'budget', geld: 'budget', budget: 'budget', förderung: 'budget',
  laufzeit: 'period', period: 'period', zeitraum: 'period', hinweis: 'note', note: 'note',
};

function resources(text: string): Record<string, string> | undefined {
  if (!text) return undefined;
  const out: Record<string, string> = {};
  const rest: string[] = [];
  for (const line of lines(text)) {
    const m = /^([^:]{2,30}):\s*(.+)$/.exec(line);
    const name = m?.[1].trim().toLowerCase();
    const key = name !== undefined && Object.hasOwn(RESOURCE_KEYS, name) ? RESOURCE_KEYS[name] : undefined;
    if (key && m) out[key] = out[key] ? `${out[key]}; ${m[2].trim()}` : m[2].trim();
    else rest.push(line);
  }
  if (rest.length) out.note = [out.note, ...rest].filter(Boolean).join('; ');
  return out;
}

const year = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : text.trim() || undefined);

export function issueToEntry(input: IssueInput): IssueEntry {
  const form = issueForm() as {body: FormElement[]};
  const sections = issueSections(input.body);
  const answer = (id: string): string => {
    const el = form.body.find((e) => e.id === id);
    return (el?.attributes.label && sections.get(el.attributes.label)) || '';
  };
  const notes: string[] = [];

  const title = answer('title') || input.title.replace(TITLE_PREFIX, '').trim();
  const taken = (x: string) => !ID_PATTERN.test(x) || RESERVED_NAMES.has(x) || !!input.existingIds?.has(x);
  let id = idFromTitle(title);
  if (taken(id)) id = `${id.slice(0, MAX_ID - 12).replace(/-+$/, '')}-${input.number}`.replace(/^-/, '');
  if (taken(id)) id = `vorschlag-${input.number}`;

  // One-line fields stay on one line, whatever the issue text holds.
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  const data: Record<string, unknown> = {id, type: 'praxis', title: oneLine(title), description: oneLine(answer('description')), city: oneLine(answer('city'))};
  for (const [field, vocabulary] of [['fields', 'fields'], ['actors', 'actors'], ['levels', 'levels']] as const) {
    const {values, unknown} = choices(answer(field), vocabulary);
    if (values.length || field === 'fields') data[field] = values;
    if (unknown.length) notes.push(`${unknown.map((u) => quoted(u)).join(', ')} ist kein Wert für ${field}; bitte aus der Liste wählen.`);
  }
  for (const field of ['since', 'until'] as const) if (answer(field)) data[field] = year(answer(field));
  for (const [field, vocabulary] of [['status', 'status'], ['evidence', 'evidence']] as const) {
    const {values, unknown} = choices(answer(field), vocabulary);
    data[field] = values[0] ?? (unknown[0]?.replace(/\s+/g, ' ').slice(0, 80) || undefined);
  }
  const funding = choices(answer('funding'), 'funding');
  if (funding.values.length) data.funding = funding.values;
  if (funding.unknown.length) notes.push(`${funding.unknown.map((u) => quoted(u)).join(', ')} ist kein Wert für funding; bitte aus der Liste wählen.`);

  const works: IssueEntry['works'] = {};
  const sourceLines = lines(answer('sources'));
  data.sources = sourceLines.map((line, i) => {
    const key = `vorschlag-${input.number}-${i + 1}`;
    works[key] = {cite: line.length > 120 ? `${line.slice(0, 119)}…` : line};
    return {ref: key};
  });
  if (sourceLines.length) notes.push('Die genannten Quellen stehen als Entwurf in data/sources.yml; die Redaktion ergänzt Autorin oder Organisation, Jahr, Titel und Seiten.');
  if (answer('url')) data.url = answer('url').replace(/\s+/g, ' ');
  // `mit-zahlen` needs figures in `outcomes`, which maintainers add; until then the entry is `beschrieben`.
  if (data.evidence === 'mit-zahlen') {
    data.evidence = 'beschrieben';
    notes.push('Ergebniszahlen trägt die Redaktion unter „outcomes“ ein; bis dahin steht die Belegstärke auf „beschrieben“.');
  }
  data.last_reviewed = input.today;
  data.key_points = lines(answer('key_points')).slice(0, MAX_KEY_POINTS + 1);
  data.questions = lines(answer('questions')).slice(0, MAX_QUESTIONS + 1);
  const res = resources(answer('resources'));
  if (res) data.resources = res;
  for (const k of Object.keys(data)) if (data[k] === undefined || data[k] === '') delete data[k];

  const doc = new Document(data);
  // Short lists of plain values as authors write them: `fields: [gesundheit, wohnen]`.
  visit(doc, {Seq: (key, seq) => void (seq.flow = seq.items.every((x) => isScalar(x) && /^[a-z0-9-]+$/.test(String(x.value))))});
  const frontmatter = doc.toString({lineWidth: 0, flowCollectionPadding: false}).trimEnd();
  const body = SECTIONS.praxis.flatMap((s, i) => {
    const text = answer(`abschnitt-${i + 1}`);
    if (!text && s.optional) return [];
    return [`## ${s.heading}`, '', text || `${PLACEHOLDER}: ${s.hint}`, ''];
  });
  const consentBox = form.body.find((e) => e.id === 'zustimmung');
  const boxes = (consentBox?.attributes.options ?? []).length;
  const ticked = lines(sections.get(consentBox?.attributes.label ?? '') ?? '').filter((l) => /^\[[xX]\]/.test(l)).length;
  const consent = boxes > 0 && ticked >= boxes;
  if (!consent) notes.push('Unter „Zustimmung“ sind nicht alle Punkte bestätigt (eigene Worte, CC BY 4.0, keine personenbezogenen Daten). Ohne diese Zustimmung kann die Redaktion den Eintrag nicht veröffentlichen.');
  return {id, path: entryPath('praxis', id), text: ['---', frontmatter, '---', '', ...body].join('\n'), works, notes, consent};
}
