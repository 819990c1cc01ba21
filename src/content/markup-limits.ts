/**
 * Limits checked on the Markdown text before it is parsed. The Markdown parser (micromark, also
 * inside Docusaurus) recurses once per nesting level and is superlinear for some shapes of text,
 * so a small hostile file could crash the validator or keep it (and the build) busy for minutes:
 *
 * - 5,000 nested list items (`- - - - …`) overflow the stack;
 * - 2,000 nested `**` or `[![` in one paragraph take minutes, 4,000 setext headings seconds;
 * - a GFM table pads every row to the header's column count, so a 12 KB table of 1,000 columns
 *   × 4,000 rows (`|` per row) becomes 4 million cells: over a minute and 4 GB to compile.
 *
 * Real entries stay far below every limit (at most 4 levels, about 30 markup characters per
 * paragraph, 130 lines, tables of 7 rows × 2 columns), so the limits only ever meet hostile or
 * broken files.
 */
import type {Problem} from './problem.ts';

/** Lines of the body (after the frontmatter). */
export const MAX_BODY_LINES = 5_000;
/** Nested lists and block quotes. */
export const MAX_NESTING = 32;
/** Characters `*`, `_`, `~`, `[`, `]`, `<` in one paragraph, list item or table row. */
export const MAX_MARKUP_PER_BLOCK = 200;
/** Columns of one table (cells of its delimiter row). */
export const MAX_TABLE_COLUMNS = 20;
/** Cells of one table: rows (with the header row) × columns. */
export const MAX_TABLE_CELLS = 2_000;
/** Cells of all tables of one body. */
export const MAX_TABLE_CELLS_TOTAL = 5_000;

export interface LimitContext {
  path: string;
  /** Body line n is file line n + offset. */
  offset: number;
}

interface LinePrefix {
  /** Upper bound of the nesting this line opens or continues: markers plus indentation / 2. */
  depth: number;
  /** The line starts a list item. */
  item: boolean;
  /** Text after the container markers. */
  rest: string;
}

const ORDERED = /^\d{1,9}[.)](?=[ \t]|$)/;

/** Container markers (`>`, `-`, `*`, `+`, `1.`) and indentation at the start of a line. */
function linePrefix(line: string): LinePrefix {
  let i = 0;
  let columns = 0;
  let markers = 0;
  let item = false;
  while (i < line.length) {
    const c = line[i];
    const next = line[i + 1];
    if (c === ' ') columns += 1;
    else if (c === '\t') columns += 4;
    else if (c === '>') markers += 1;
    else if ((c === '-' || c === '*' || c === '+') && (next === undefined || next === ' ' || next === '\t')) {
      markers += 1;
      item = true;
    } else {
      const ordered = ORDERED.exec(line.slice(i, i + 11));
      if (!ordered) break;
      markers += 1;
      item = true;
      i += ordered[0].length;
      continue;
    }
    i += 1;
  }
  return {depth: markers + Math.floor(columns / 2), item, rest: line.slice(i)};
}

const FENCE = /^(`{3,}|~{3,})/;
const CLOSING_FENCE = /^(`{3,}|~{3,})[ \t]*$/;
// `<` too: unclosed `<!--` or `<?` repeated in one paragraph make the parser quadratic.
const MARKUP = /[*_~[\]<]/g;
const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

/** Columns of a GFM table delimiter row (`| --- | :-: |`, `--- | ---`), 0 for any other line. */
export function delimiterColumns(text: string): number {
  const s = text.trim();
  if (!s.includes('|') || !s.includes('-')) return 0;
  const cells = s.replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.every((c) => DELIMITER_CELL.test(c)) ? cells.length : 0;
}

/** Index after the last row of the table whose delimiter row is lines[i]: rows need no `|`, a blank line or code fence ends them. */
function endOfTable(lines: string[], i: number): number {
  let end = i + 1;
  for (; end < lines.length; end++) {
    const {rest} = linePrefix(lines[end]);
    if (rest.trim() === '' || FENCE.test(rest)) break;
  }
  return end;
}

const de = (n: number) => n.toLocaleString('de-DE');

/** The first limit the body breaks, as a problem; the body is then not parsed at all. */
export function checkMarkupLimits(body: string, ctx: LimitContext): Problem | undefined {
  const at = (bodyLine: number, message: string): Problem => ({path: ctx.path, line: bodyLine + ctx.offset, column: 1, field: 'body', message, severity: 'error'});
  const lines = body.split('\n');
  if (lines.length > MAX_BODY_LINES) {
    return at(MAX_BODY_LINES + 1, `Der Text hat ${lines.length.toLocaleString('de-DE')} Zeilen, erlaubt sind höchstens ${MAX_BODY_LINES.toLocaleString('de-DE')}. Teilen Sie ihn auf mehrere Einträge auf.`);
  }
  let fence: string | undefined;
  /** Body line where the current paragraph (or item, row) starts; 0 between paragraphs. */
  let blockLine = 0;
  let markup = 0;
  /** The previous line is text outside code: it can be the header row of a table. */
  let afterText = false;
  /** Body lines before this index belong to the current table. */
  let tableEnd = 0;
  let tableCells = 0;
  for (let i = 0; i < lines.length; i++) {
    const {depth, item, rest} = linePrefix(lines[i]);
    if (fence) {
      // Code is not parsed for markup; only the closing fence matters.
      const close = CLOSING_FENCE.exec(rest);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = undefined;
      afterText = false;
      continue;
    }
    if (depth > MAX_NESTING) {
      return at(i + 1, `Zu tief verschachtelt: Listen und Zitate stehen hier mehr als ${MAX_NESTING} Ebenen tief (oder die Zeile ist sehr weit eingerückt). Ein Eintrag braucht höchstens drei Ebenen: rücken Sie die Zeile aus oder teilen Sie die Liste auf.`);
    }
    const open = FENCE.exec(rest);
    if (open) {
      fence = open[1];
      markup = 0;
      afterText = false;
      continue;
    }
    if (rest.trim() === '') {
      blockLine = 0;
      afterText = false;
      continue;
    }
    // Also the line without list markers: `- | -` may be a delimiter row rather than an item.
    const columns = afterText && i >= tableEnd ? delimiterColumns(rest) || delimiterColumns(lines[i].replace(/^[ \t>]*/, '')) : 0;
    afterText = true;
    if (columns) {
      if (columns > MAX_TABLE_COLUMNS) {
        return at(i + 1, `Diese Tabelle hat ${de(columns)} Spalten, erlaubt sind höchstens ${MAX_TABLE_COLUMNS}. Jede Zeile wird auf die Spaltenzahl der Kopfzeile aufgefüllt, so dass breite Tabellen Prüfung und Build sehr langsam machen: teilen Sie die Tabelle auf oder schreiben Sie die Angaben als Liste.`);
      }
      tableEnd = endOfTable(lines, i);
      const rows = tableEnd - i; // body rows plus the header row
      const cells = rows * columns;
      tableCells += cells;
      if (cells > MAX_TABLE_CELLS) {
        return at(i, `Diese Tabelle hat ${de(rows)} Zeilen × ${de(columns)} Spalten = ${de(cells)} Zellen, erlaubt sind höchstens ${de(MAX_TABLE_CELLS)}. So große Tabellen machen Prüfung und Build sehr langsam: teilen Sie die Tabelle auf oder nennen Sie nur die wichtigsten Zeilen und verweisen Sie für den Rest auf die Quelle.`);
      }
      if (tableCells > MAX_TABLE_CELLS_TOTAL) {
        return at(i, `Mit dieser Tabelle haben die Tabellen des Eintrags zusammen ${de(tableCells)} Zellen (Zeilen × Spalten), erlaubt sind höchstens ${de(MAX_TABLE_CELLS_TOTAL)}. Kürzen Sie die Tabellen oder teilen Sie den Text auf mehrere Einträge auf.`);
      }
    }
    // A new paragraph, list item, heading or table row is parsed on its own.
    if (!blockLine || item || rest.startsWith('#') || rest.startsWith('|')) {
      blockLine = i + 1;
      markup = 0;
    }
    markup += rest.match(MARKUP)?.length ?? 0;
    if (markup > MAX_MARKUP_PER_BLOCK) {
      return at(blockLine, `Dieser Absatz enthält mehr als ${MAX_MARKUP_PER_BLOCK} Formatierungszeichen (*, _, ~, [, ] oder <). So viele machen Prüfung und Build sehr langsam: teilen Sie den Absatz auf oder entfernen Sie überzählige Zeichen.`);
    }
  }
  return undefined;
}
