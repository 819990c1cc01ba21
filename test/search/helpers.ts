/** Shared fixtures for the search tests. */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse} from 'yaml';
import {buildSearchIndex} from '../../src/search/build';
import type {SearchDoc, SearchIndexData} from '../../src/search/types';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/search');

export function readFixture<T>(name: string): T {
  return parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as T;
}

export function fixtureDocs(): SearchDoc[] {
  return readFixture<SearchDoc[]>('corpus.yml');
}

export function fixtureSynonyms(): string[][] {
  return readFixture<string[][]>('synonyms.yml');
}

let cached: SearchIndexData | undefined;

/** The fixture corpus with the fixture synonyms, built once per test file. */
export function fixtureIndex(): SearchIndexData {
  cached ??= buildSearchIndex(fixtureDocs(), {synonyms: fixtureSynonyms()});
  return cached;
}
