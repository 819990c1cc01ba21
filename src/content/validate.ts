/**
 * Per-file and cross-entry rules. Pure: takes read files, returns problems and the validated
 * frontmatter. The CLI, the Docusaurus plugin and the tests all call these functions.
 */
import {isScalar} from 'yaml';
import type {z} from 'zod';
import {checkBody} from './body.ts';
import type {RawEntry} from './load.ts';
import {outline, parseMarkdown, type MarkdownOutline} from './markdown.ts';
import {checkMarkupLimits} from './markup-limits.ts';
import {issueMessage} from './messages.ts';
import type {Problem, Position} from './problem.ts';
import {PLACEHOLDER, POLICY, REVIEW_MAX_AGE_YEARS} from './rules.ts';
import {SECTIONS} from './sections.ts';
import {ENTRY_TYPES, entrySchemas, FIELD_TYPES, outcomeSchema, resourcesSchema, sourceRefSchema, type EntryFrontmatter, type EntryType} from './schema.ts';
import {closest, didYouMean} from './suggest.ts';
import {FOLDER_TYPE, TYPE_FOLDER} from './types.ts';
import {entryTypes} from './vocabularies.ts';
import {positionOf, type ParsedYaml, type YamlPath} from './yaml.ts';

/** A file that passed the per-file rules. */
export interface CheckedEntry {
  raw: RawEntry;
  data: EntryFrontmatter;
  outline: MarkdownOutline;
}

export interface ValidationOptions {
  /** `YYYY-MM-DD`; fixed in tests through PRAXISATLAS_TODAY. */
  today: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${String(seg)}` : String(seg);
  return out || 'frontmatter';
}

/** A problem at a YAML path of a file. */
export function problemAt(raw: RawEntry, path: YamlPath, message: string, opts: {key?: boolean; severity?: Problem['severity']; fallback?: Position} = {}): Problem {
  const pos = (raw.yaml && positionOf(raw.yaml, path, opts)) ?? opts.fallback ?? {line: 1, column: 1};
  return {path: raw.path, line: pos.line, column: pos.column, field: formatPath(path), message, severity: opts.severity ?? 'error'};
}

const DOCUSAURUS_KEYS: Record<string, string> = {
  slug: '„slug“ ist nicht erlaubt: die Adresse eines Eintrags ergibt sich dauerhaft aus Ordner und Dateiname. Entfernen Sie die Zeile.',
  sidebar_position: '„sidebar_position“ ist nicht erlaubt: die Reihenfolge ergibt sich aus „step“ (Koordination) bzw. „scenario“ (Szenarien). Entfernen Sie die Zeile.',
  sidebar_label: '„sidebar_label“ ist nicht erlaubt: die Seitenleiste zeigt den Titel. Entfernen Sie die Zeile.',
  tags: '„tags“ gibt es hier nicht: verwenden Sie „fields“ (Handlungsfelder) und „keywords“ (Suchbegriffe).',
};

/** Characters Word puts where YAML wants plain ones. */
const WORD_PASTE = /[\u00a0\u2007\u202f\u200b\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb"']/g;

/** The field an unknown key was probably meant to be: a typo or a key pasted from Word. */
function intendedKey(key: string, allowed: string[]): string | undefined {
  const cleaned = key.replace(WORD_PASTE, '').trim();
  if (cleaned !== key && allowed.includes(cleaned)) return cleaned;
  return closest(key, allowed);
}

/** Keys allowed at a path: top-level fields of the type, or the fields of a source, outcome or resources. */
function allowedKeys(type: EntryType, path: (string | number)[]): string[] {
  if (path[0] === 'sources') return Object.keys(sourceRefSchema.shape);
  if (path[0] === 'outcomes') return Object.keys(outcomeSchema.shape);
  if (path[0] === 'resources') return Object.keys(resourcesSchema.shape);
  return Object.keys(entrySchemas[type].shape);
}

function unknownKeyMessage(key: string, type: EntryType, path: (string | number)[]): string {
  const allowed = allowedKeys(type, path);
  // hasOwn: a key like `__proto__` must not find Object.prototype here.
  if (path.length === 0 && Object.hasOwn(DOCUSAURUS_KEYS, key)) return DOCUSAURUS_KEYS[key];
  const owners = path.length === 0 ? FIELD_TYPES.get(key) : undefined;
  if (owners) return `„${key}“ gibt es nur bei Einträgen vom Typ ${owners.join(', ')}, nicht bei ${type}. Entfernen Sie die Zeile oder prüfen Sie den Typ.`;
  if (key.replace(WORD_PASTE, '') !== key) {
    const meant = intendedKey(key, allowed);
    return `Der Feldname \`${key}\` enthält typografische Anführungszeichen oder geschützte Leerzeichen, wie sie beim Kopieren aus Word entstehen. Tippen Sie den Namen neu ein${meant ? ` („${meant}“)` : ''}, ohne Anführungszeichen und mit normalem Leerzeichen.`;
  }
  const hint = didYouMean(key, allowed);
  return `Unbekanntes Feld „${key}“.${hint || ` Erlaubt sind: ${allowed.join(', ')}.`}`;
}

export function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function yearsBefore(today: string, years: number): string {
  return `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
}

/**
 * Zod issues of a data file or post → problems at the YAML position of each value. `allowed`, when
 * given, is listed in the message for an unknown key.
 */
export function schemaIssueProblems(raw: RawEntry, data: unknown, issues: z.core.$ZodIssue[], allowed?: string[]): Problem[] {
  return issues.flatMap((issue) => {
    const p = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => problemAt(raw, [...p, k], `Unbekanntes Feld „${k}“.${allowed ? didYouMean(k, allowed) || ` Erlaubt sind: ${allowed.join(', ')}.` : ''}`, {key: true}));
    }
    const {present, value} = valueAt(data, p);
    const message = !present ? `Pflichtfeld fehlt. Ergänzen Sie „${String(p[p.length - 1])}: …“.` : issueMessage(issue, value);
    return [{...problemAt(raw, !present ? p.slice(0, -1) : p, message), field: formatPath(p)}];
  });
}

// eslint-disable-next-line no-control-regex
export const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * Values with control characters (ESC, CR), line separators or bidi overrides: they can make a
 * title look different from what it is, in the page, the search box or a terminal. Tab and the
 * line breaks of a multi-line description stay allowed.
 */
export function invisibleCharacterProblems(raw: RawEntry, value: unknown, at: (string | number)[] = []): Problem[] {
  if (typeof value === 'string') {
    const hit = INVISIBLE.exec(value);
    if (!hit) return [];
    const code = `U+${hit[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return [problemAt(raw, at, `Der Wert enthält ein unsichtbares Steuer- oder Richtungszeichen (${code}). Löschen Sie es; meist stammt es aus kopiertem Text.`)];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => invisibleCharacterProblems(raw, v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => invisibleCharacterProblems(raw, v, [...at, k]));
  return [];
}

/** The expected type: from the folder when it is one of ours, else from the file. */
function expectedType(raw: RawEntry, problems: Problem[]): EntryType | undefined {
  const folderType = FOLDER_TYPE.get(raw.folder);
  const declared = raw.data?.type;
  if (!folderType) {
    problems.push({
      path: raw.path, line: 1, column: 1, field: 'file', severity: 'error',
      message: `Einträge liegen in einem der Ordner ${Object.values(TYPE_FOLDER).map((f) => `docs/${f}/`).join(', ')}. Verschieben Sie die Datei in den Ordner ihres Typs.`,
    });
    return typeof declared === 'string' && (ENTRY_TYPES as string[]).includes(declared) ? (declared as EntryType) : undefined;
  }
  if (declared === undefined) {
    problems.push({path: raw.path, line: 1, column: 1, field: 'type', severity: 'error', message: `Pflichtfeld fehlt. Ergänzen Sie „type: ${folderType}“ im Kopfbereich (Art des Eintrags, passend zum Ordner docs/${raw.folder}/).`});
  } else if (declared !== folderType) {
    const known = typeof declared === 'string' && (ENTRY_TYPES as string[]).includes(declared);
    problems.push(problemAt(raw, ['type'], known
      ? `Der Typ „${declared}“ passt nicht zum Ordner docs/${raw.folder}/: dort liegen Einträge vom Typ „${folderType}“. Ändern Sie den Typ oder verschieben Sie die Datei nach docs/${TYPE_FOLDER[declared as EntryType]}/.`
      : `Unbekannter Typ „${String(declared)}“.${didYouMean(String(declared), ENTRY_TYPES)} Im Ordner docs/${raw.folder}/ ist der Typ „${folderType}“ (${entryTypes[folderType].label}).`));
  }
  return folderType;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): {present: boolean; value: unknown} {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg)) return {present: false, value: undefined};
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return {present: true, value: cur};
}

function schemaProblems(raw: RawEntry, type: EntryType, issues: z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  const shape = entrySchemas[type].shape as Record<string, z.ZodType & {meta?: () => {description?: string} | undefined}>;
  // A misspelt required field is one mistake: report the unknown key, not also the missing field.
  const meantFields = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const meant = intendedKey(key, allowedKeys(type, issue.path as (string | number)[]));
      if (meant) meantFields.add([...issue.path, meant].join('.'));
    }
  }
  for (const issue of issues) {
    const path = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push(problemAt(raw, [...path, key], unknownKeyMessage(key, type, path), {key: true}));
      continue;
    }
    if (meantFields.has(path.join('.'))) continue;
    if (path[0] === 'type') continue; // reported against the folder in expectedType
    const {present, value} = valueAt(raw.data, path);
    if (!present) {
      const top = path.length === 1;
      const description = top ? shape[path[0] as string]?.meta?.()?.description?.replace(/\.$/, '') : undefined;
      const message = `Pflichtfeld fehlt. Ergänzen Sie „${String(path[path.length - 1])}: …“${top ? ' im Kopfbereich' : ''}${description ? ` (${description})` : ''}.`;
      // Contract: a missing top-level field is reported at the opening `---`; nested ones at their parent.
      problems.push(top ? {path: raw.path, line: 1, column: 1, field: formatPath(path), message, severity: 'error'} : problemAt(raw, path.slice(0, -1), message, {}));
      if (!top) problems[problems.length - 1].field = formatPath(path);
      continue;
    }
    problems.push(problemAt(raw, path, issueMessage(issue, value)));
  }
  return problems;
}

const UNIQUE_LISTS = ['fields', 'actors', 'levels', 'funding', 'related', 'keywords', 'key_points', 'questions'] as const;

function ruleProblems(raw: RawEntry, data: EntryFrontmatter, opts: ValidationOptions): Problem[] {
  const problems: Problem[] = [];
  const push = (path: YamlPath, message: string, severity: Problem['severity'] = 'error') => problems.push(problemAt(raw, path, message, {severity}));

  if (data.id !== raw.basename) {
    push(['id'], `Die Kennung „${data.id}“ muss dem Dateinamen entsprechen („${raw.basename}“). Benennen Sie die Datei in „${data.id}.md“ um oder ändern Sie die Kennung.`);
  }
  for (const key of UNIQUE_LISTS) {
    const list = data[key as keyof EntryFrontmatter] as string[] | undefined;
    // A Set: indexOf per value is quadratic (minutes at 200,000 keywords before the list limits).
    const seen = new Set<string>();
    list?.forEach((v, i) => {
      if (seen.has(v)) push([key, i], `„${v}“ steht doppelt in der Liste. Jeder Wert darf nur einmal vorkommen: löschen Sie die Wiederholung.`);
      seen.add(v);
    });
  }
  if (data.since !== undefined && data.until !== undefined && data.until < data.since) {
    push(['until'], `Das Endjahr ${data.until} liegt vor dem Startjahr ${data.since} („since“). Prüfen Sie beide Jahreszahlen.`);
  }
  const evidence = (data as {evidence?: string}).evidence;
  if (evidence === 'mit-zahlen' && !data.outcomes?.length) {
    push(['evidence'], '„mit-zahlen“ heißt: die Quelle nennt Ergebniszahlen. Tragen Sie sie unter „outcomes“ ein oder wählen Sie „beschrieben“.');
  }
  if (!isRealDate(data.last_reviewed)) {
    push(['last_reviewed'], `„${data.last_reviewed}“ ist kein gültiges Kalenderdatum. Schreiben Sie ein echtes Datum im Format JJJJ-MM-TT.`);
  } else if (data.last_reviewed > opts.today) {
    push(['last_reviewed'], `Das Prüfdatum ${data.last_reviewed} liegt in der Zukunft (heute ist ${opts.today}). Tragen Sie das Datum ein, an dem Sie den Eintrag geprüft haben.`);
  } else if (data.last_reviewed < yearsBefore(opts.today, REVIEW_MAX_AGE_YEARS)) {
    push(['last_reviewed'], `Die letzte Prüfung (${data.last_reviewed}) ist älter als ${REVIEW_MAX_AGE_YEARS} Jahre. Prüfen Sie die Angaben und aktualisieren Sie das Datum.`, POLICY.reviewOverdue);
  }
  data.outcomes?.forEach((_o, i) => {
    const node = raw.yaml?.doc.getIn(['outcomes', i, 'value'], true);
    const source = isScalar(node) ? (node as {source?: string}).source : undefined;
    if (source && /^\d{1,3}\.\d{3}$/.test(source)) {
      push(['outcomes', i, 'value'], `${source} wird als Kommazahl gelesen. Meinten Sie ${source.replace('.', '')}? In YAML gibt es keine Tausenderpunkte: schreiben Sie die Zahl ohne Punkt.`, POLICY.threeDecimals);
    }
  });
  const findPlaceholders = (value: unknown, at: (string | number)[]) => {
    if (typeof value === 'string' && value.includes(PLACEHOLDER)) {
      push(at, `Platzhaltertext „${PLACEHOLDER}“ ist noch nicht ersetzt. Schreiben Sie hier Ihren eigenen Text.`, POLICY.placeholder);
    } else if (Array.isArray(value)) value.forEach((v, i) => findPlaceholders(v, [...at, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) findPlaceholders(v, [...at, k]);
  };
  findPlaceholders(raw.data, []);
  return problems;
}

/** The `##` sections every entry of a type has (src/content/sections.ts). */
function sectionProblems(raw: RawEntry, type: EntryType, out: MarkdownOutline): Problem[] {
  const present = new Set(out.headings.filter((h) => h.depth === 2).map((h) => h.text.trim()));
  const all = SECTIONS[type].map((s) => (s.optional ? `${s.heading} (wenn vorhanden)` : s.heading));
  return SECTIONS[type]
    .filter((s) => !s.optional && !present.has(s.heading))
    .map((s) => ({
      path: raw.path, line: raw.bodyOffset + 1, column: 1, field: 'body', severity: POLICY.missingSection,
      message: `Der Abschnitt „## ${s.heading}“ fehlt (${s.hint.replace(/\.$/, '')}). Einträge vom Typ ${type} haben die Abschnitte: ${all.join(' · ')}.`,
    }));
}

/** All per-file rules. Returns the validated frontmatter only when there was no error. */
export function checkEntry(raw: RawEntry, opts: ValidationOptions): {problems: Problem[]; entry?: CheckedEntry; outline?: MarkdownOutline} {
  const problems = [...raw.problems];
  if (/\.mdx$/i.test(raw.path)) {
    problems.push({path: raw.path, line: 1, column: 1, field: 'file', severity: 'error', message: 'MDX-Dateien sind nicht erlaubt: Einträge sind reines Markdown. Benennen Sie die Datei in „.md“ um und entfernen Sie JSX und import/export.'});
  }
  if (!raw.data) return {problems};
  problems.push(...invisibleCharacterProblems(raw, raw.data));
  const type = expectedType(raw, problems);
  const tooMuch = checkMarkupLimits(raw.body, {path: raw.path, offset: raw.bodyOffset});
  if (tooMuch) return {problems: [...problems, tooMuch]};
  const tree = parseMarkdown(raw.body);
  problems.push(...checkBody(tree, {path: raw.path, offset: raw.bodyOffset}));
  const out = outline(tree);
  if (!type) return {problems, outline: out};
  const result = entrySchemas[type].safeParse({...raw.data, type});
  if (!result.success) {
    problems.push(...schemaProblems(raw, type, result.error.issues));
    return {problems, outline: out};
  }
  const data = result.data as EntryFrontmatter;
  problems.push(...ruleProblems(raw, data, opts));
  problems.push(...sectionProblems(raw, type, out));
  const ok = !problems.some((p) => p.severity === 'error');
  return {problems, entry: ok ? {raw, data, outline: out} : undefined, outline: out};
}

export type {ParsedYaml};
