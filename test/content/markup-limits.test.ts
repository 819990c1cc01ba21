/** Table limits of markup-limits.ts: what counts as a table, and where the error points. */
import {describe, expect, it} from 'vitest';
import {checkMarkupLimits, delimiterColumns, MAX_TABLE_CELLS, MAX_TABLE_CELLS_TOTAL, MAX_TABLE_COLUMNS} from '../../src/content/markup-limits';

const ctx = {path: 'docs/praxis/x.md', offset: 10};
/** `rows` rows (the header row among them) × `columns` columns. */
const table = (columns: number, rows: number, pipes = true) => {
  const row = (cells: string[]) => (pipes ? `| ${cells.join(' | ')} |` : cells.join(' | '));
  const cells = (r: number) => Array.from({length: columns}, (_, c) => `${r}.${c}`);
  return [row(cells(0)), row(Array<string>(columns).fill(':--')), ...Array.from({length: rows - 1}, (_, r) => row(cells(r + 1)))].join('\n');
};
const check = (body: string) => checkMarkupLimits(body, ctx);

describe('delimiterColumns', () => {
  it('counts the cells of a delimiter row, with or without outer pipes', () => {
    expect(delimiterColumns('| --- | :-: |')).toBe(2);
    expect(delimiterColumns('--- | ---')).toBe(2);
    expect(delimiterColumns('|:--|--:|---')).toBe(3);
    expect(delimiterColumns('|-|')).toBe(1);
  });

  it('is 0 for other lines', () => {
    for (const line of ['---', '| a | b |', '| --- | a |', '|', '- Punkt | mit Strich', '']) expect(delimiterColumns(line), line).toBe(0);
  });
});

describe('table limits', () => {
  it('accepts a table exactly at the limits', () => {
    expect(check(table(MAX_TABLE_COLUMNS, MAX_TABLE_CELLS / MAX_TABLE_COLUMNS))).toBeUndefined();
    expect(check(table(MAX_TABLE_COLUMNS, MAX_TABLE_CELLS / MAX_TABLE_COLUMNS, false))).toBeUndefined();
  });

  it('refuses a column too many at the delimiter row, also without outer pipes and in a quote', () => {
    expect(check(`Text.\n\n${table(21, 2)}`)).toMatchObject({line: 14, column: 1, field: 'body', message: expect.stringMatching(/^Diese Tabelle hat 21 Spalten, erlaubt sind höchstens 20\./)});
    expect(check(table(21, 2, false))?.line).toBe(12);
    expect(check(table(21, 2).replace(/^/gm, '> '))?.line).toBe(12);
  });

  it('refuses too many cells at the header row, counting rows without pipes', () => {
    const body = `Text.\n\n${table(2, 2)}\n${'Zeile ohne Pipe\n'.repeat(MAX_TABLE_CELLS / 2 - 1)}`;
    expect(check(body)).toMatchObject({line: 13, message: expect.stringContaining(`${(MAX_TABLE_CELLS / 2 + 1).toLocaleString('de-DE')} Zeilen × 2 Spalten`)});
  });

  it('refuses too many cells in all tables together, at the table that breaks the limit', () => {
    const one = table(20, 100);
    const tables = Math.floor(MAX_TABLE_CELLS_TOTAL / 2_000) + 1;
    const p = check(Array<string>(tables).fill(one).join('\n\n'));
    expect(p).toMatchObject({line: 11 + (tables - 1) * 102, message: expect.stringContaining(`zusammen ${(tables * 2_000).toLocaleString('de-DE')} Zellen`)});
  });

  it('ignores tables in code and delimiter rows without a header line', () => {
    expect(check(`\`\`\`\n${table(40, 100)}\n\`\`\``)).toBeUndefined();
    expect(check(`Text.\n\n${'| --- '.repeat(40)}|`)).toBeUndefined();
  });
});
