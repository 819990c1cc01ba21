/** npm run new -- <type> <id> — writes docs/<folder>/<id>.md (see src/content/scaffold.ts). */
import fs from 'node:fs';
import path from 'node:path';
import {PLACEHOLDER} from '../src/content/rules.ts';
import {scaffold, UsageError} from '../src/content/scaffold.ts';

function main(): number {
  const root = process.cwd();
  const [typeArg, id] = process.argv.slice(2);
  try {
    const {path: rel, text} = scaffold(root, typeArg, id);
    fs.mkdirSync(path.dirname(path.join(root, rel)), {recursive: true});
    fs.writeFileSync(path.join(root, rel), text, {flag: 'wx'});
    console.log(`✓ ${rel} angelegt. Ersetzen Sie alle Stellen mit „${PLACEHOLDER}“ und prüfen Sie mit: npm run validate`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`✗ ${err.message}`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = main();
