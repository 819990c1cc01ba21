/**
 * The one YAML reader of the project: the validator, the site (through
 * `markdown.parseFrontMatter`) and the generators read frontmatter and data files the same way.
 * YAML 1.2 core schema (so `2026-11-24` stays a string and `no` stays a string), unique keys,
 * a low alias budget against "billion laughs", and unknown tags (`!!js/function`) are errors.
 */
import {Composer, Document, isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, Parser, visit, YAMLParseError, type CST, type Node} from 'yaml';
import type {Position} from './problem.ts';

export interface YamlIssue {
  message: string;
  position: Position;
}

export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Plain JS value; undefined when there were errors. */
  value: unknown;
  errors: YamlIssue[];
}

const MAX_ALIASES = 50;

/** German wording for the yaml library's error codes; the parser's text follows for detail. */
const YAML_CODES: Record<string, string> = {
  DUPLICATE_KEY: 'Ein Schlüssel kommt doppelt vor. Jeder Schlüssel darf nur einmal stehen: löschen Sie eine der beiden Zeilen.',
  TAG_RESOLVE_FAILED: 'Unbekannter YAML-Tag (z. B. `!!js/function`). Tags sind nicht erlaubt: schreiben Sie den Wert ohne `!…` davor.',
  BAD_INDENT: 'Die Einrückung stimmt nicht. Rücken Sie mit Leerzeichen ein (keine Tabulatoren), immer gleich weit pro Ebene.',
  TAB_AS_INDENT: 'Tabulator als Einrückung. YAML erlaubt nur Leerzeichen: ersetzen Sie den Tabulator durch zwei Leerzeichen.',
  MISSING_CHAR: 'Es fehlt ein Zeichen (z. B. ein schließendes Anführungszeichen oder eine Klammer).',
  MULTILINE_IMPLICIT_KEY: 'Ein Schlüssel geht über mehrere Zeilen, meist fehlt ein Doppelpunkt oder ein Anführungszeichen in der Zeile davor.',
  BLOCK_AS_IMPLICIT_KEY: 'Ein Schlüssel ist nicht richtig abgeschlossen, meist fehlt `: ` nach dem Feldnamen.',
  UNEXPECTED_TOKEN: 'Unerwartetes Zeichen. Prüfen Sie Doppelpunkte, Anführungszeichen und Einrückung in dieser Zeile.',
  BAD_ALIAS: 'Ungültiger Verweis (`*name`). Verweise sind in Einträgen nicht nötig: schreiben Sie den Wert aus.',
  BAD_DIRECTIVE: 'Ungültige YAML-Direktive (`%…`). Entfernen Sie die Zeile.',
  MULTIPLE_DOCS: 'Mehrere YAML-Dokumente (`---`) im Kopfbereich. Es darf nur einen geben.',
  IMPOSSIBLE: 'Der YAML-Text kann nicht gelesen werden.',
};

function germanYamlMessage(code: string, original: string): string {
  const base = YAML_CODES[code] ?? 'Der YAML-Text kann nicht gelesen werden.';
  const detail = original.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
  return `${base} (Parser: ${detail})`;
}

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // resolveKnownTags: false, or the core schema also resolves YAML 1.1's !!binary, !!set, !!omap,
  // !!pairs and !!timestamp into Buffers, Sets and Dates that no field expects.
  const options = {version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true, resolveKnownTags: false} as const;
  // Tokens first (the lexer and parser keep their own stack), then a depth check, then composing,
  // which recurses per level: parseDocument() does the same steps without the check.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const deep = firstTooDeep(tokens);
  if (deep !== undefined) {
    return {
      doc: new Document() as Document.Parsed,
      lineCounter,
      value: undefined,
      errors: [{message: `Der YAML-Text ist zu tief verschachtelt (mehr als ${MAX_DEPTH} Ebenen). Ein Kopfbereich braucht höchstens drei Ebenen, z. B. \`outcomes:\` → \`- label: …\`. Prüfen Sie Klammern und Einrückung.`, position: toPosition(lineCounter, deep)}],
    };
  }
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(options).compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  if (!doc) throw new Error('yaml: compose(forceDoc) returned no document');
  const at = (offset: number): Position => toPosition(lineCounter, offset);
  const errors: YamlIssue[] = [...doc.errors, ...doc.warnings].map((e) => ({
    message: germanYamlMessage(e.code, e.message),
    position: at(e.pos[0]),
  }));
  if (errors.length === 0) errors.push(...foreignTags(doc, lineCounter));
  let value: unknown;
  if (errors.length === 0) {
    try {
      value = doc.toJS({maxAliasCount: MAX_ALIASES});
    } catch (err) {
      errors.push({
        message:
          'Der YAML-Text enthält zu viele oder ungültige Verweise (`&anker`/`*anker`). Schreiben Sie die Werte aus, statt auf Anker zu verweisen.' +
          ` (Parser: ${(err as Error).message.split('\n')[0]})`,
        position: firstAliasPosition(doc, lineCounter),
      });
    }
  }
  return {doc, lineCounter, value, errors};
}

/**
 * Nesting deeper than this is refused before composing. Composing recurses per level and overflows
 * the stack at a few hundred levels; yaml catches that, but afterwards Node 20 can die outright
 * ("RegExpCompiler Allocation failed") on the next deep document, so two hostile files could stop
 * the whole validator. Real frontmatter has three levels.
 */
export const MAX_DEPTH = 32;

/** Offset of the first collection nested deeper than MAX_DEPTH, found without recursion. */
function firstTooDeep(tokens: CST.Token[]): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  let first: number | undefined;
  while (stack.length) {
    const [token, depth] = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= MAX_DEPTH) {
        first = Math.min(first ?? token.offset, token.offset);
        continue;
      }
      for (const item of token.items as {key?: CST.Token | null; value?: CST.Token}[]) {
        if (item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return first;
}

/** The core schema's tags; `!!str 5` is harmless, anything else is refused even where yaml resolves it. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

function foreignTags(doc: Document.Parsed, lc: LineCounter): YamlIssue[] {
  const issues: YamlIssue[] = [];
  visit(doc, (_key, node) => {
    if (isNode(node) && node.tag && !CORE_TAGS.has(node.tag)) {
      issues.push({message: YAML_CODES.TAG_RESOLVE_FAILED, position: toPosition(lc, node.range?.[0] ?? 0)});
    }
  });
  return issues;
}

function firstAliasPosition(doc: Document.Parsed, lc: LineCounter): Position {
  let found: Position = {line: 1, column: 1};
  visit(doc, {
    Alias(_key, node) {
      if (node.range) found = toPosition(lc, node.range[0]);
      return visit.BREAK;
    },
  });
  return found;
}

/** A path into a YAML value: keys and list indexes. */
export type YamlPath = ReadonlyArray<string | number>;

/**
 * Where a path starts in the document. With `key: true` the position of the map key
 * (for "unknown field"), otherwise of the value (for "wrong value"). Falls back to the
 * nearest existing ancestor, so a problem never lands on line 1 when a better line exists.
 */
export function positionOf(parsed: ParsedYaml, path: YamlPath, opts: {key?: boolean} = {}): Position | undefined {
  let node: unknown = parsed.doc.contents;
  let best: {offset: number} | undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === segment);
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) best = {offset: keyNode.range[0]};
      if (last && opts.key) break;
      node = pair.value;
      if (isNode(node) && node.range && !(last && opts.key)) best = {offset: rangeStart(node)};
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!isNode(item)) break;
      node = item;
      best = {offset: rangeStart(item)};
    } else {
      break;
    }
  }
  return best ? toPosition(parsed.lineCounter, best.offset) : undefined;
}

function toPosition(lc: LineCounter, offset: number): Position {
  const {line, col} = lc.linePos(offset);
  return {line, column: col};
}

function rangeStart(node: Node): number {
  if (isAlias(node)) return node.range?.[0] ?? 0;
  return node.range?.[0] ?? 0;
}
