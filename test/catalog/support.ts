/** Shared helpers for the catalog tests: fixtures and the real content, read independently. */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {FIXTURES, REPO} from '../support/site';
import type {CatalogEntry} from '../../src/catalog/types';

export const CATALOG_FIXTURES = path.join(FIXTURES, 'catalog');

export function fixtureEntries(): CatalogEntry[] {
  return JSON.parse(fs.readFileSync(path.join(CATALOG_FIXTURES, 'entries.json'), 'utf8')) as CatalogEntry[];
}

export const ids = (entries: readonly {id: string}[]) => entries.map((e) => e.id);

/**
 * The real entries' frontmatter, read straight from docs/ with gray-matter: the reference the
 * catalog is checked against, independent of our loader and normaliser.
 */
export function realFrontmatter(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (dir: string) => {
    for (const d of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (d.name.endsWith('.md')) out.push(matter(fs.readFileSync(full, 'utf8')).data as Record<string, unknown>);
    }
  };
  walk(path.join(REPO, 'docs'));
  return out;
}
