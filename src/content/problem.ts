/** A problem found in a file: one line of validator output. */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the project root, with `/`. */
  path: string;
  line: number;
  column: number;
  /** Dotted field path (`sources[0].ref`), or `frontmatter`, `body`, `file`. */
  field: string;
  /** German message: what was expected and how to fix it. */
  message: string;
  severity: Severity;
}

export interface Position {
  line: number;
  column: number;
}

export const START: Position = {line: 1, column: 1};

/**
 * Characters that could make one printed line look like several, or rewrite the terminal: line
 * breaks (also U+2028/U+2029 and NEL), C0/C1 controls with ESC (not the tab: it cannot start a line), DEL, and the bidirectional
 * overrides that reorder what a reader sees. Values, file names and paths come from contributors.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED: Record<string, string> = {'\n': '\\n', '\r': '\\r'};

/** A contributor's text made safe to print on one line: `\n`, `\r` and `\u{1b}` instead of the characters. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => NAMED[c] ?? `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** `docs/praxis/x.md:7:3 fields[1]: …` — the format of the contract. */
export function formatProblem(p: Problem): string {
  const prefix = p.severity === 'warning' ? 'Warnung: ' : '';
  return printable(`${p.path}:${p.line}:${p.column} ${p.field}: ${prefix}${p.message}`);
}

/** GitHub workflow annotation, so the problem shows on the changed line of a pull request. */
export function formatAnnotation(p: Problem): string {
  // GitHub's escaping (toolkit's escapeData/escapeProperty) after our own: the value stays on one line either way.
  const escape = (s: string) => printable(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const level = p.severity === 'warning' ? 'warning' : 'error';
  return `::${level} file=${prop(p.path)},line=${p.line},col=${p.column},title=${prop(p.field)}::${escape(p.message)}`;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || a.field.localeCompare(b.field);
}
