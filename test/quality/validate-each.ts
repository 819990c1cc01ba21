/**
 * Child process for the hostile-input test: validates site folders one after another, the way
 * `npm run validate` does (loadEntries, formatProblem), and reports each on its own stdout line.
 * One process for all files saves a tsx start per file; the parent (runEach) still gives every
 * file its own time limit and restarts the child after a file that hangs or kills it.
 *
 * stdin: JSON [{name, site}]. stdout: `start <name>` then `done <name> <ms> <JSON lines>`.
 */
import fs from 'node:fs';
import {spawn} from 'node:child_process';
import path from 'node:path';

export interface EachCase {
  name: string;
  site: string;
}

export type EachResult =
  | {name: string; status: 'done'; ms: number; lines: string[]}
  | {name: string; status: 'timeout'; ms: number}
  | {name: string; status: 'died'; ms: number; code: number | null; signal: NodeJS.Signals | null; stderr: string};

async function child(): Promise<void> {
  const {loadEntries} = await import('../../src/content/index.ts');
  const {formatProblem} = await import('../../src/content/problem.ts');
  const cases = JSON.parse(fs.readFileSync(0, 'utf8')) as EachCase[];
  for (const c of cases) {
    process.stdout.write(`start ${c.name}\n`);
    const started = performance.now();
    const lines = loadEntries(c.site, {today: process.env.PRAXISATLAS_TODAY}).problems.map(formatProblem);
    process.stdout.write(`done ${c.name} ${Math.round(performance.now() - started)} ${JSON.stringify(lines)}\n`);
  }
}

/** Run the cases through child processes; a file gets `limitMs` before its child is killed. */
export async function runEach(cases: EachCase[], limitMs: number, env: NodeJS.ProcessEnv): Promise<EachResult[]> {
  const results: EachResult[] = [];
  let rest = [...cases];
  while (rest.length) {
    const batch = rest;
    const done = await new Promise<EachResult[]>((resolve) => {
      const out: EachResult[] = [];
      const proc = spawn(path.join(__dirname, '../../node_modules/.bin/tsx'), [__filename, '--child'], {env});
      let current: {name: string; started: number} | undefined;
      let timer: NodeJS.Timeout | undefined;
      let buffer = '';
      let stderr = '';
      proc.stderr.on('data', (d) => (stderr += d));
      proc.stdout.on('data', (d) => {
        buffer += d;
        let nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          const [kind, name, ms, ...json] = line.split(' ');
          if (kind === 'start') {
            current = {name, started: performance.now()};
            clearTimeout(timer);
            timer = setTimeout(() => {
              out.push({name, status: 'timeout', ms: performance.now() - current!.started});
              current = undefined;
              proc.kill('SIGKILL');
            }, limitMs);
          } else if (kind === 'done') {
            clearTimeout(timer);
            out.push({name, status: 'done', ms: Number(ms), lines: JSON.parse(json.join(' ')) as string[]});
            current = undefined;
          }
        }
      });
      proc.on('close', (code, signal) => {
        clearTimeout(timer);
        if (current) out.push({name: current.name, status: 'died', ms: performance.now() - current.started, code, signal, stderr});
        resolve(out);
      });
      proc.stdin.end(JSON.stringify(batch));
    });
    results.push(...done);
    const finished = new Set(results.map((r) => r.name));
    rest = batch.filter((c) => !finished.has(c.name));
    // A child that died before starting any file would loop forever.
    if (done.length === 0) {
      results.push(...rest.map((c) => ({name: c.name, status: 'died' as const, ms: 0, code: null, signal: null, stderr: 'child did not start'})));
      rest = [];
    }
  }
  return results;
}

if (process.argv.includes('--child')) {
  child().catch((err) => {
    process.stderr.write(String((err as Error).stack ?? err));
    process.exitCode = 2;
  });
}
