/** npm run schema — writes static/schema/entry.schema.json from the zod schema (for editors). */
import fs from 'node:fs';
import path from 'node:path';
import {entryJsonSchema} from '../src/content/json-schema.ts';

const out = path.join(process.cwd(), 'static/schema/entry.schema.json');
fs.mkdirSync(path.dirname(out), {recursive: true});
fs.writeFileSync(out, entryJsonSchema());
console.log(`✓ ${path.relative(process.cwd(), out)} geschrieben.`);
