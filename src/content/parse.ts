/**
 * Text → frontmatter split → YAML document with positions: the part of reading a file that needs
 * no file system, so the entry assistant runs it in the browser on a draft (load.ts adds the
 * reading from disk). Never throws for a malformed file: every problem becomes a Problem.
 */
import type {Problem, Position} from './problem.ts';
import {parseYaml, type ParsedYaml} from './yaml.ts';

export const MAX_FILE_BYTES = 1024 * 1024;

/** A file as written: the shape before validation. */
export interface RawEntry {
  /** Project-relative path with `/`. */
  path: string;
  /** Folder under docs/ (e.g. `praxis`). */
  folder: string;
  /** File name without extension. */
  basename: string;
  /** Frontmatter, when it could be read. */
  yaml?: ParsedYaml;
  /** The frontmatter as a plain object, when it is a mapping. */
  data?: Record<string, unknown>;
  /** Markdown after the frontmatter. */
  body: string;
  /** File line of the body's first line, minus one: body line n is file line n + bodyOffset. */
  bodyOffset: number;
  problems: Problem[];
}

const utf8 = new TextDecoder('utf-8', {fatal: true});

export function problem(relPath: string, at: Position, field: string, message: string): Problem {
  return {path: relPath, line: at.line, column: at.column, field, message, severity: 'error'};
}

/** Decode bytes: BOM and CRLF are accepted and do not shift line numbers. */
export function decode(bytes: Uint8Array, relPath: string): {text?: string; problems: Problem[]} {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1).replace('.', ',');
    return {problems: [problem(relPath, {line: 1, column: 1}, 'file', `Die Datei ist ${mb} MB groß, erlaubt ist höchstens 1 MB. Kürzen Sie den Text oder teilen Sie ihn auf mehrere Einträge auf.`)]};
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, offset).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
    return {problems: [problem(relPath, {line, column: 1}, 'file', 'Die Datei ist nicht in UTF-8 gespeichert (ungültiges Zeichen). Speichern Sie sie im Editor als „UTF-8“ und prüfen Sie Umlaute in dieser Zeile.')]};
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return {text: text.replace(/\r\n?/g, '\n'), problems: []};
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    try {
      utf8.decode(bytes.subarray(0, i + 1));
    } catch {
      // A multi-byte sequence may just be incomplete; confirm with up to 3 more bytes.
      let ok = false;
      for (let k = 1; k <= 3 && i + k < bytes.length; k++) {
        try {
          utf8.decode(bytes.subarray(0, i + 1 + k));
          ok = true;
          break;
        } catch {
          /* keep looking */
        }
      }
      if (!ok) return i;
    }
  }
  return 0;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/** Index of the line that closes the frontmatter, or -1: the one fence rule for validator and build. */
function closingLine(lines: string[]): number {
  return OPEN.test(lines[0] ?? '') ? lines.findIndex((l, i) => i > 0 && CLOSE.test(l)) : -1;
}

/**
 * The Markdown after the frontmatter, split exactly as splitFrontmatter does but without reading
 * the YAML again: the build takes the values from the validated result.
 */
export function bodyAfterFrontmatter(text: string): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const close = closingLine(lines);
  return close < 0 ? undefined : lines.slice(close + 1).join('\n');
}

/**
 * Split text into frontmatter and body at the first line after the opening `---` that is exactly
 * `---` (or `...`); the YAML is parsed by our own reader for positions.
 */
export function splitFrontmatter(text: string, relPath: string): Omit<RawEntry, 'path' | 'folder' | 'basename'> {
  const lines = text.split('\n');
  if (!OPEN.test(lines[0] ?? '')) {
    const hint = text.trim() === '' ? 'Die Datei ist leer.' : 'Die Datei beginnt nicht mit `---`.';
    return {
      body: text,
      bodyOffset: 0,
      problems: [problem(relPath, {line: 1, column: 1}, 'frontmatter', `Kopfbereich fehlt. ${hint} Jeder Eintrag beginnt mit einer Zeile \`---\`, darunter die Felder (\`id: …\`, \`type: …\`, …) und wieder eine Zeile \`---\`.`)],
    };
  }
  const closeIndex = closingLine(lines);
  if (closeIndex < 0) {
    return {
      body: '',
      bodyOffset: 0,
      problems: [problem(relPath, {line: 1, column: 1}, 'frontmatter', 'Der Kopfbereich wird nicht geschlossen. Fügen Sie nach dem letzten Feld eine Zeile mit genau `---` ein.')],
    };
  }
  // Not gray-matter: it closes at any line that merely starts with `---` (`---x`) and ignores
  // `...`, so lines could fall between frontmatter and body unseen. The empty first line keeps YAML
  // line numbers equal to file lines; the last YAML line keeps its newline (`|+` scalars need it).
  const yaml = parseYaml(['', ...lines.slice(1, closeIndex)].join('\n') + '\n');
  const problems = yaml.errors.map((e) => problem(relPath, e.position, 'frontmatter', e.message));
  let data: Record<string, unknown> | undefined;
  if (problems.length === 0) {
    const v = yaml.value;
    if (v && typeof v === 'object' && !Array.isArray(v)) data = v as Record<string, unknown>;
    else problems.push(problem(relPath, {line: 2, column: 1}, 'frontmatter', 'Der Kopfbereich muss aus Feldern der Form `name: wert` bestehen, je Feld eine Zeile.'));
  }
  return {yaml, data, body: lines.slice(closeIndex + 1).join('\n'), bodyOffset: closeIndex + 1, problems};
}

/** Path, folder under docs/ and file name of an entry file. */
export function entryBase(relPath: string): Pick<RawEntry, 'path' | 'folder' | 'basename'> {
  const segments = relPath.split('/');
  const folder = segments.length > 2 ? segments[1] : '';
  const basename = (segments[segments.length - 1] ?? '').replace(/\.mdx?$/, '');
  return {path: relPath, folder, basename};
}

/** An entry file's bytes → text → frontmatter and body. */
export function parseEntryBytes(relPath: string, bytes: Uint8Array): RawEntry {
  const base = entryBase(relPath);
  const decoded = decode(bytes, relPath);
  if (decoded.text === undefined) return {...base, body: '', bodyOffset: 0, problems: decoded.problems};
  return {...base, ...splitFrontmatter(decoded.text, relPath)};
}

/**
 * An entry whose checks came from the cache (file-cache.ts): path, frontmatter values and body
 * offset at once; the YAML document (needed only for the position of a problem found across
 * files) and the body are read from the bytes when first asked for.
 */
export function cachedEntry(relPath: string, bytes: Uint8Array, stored: {data?: Record<string, unknown>; bodyOffset: number; rawProblems: Problem[]}): RawEntry {
  let parsed: RawEntry | undefined;
  const full = () => (parsed ??= parseEntryBytes(relPath, bytes));
  const raw = {...entryBase(relPath), data: stored.data, bodyOffset: stored.bodyOffset, problems: stored.rawProblems} as RawEntry;
  Object.defineProperty(raw, 'yaml', {get: () => full().yaml, enumerable: true});
  Object.defineProperty(raw, 'body', {get: () => full().body, enumerable: true});
  return raw;
}

