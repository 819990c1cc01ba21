/**
 * npm run validate — checks every entry and the bibliography; prints one line per problem.
 * Exit 0: no error (warnings allowed); 1: at least one error; 2: the validator could not run.
 */
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {loadEntries, ValidatorSetupError} from '../src/content/index.ts';
import {formatAnnotation, formatProblem} from '../src/content/problem.ts';

function main(): number {
  const root = path.resolve(process.argv[2] ?? process.cwd());
  const started = performance.now();
  let result;
  try {
    result = loadEntries(root);
  } catch (err) {
    if (err instanceof ValidatorSetupError) {
      console.error(err.message);
      return 2;
    }
    console.error(`Die Prüfung konnte nicht laufen: ${(err as Error).message}`);
    return 2;
  }
  const annotate = process.env.GITHUB_ACTIONS === 'true';
  for (const p of result.problems) {
    console.log(formatProblem(p));
    if (annotate) console.log(formatAnnotation(p));
  }
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const ms = Math.round(performance.now() - started);
  const summary = `${result.entries.length} Einträge gültig, ${errors} ${errors === 1 ? 'Fehler' : 'Fehler'}, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'} (${ms} ms).`;
  console.error(errors ? `✗ ${summary}` : `✓ ${summary}`);
  return errors ? 1 : 0;
}

process.exitCode = main();
