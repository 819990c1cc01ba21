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

/** `docs/praxis/x.md:7:3 fields[1]: …` — the format of the contract. */
export function formatProblem(p: Problem): string {
  const prefix = p.severity === 'warning' ? 'Warnung: ' : '';
  return `${p.path}:${p.line}:${p.column} ${p.field}: ${prefix}${p.message}`;
}

/** GitHub workflow annotation, so the problem shows on the changed line of a pull request. */
export function formatAnnotation(p: Problem): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const level = p.severity === 'warning' ? 'warning' : 'error';
  return `::${level} file=${prop(p.path)},line=${p.line},col=${p.column},title=${prop(p.field)}::${escape(p.message)}`;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || a.field.localeCompare(b.field);
}
