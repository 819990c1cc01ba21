/**
 * daten/eintraege.csv: the same records as eintraege.json, one row per entry, for spreadsheets.
 * Written for the readers who open it by double-click in a German Excel:
 * - UTF-8 with BOM, or Excel shows „Ã¤“ for „ä“;
 * - semicolon between cells, the list separator of German Excel (a comma file lands in one column
 *   there); quoting as RFC 4180 says (a cell with `;`, `"` or a line break in double quotes,
 *   quotes doubled), CRLF after every row;
 * - lists in one cell joined with „ | “: a semicolon would clash with the cell separator in the eye,
 *   and German prose uses „;“ and „,“ but hardly ever „|“;
 * - a text cell that starts with = + - @ gets a leading apostrophe, so Excel shows contributed text
 *   instead of running it as a formula (CSV injection).
 */
import {FIELD_LABELS, NESTED_LABELS, type EntryFieldName} from '../content/generators/labels.ts';
import type {Entry} from '../content/normalize.ts';
import type {Outcome, Resources} from '../content/schema.ts';
import {qualifiers} from '../content/vocabularies.ts';
import {entryRecord, FRONTMATTER_FIELDS, VOCABULARY_FIELDS, type EntryRecord, type SourceValue, type VocabularyField} from './record.ts';

export const CSV_DELIMITER = ';';
export const LIST_SEPARATOR = ' | ';
export const BOM = '\uFEFF';
const ROW_END = '\r\n';

export interface CsvColumn {
  /** The header cell: the frontmatter name, `<field>_label` for German labels. */
  name: string;
  /** What the column holds, in German (the /daten page lists it). */
  label: string;
  cell: (record: EntryRecord) => string;
}

export interface CsvTable {
  header: string[];
  rows: string[][];
}

const isVocabulary = (field: string): field is VocabularyField => (VOCABULARY_FIELDS as readonly string[]).includes(field);

function outcomeText(o: Outcome): string {
  const qualifier = o.qualifier ? `${qualifiers[o.qualifier].label} ` : '';
  return `${o.label}: ${qualifier}${o.value}${o.unit ? ` ${o.unit}` : ''}${o.period ? ` (${o.period})` : ''}`;
}

function sourceText(s: SourceValue): string {
  const details = [s.section && `Abschnitt ${s.section}`, s.pages && `S. ${s.pages}`, s.via && `zitiert nach ${s.via}`].filter(Boolean);
  return details.length ? `${s.ref} (${details.join(', ')})` : s.ref;
}

function resourcesText(r: Resources): string[] {
  return (Object.keys(r) as (keyof Resources)[]).flatMap((k) => (r[k] ? [`${NESTED_LABELS[k]}: ${r[k]}`] : []));
}

/** A frontmatter value as one cell. */
function valueText(field: EntryFieldName, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field === 'outcomes') return (value as Outcome[]).map(outcomeText).join(LIST_SEPARATOR);
  if (field === 'sources') return (value as SourceValue[]).map(sourceText).join(LIST_SEPARATOR);
  if (field === 'resources') return resourcesText(value as Resources).join(LIST_SEPARATOR);
  if (Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR);
  return String(value);
}

/** The columns in order: each frontmatter field (with its German labels after a vocabulary field), then page and text. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  ...FRONTMATTER_FIELDS.flatMap((field): CsvColumn[] => {
    const column: CsvColumn = {name: field, label: FIELD_LABELS[field], cell: (r) => valueText(field, r.frontmatter[field])};
    if (!isVocabulary(field)) return [column];
    return [column, {name: `${field}_label`, label: `${FIELD_LABELS[field]} (Bezeichnung)`, cell: (r) => valueText(field, r.labels[field])}];
  }),
  {name: 'page_url', label: 'Adresse der Seite im Praxisatlas', cell: (r) => r.page_url},
  {name: 'text', label: 'Text des Eintrags (ohne Formatierung)', cell: (r) => r.text},
];

/** Header and rows as plain strings, before quoting: the file and the /daten preview both read this. */
export function entriesCsvTable(entries: readonly Entry[], webAddress: string): CsvTable {
  return {
    header: CSV_COLUMNS.map((c) => c.name),
    rows: entries.map((entry) => {
      const record = entryRecord(entry, webAddress);
      return CSV_COLUMNS.map((c) => c.cell(record));
    }),
  };
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = new RegExp(`[${CSV_DELIMITER}"\r\n]`);

/** One cell as the file writes it: defused against formulas, quoted as RFC 4180 says. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The file's text: BOM, header row, one row per entry, CRLF after each. */
export function csvText(table: CsvTable): string {
  const line = (cells: readonly string[]) => cells.map(csvCell).join(CSV_DELIMITER) + ROW_END;
  return BOM + line(table.header) + table.rows.map(line).join('');
}
