/**
 * npm run generate — writes the files derived from the schema (JSON Schema, issue form and its
 * chooser; see src/content/generators/index.ts). With `--check` it writes nothing and exits 1 when a
 * committed file differs from what the schema gives, naming the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import {GENERATED_FILES} from '../src/content/generators/index.ts';

function main(): number {
  const root = process.cwd();
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const file of GENERATED_FILES) {
    const target = path.join(root, file.path);
    const text = file.generate();
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (current === text) {
      console.log(`✓ ${file.path} ist aktuell.`);
      continue;
    }
    if (check) {
      stale++;
      console.log(`✗ ${file.path} passt nicht mehr zum Schema. Führen Sie „npm run generate“ aus und committen Sie die Datei.`);
      continue;
    }
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, text);
    console.log(`✓ ${file.path} geschrieben.`);
  }
  return stale ? 1 : 0;
}

process.exitCode = main();
