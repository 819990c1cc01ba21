/**
 * npm run bench:limits — what the worst input costs that the gate still accepts, and what the worst
 * input it refuses costs to refuse. For each case (test/quality/hostile-generated.ts and the
 * committed hostile fixtures) a copy of the project gets the case's files; then `npm run validate`
 * and, for accepted cases, `docusaurus build` run under /usr/bin/time for wall time and peak
 * memory, next to the same commands on the unchanged project measured in the same run.
 * Writes bench/limits-results.md. Not part of `npm test`: it builds the site once per case.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {copyProject} from '../test/support/build.ts';
import {removeSite} from '../test/support/site.ts';
import {GENERATED, writeGenerated, type GeneratedCase} from '../test/quality/hostile-generated.ts';
import {REPO} from './site/paths.ts';

const TODAY = '2026-11-26';
const HOSTILE = path.join(REPO, 'test/fixtures/hostile');
const REFUSED_WORST = ['keywords-200000', 'table-1000x4000', 'synonyms-group-6000', 'five-megabytes', 'nested-emphasis'];
const COMMITTED_REFUSED = ['outcome-value-huge', 'link-image-etc-passwd', 'mermaid-too-long'];

interface Measured {
  seconds: number;
  megabytes: number;
  code: number | null;
}

/** Wall time and peak resident memory of a command, from GNU time. */
function measure(cwd: string, command: string[], env: Record<string, string> = {}): Measured {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', ...command], {cwd, encoding: 'utf8', env: {...process.env, PRAXISATLAS_TODAY: TODAY, DOCUSAURUS_NO_PERSISTENT_CACHE: '1', PRAXISATLAS_NO_CACHE: '1', ...env}, maxBuffer: 256 * 1024 * 1024});
  const [seconds, kb] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return {seconds, megabytes: Math.round(kb / 1024), code: r.status};
}

function run(name: string, setUp: (dir: string) => void, build: boolean): string {
  const dir = copyProject();
  try {
    setUp(dir);
    const validate = measure(dir, [path.join(REPO, 'node_modules/.bin/tsx'), 'scripts/validate.ts', '--no-cache']);
    const built = build ? measure(dir, [path.join(REPO, 'node_modules/.bin/docusaurus'), 'build', '--out-dir', path.join(dir, 'build')]) : undefined;
    const verdict = validate.code === 0 ? 'angenommen' : 'abgelehnt';
    const cells = [name, verdict, `${validate.seconds.toFixed(1)} s`, `${validate.megabytes} MB`, built ? `${built.seconds.toFixed(1)} s${built.code === 0 ? '' : ' (Fehler)'}` : '–', built ? `${built.megabytes} MB` : '–'];
    const line = `| ${cells.join(' | ')} |`;
    console.log(line);
    return line;
  } finally {
    removeSite(dir);
  }
}

function main(): void {
  const byName = new Map(GENERATED.map((g) => [g.name, g]));
  const accepted = GENERATED.filter((g) => g.expected.length === 0);
  const header = ['| Fall | Prüfung | Prüfzeit | Prüfspeicher | Build | Build-Speicher |', '|---|---|---|---|---|---|'];
  console.log(header.join('\n'));
  const rows = [run('(unverändertes Projekt)', () => {}, true)];
  for (const g of accepted) rows.push(run(g.name, (dir) => writeGenerated(g, dir), true));
  for (const name of REFUSED_WORST) rows.push(run(name, (dir) => writeGenerated(byName.get(name) as GeneratedCase, dir), false));
  for (const name of COMMITTED_REFUSED) rows.push(run(name, (dir) => fs.cpSync(path.join(HOSTILE, name, 'docs'), path.join(dir, 'docs'), {recursive: true}), false));
  const text = [
    '# Grenzen: was die schlimmste angenommene und die schlimmste abgelehnte Eingabe kostet',
    '',
    `Gemessen mit \`npm run bench:limits\` am ${new Date().toISOString().slice(0, 10)} (${process.arch}, Node ${process.version}); Zeit und Spitzenspeicher aus /usr/bin/time, Build ohne Zwischenspeicher.`,
    '',
    ...header,
    ...rows,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(REPO, 'bench/limits-results.md'), text);
}

main();
