/**
 * daten/eintraege.csv reads back as the same table: one row per entry, the same number of cells in
 * every row, UTF-8 with BOM and CRLF, umlauts intact, lists joined with „ | “, contributed text that
 * starts like a formula defused, and quoting that survives semicolons, quotes and line breaks.
 */
import {describe, expect, it} from 'vitest';
import {BOM, csvCell, csvText, CSV_COLUMNS, entriesCsvTable, LIST_SEPARATOR} from '../../src/opendata/csv';
import {FRONTMATTER_FIELDS} from '../../src/opendata/record';
import {parseCsv} from './csv-parse';
import {content, HOSTILE, WEB} from './support';

const real = content();
const text = csvText(entriesCsvTable(real.entries, WEB));
const bytes = Buffer.from(text, 'utf8');
const rows = parseCsv(new TextDecoder('utf-8', {ignoreBOM: false}).decode(bytes));
const header = rows[0];
const column = (name: string) => header.indexOf(name);
const rowOf = (id: string) => rows.find((r) => r[0] === id)!;

describe('eintraege.csv', () => {
  it('starts with the UTF-8 byte order mark and ends every row with CRLF', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith(`${BOM}id;`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // Line breaks inside cells are quoted; outside them, every line end is CRLF (parseCsv refuses a bare LF).
    expect(rows.length).toBeGreaterThan(1);
  });

  it('parses back to one row per entry with the same number of cells in each', () => {
    expect(rows.length).toBe(real.entries.length + 1);
    expect(header).toEqual(CSV_COLUMNS.map((c) => c.name));
    for (const row of rows) expect(row.length, row[0]).toBe(header.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(real.entries.map((e) => e.id));
  });

  it('has a column for every frontmatter field, labels beside the vocabulary fields, page and text', () => {
    for (const field of FRONTMATTER_FIELDS) expect(header).toContain(field);
    expect(header).toEqual(expect.arrayContaining(['type_label', 'fields_label', 'actors_label', 'status_label', 'evidence_label', 'page_url', 'text']));
  });

  it('keeps umlauts and ß, and joins lists with „ | “', () => {
    const withUmlaut = real.entries.find((e) => /[äöüÄÖÜß]/.test(e.title))!;
    expect(rowOf(withUmlaut.id)[column('title')]).toBe(withUmlaut.title);
    const clearing = real.entries.find((e) => e.id === 'clearingstelle-gesundheit')!;
    const row = rowOf(clearing.id);
    expect(row[column('fields')]).toBe(clearing.fields.map((f) => f.value).join(LIST_SEPARATOR));
    expect(row[column('fields_label')]).toBe(clearing.fields.map((f) => f.label).join(LIST_SEPARATOR));
    expect(row[column('key_points')]).toBe(clearing.keyPoints.join(LIST_SEPARATOR));
    expect(row[column('text')]).toBe(clearing.text);
    expect(row[column('page_url')]).toBe(`${WEB}praxis/clearingstelle-gesundheit`);
  });

  it('writes outcomes, sources and resources as readable text', () => {
    const withOutcomes = real.entries.find((e) => e.outcomes.length > 1)!;
    const cell = rowOf(withOutcomes.id)[column('outcomes')];
    expect(cell.split(LIST_SEPARATOR)).toHaveLength(withOutcomes.outcomes.length);
    expect(cell).toContain(`${withOutcomes.outcomes[0].label}: `);
    const sources = rowOf('problemlagen-erkennen')[column('sources')];
    expect(sources).toContain('certa-vernetzung (Abschnitt 1)');
    expect(sources).toContain('zitiert nach certa-vernetzung');
  });
});

describe('contributed text in the CSV', () => {
  const hostile = content(HOSTILE);
  const table = entriesCsvTable(hostile.entries, WEB);
  const [head, row] = parseCsv(csvText(table).slice(1));
  const cell = (name: string) => row[head.indexOf(name)];

  it('defuses a cell that starts like a formula, and only such a cell', () => {
    expect(cell('description').startsWith(`'=HYPERLINK("https://boese.example";"Klick")`)).toBe(true);
    expect(cell('city')).toBe(`'@Dortmund <Süd>`);
    expect(cell('key_points').startsWith(`'+1 Satz`)).toBe(true);
    expect(cell('questions')).toBe(`'-Was macht Excel mit einem Minus am Anfang?`);
    expect(cell('title')).toBe(hostile.entries[0].title);
  });

  it('quotes semicolons, quotes and line breaks so they read back unchanged', () => {
    expect(cell('description')).toContain('mit Semikolon; "Anführungszeichen" und Umlauten: äöüß ÄÖÜ.');
    expect(cell('text')).toBe(hostile.entries[0].text);
    expect(cell('text')).toContain('\n');
  });

  it.each([
    ['plain', 'plain'],
    ['a;b', '"a;b"'],
    ['sagt "hallo"', '"sagt ""hallo"""'],
    ['zwei\nZeilen', '"zwei\nZeilen"'],
    ['=1+1', "'=1+1"],
    ['@SUMME(A1)', "'@SUMME(A1)"],
    ['-5', "'-5"],
    ['', ''],
  ])('csvCell(%j) is %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});
