/** Reads data/synonyms.yml (Node only). A broken file fails the build loudly: silent loss of synonyms would only show up as worse search. */
import fs from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import * as z from 'zod';

export const SYNONYMS_PATH = 'data/synonyms.yml';

const synonymsSchema = z.array(z.array(z.union([z.string(), z.number()]).transform(String)).min(2));

export function loadSynonyms(root: string): string[][] {
  const file = path.join(root, SYNONYMS_PATH);
  if (!fs.existsSync(file)) return [];
  const result = synonymsSchema.safeParse(parse(fs.readFileSync(file, 'utf8')) ?? []);
  if (!result.success) {
    throw new Error(`${SYNONYMS_PATH}: erwartet wird eine Liste von Gruppen wie „- [KV, Krankenversicherung]“ (${result.error.issues[0]?.message ?? 'ungültig'}).`);
  }
  return result.data;
}
