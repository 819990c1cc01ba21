/**
 * Reading files: bytes from disk → parse.ts. Never throws for a malformed file: every problem
 * becomes a Problem with a position.
 */
import fs from 'node:fs';
import path from 'node:path';
import {decode, entryBase, parseEntryBytes, problem, type RawEntry} from './parse.ts';
import type {Problem} from './problem.ts';
import {parseYaml, type ParsedYaml} from './yaml.ts';

export * from './parse.ts';

/** The bytes of an entry file, or the entry with the problem that it cannot be read. */
export function readEntryBytes(root: string, relPath: string): {bytes: Uint8Array} | {unreadable: RawEntry} {
  try {
    return {bytes: fs.readFileSync(path.join(root, relPath))};
  } catch (err) {
    return {unreadable: {...entryBase(relPath), body: '', bodyOffset: 0, problems: [problem(relPath, {line: 1, column: 1}, 'file', `Die Datei kann nicht gelesen werden (${(err as NodeJS.ErrnoException).code ?? 'Fehler'}).`)]}};
  }
}

export function readEntryFile(root: string, relPath: string): RawEntry {
  const read = readEntryBytes(root, relPath);
  return 'unreadable' in read ? read.unreadable : parseEntryBytes(relPath, read.bytes);
}

/** A YAML data file (bibliography, glossary). */
export function readDataFile(root: string, relPath: string): {yaml?: ParsedYaml; value?: unknown; problems: Problem[]} {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(path.join(root, relPath));
  } catch {
    return {problems: [problem(relPath, {line: 1, column: 1}, 'file', 'Die Datei fehlt.')]};
  }
  const decoded = decode(bytes, relPath);
  if (decoded.text === undefined) return {problems: decoded.problems};
  const yaml = parseYaml(decoded.text);
  const problems = yaml.errors.map((e) => problem(relPath, e.position, 'yaml', e.message));
  return {yaml, value: problems.length ? undefined : yaml.value, problems};
}
