import * as z from 'zod';
import {entrySchema} from './schema.ts';

/** The JSON Schema of an entry's frontmatter, as written by authors (input side), pretty-printed. */
export function entryJsonSchema(): string {
  const schema = z.toJSONSchema(entrySchema, {io: 'input', unrepresentable: 'any'});
  const withId = {
    $schema: schema.$schema,
    $id: 'https://praxisatlas-neuzuwanderung.github.io/schema/entry.schema.json',
    title: 'Praxisatlas Neuzuwanderung: Eintrag (Frontmatter)',
    description: 'Erzeugt aus src/content/schema.ts mit „npm run schema“. Nicht von Hand bearbeiten.',
    ...schema,
  };
  return JSON.stringify(withId, null, 2) + '\n';
}
