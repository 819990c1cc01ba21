/**
 * npm run validate [-- <folder>] [--no-cache] — checks every entry and the bibliography; prints
 * one line per problem. Exit 0: no error (warnings allowed); 1: at least one error; 2: the
 * validator could not run. Results of unchanged files are kept in node_modules/.cache/praxisatlas
 * (src/content/file-cache.ts); --no-cache or PRAXISATLAS_NO_CACHE=1 checks every file afresh.
 */
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {defaultCacheDir} from '../src/content/file-cache.ts';
import {loadEntries, ValidatorSetupError} from '../src/content/index.ts';
import {formatAnnotation, formatProblem} from '../src/content/problem.ts';

function main(): number {
  const args = process.argv.slice(2);
  const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? process.cwd());
  const noCache = args.includes('--no-cache') || process.env.PRAXISATLAS_NO_CACHE === '1';
  const started = performance.now();
  const stats = {hits: 0, misses: 0};
  let result;
  try {
    result = loadEntries(root, {cacheDir: noCache ? undefined : defaultCacheDir(root), stats});
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
  const unchanged = stats.hits ? `, ${stats.hits} ${stats.hits === 1 ? 'unveränderte Datei' : 'unveränderte Dateien'} aus dem Zwischenspeicher` : '';
  const summary = `${result.entries.length} Einträge gültig, ${errors} Fehler, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'} (${ms} ms${unchanged}).`;
  console.error(errors ? `✗ ${summary}` : `✓ ${summary}`);
  return errors ? 1 : 0;
}

process.exitCode = main();
