/**
 * npm run bench [-- 50,500,2000] [--runs=2] [--faster-off]
 *
 * For each N, in the same run and on the same machine: a copy of the project filled up to N entries
 * with synthetic ones (bench/site/generate.ts; the 35 real entries stay, the site needs them), then
 * - our `docusaurus build` of a copy of the project with those entries,
 * - a vanilla Docusaurus build of the same Markdown (bench/site/vanilla.ts),
 * - validation alone (loadEntries in this process, entries per second),
 * - the search index (serialised bytes, gzip),
 * - the JavaScript a doc page loads, ours against vanilla (raw, gzip).
 * Prints the table and writes it to bench/results.md. Not part of `npm test`: at N = 2,000 the
 * builds take minutes. Builds are cold (no persistent bundler cache), like a CI run.
 *
 * --faster-off builds both sites with `future.faster: false` (webpack, Babel, Terser) instead of
 * the Docusaurus Faster stack that `future.v4` switches on, to compare the two; it writes
 * bench/results-faster-off.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {defaultCacheDir} from '../src/content/file-cache.ts';
import {loadEntries} from '../src/content/index.ts';
import {readEntryFile} from '../src/content/load.ts';
import {listContentTree} from '../src/content/tree.ts';
import {entrySchemas, type EntryType} from '../src/content/schema.ts';
import {syncProject} from '../test/support/build.ts';
import {addSyntheticContent} from './site/generate.ts';
import {pageJs, sizeOf, timed, type Bytes} from './site/measure.ts';
import {REPO} from './site/paths.ts';
import {writeVanillaSite} from './site/vanilla.ts';

const TODAY = '2026-11-26';
const DOCUSAURUS = path.join(REPO, 'node_modules/.bin/docusaurus');
/** A playbook step: it has the sidebar in both sites, so the pages compare like for like. */
const DOC_PAGE = '/koordination/problemlagen-erkennen';

/** Seconds per build phase, from Docusaurus' perf logger. */
type Phases = Record<(typeof PHASES)[number], number>;

interface Row {
  n: number;
  ours: number;
  vanilla: number;
  oursPhases: Phases;
  vanillaPhases: Phases;
  /** Our build again with the validation cache of the cold build (entries unchanged, bundler cold). */
  oursCached: number;
  validatePerSecond: number;
  /** Validation when no file changed since the last run (src/content/file-cache.ts). */
  validateCachedPerSecond: number;
  frontmatterPerSecond: number;
  search?: Bytes;
  oursJs: Bytes & {files: number};
  vanillaJs: Bytes & {files: number};
}

const args = process.argv.slice(2);
const sizes = (args.find((a) => /^\d/.test(a)) ?? '50,500,2000').split(',').map(Number);
const fasterOff = args.includes('--faster-off');
/** Builds per site and N; the fastest counts (the CPU may be shared, noise only ever adds time). */
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 1);
const WORK = path.join(os.tmpdir(), 'praxisatlas-bench');
/** Cold: neither the bundler's persistent cache nor our validation cache. */
const ENV = {PRAXISATLAS_TODAY: TODAY, DOCUSAURUS_NO_PERSISTENT_CACHE: '1', DOCUSAURUS_PERF_LOGGER: 'true', PRAXISATLAS_NO_CACHE: '1'};
const PHASES = ['Load site', 'Bundling', 'SSG'] as const;

/** `[PERF] Build > de > Load site - 8.53 seconds! - (Heap …)` → seconds per phase. */
function phases(output: string): Phases {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const out = {} as Phases;
  for (const phase of PHASES) {
    const m = new RegExp(`\\[PERF\\] Build > [^>\\n]+ > ${phase}[^>\\n]*? - ([\\d.]+) (ms|seconds)`).exec(plain);
    out[phase] = m ? Number(m[1]) / (m[2] === 'ms' ? 1000 : 1) : NaN;
  }
  return out;
}

/** Our config with `future.faster` switched off, without touching docusaurus.config.ts. */
function writeFasterOffConfig(dir: string): string {
  const file = path.join(dir, 'docusaurus.bench.config.ts');
  fs.writeFileSync(file, "import config from './docusaurus.config';\n\nexport default {...config, future: {...config.future, faster: false}};\n");
  return file;
}

async function searchIndexSize(root: string, content: ReturnType<typeof loadEntries>): Promise<Bytes | undefined> {
  try {
    const {buildSiteSearchIndex} = await import('../src/search/site-index.ts');
    return sizeOf(JSON.stringify(buildSiteSearchIndex(root, content)));
  } catch (err) {
    console.error(`Suchindex nicht messbar: ${(err as Error).message}`);
    return undefined;
  }
}

async function measure(n: number): Promise<Row> {
  const ours = path.join(WORK, `ours-${n}`);
  const vanilla = path.join(WORK, `vanilla-${n}`);
  console.error(`\n── N = ${n}: erzeugen`);
  syncProject(ours);
  for (const stale of ['.docusaurus', 'build']) fs.rmSync(path.join(ours, stale), {recursive: true, force: true});
  addSyntheticContent(ours, n);
  writeVanillaSite(vanilla, path.join(ours, 'docs'), {future: fasterOff ? {v4: true, faster: false} : {v4: true}});

  // Validation in this process, best of three, so process start and JIT are not counted.
  const best = <T>(fn: () => T): {value: T; seconds: number} => {
    let out: {value: T; seconds: number} | undefined;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const value = fn();
      const seconds = (performance.now() - started) / 1000;
      if (!out || seconds < out.seconds) out = {value, seconds};
    }
    return out!;
  };
  const validation = best(() => loadEntries(ours, {today: TODAY}));
  const content = validation.value;
  const frontmatter = best(() => frontmatterOnly(ours));
  // Our site's validation cache (node_modules/.cache/praxisatlas), filled once, then read.
  const cacheDir = defaultCacheDir(ours)!;
  fs.rmSync(cacheDir, {recursive: true, force: true});
  loadEntries(ours, {today: TODAY, cacheDir});
  const cachedValidation = best(() => loadEntries(ours, {today: TODAY, cacheDir}));
  const errors = content.problems.filter((p) => p.severity === 'error');
  if (errors.length || content.entries.length !== n) throw new Error(`Der erzeugte Korpus ist nicht gültig (${content.entries.length}/${n} Einträge, ${errors.length} Fehler).`);
  const search = await searchIndexSize(ours, content);

  const config = fasterOff ? ['--config', writeFasterOffConfig(ours)] : [];
  const oursTimes: {seconds: number; phases: Phases}[] = [];
  const vanillaTimes: {seconds: number; phases: Phases}[] = [];
  // Alternating, so a busy minute on the machine does not fall on one site only.
  for (let run = 1; run <= RUNS; run++) {
    console.error(`── N = ${n}: unser Build (${run}/${RUNS})`);
    const oursBuild = await timed(DOCUSAURUS, ['build', ...config], {cwd: ours, env: ENV});
    if (oursBuild.code !== 0) throw new Error(`Unser Build ist fehlgeschlagen:\n${oursBuild.output.slice(-3000)}`);
    oursTimes.push({seconds: oursBuild.seconds, phases: phases(oursBuild.output)});
    console.error(`── N = ${n}: Vanilla-Build (${run}/${RUNS})`);
    const vanillaBuild = await timed(DOCUSAURUS, ['build'], {cwd: vanilla, env: ENV});
    if (vanillaBuild.code !== 0) throw new Error(`Der Vanilla-Build ist fehlgeschlagen:\n${vanillaBuild.output.slice(-3000)}`);
    vanillaTimes.push({seconds: vanillaBuild.seconds, phases: phases(vanillaBuild.output)});
  }
  console.error(`── N = ${n}: unser Build mit Prüf-Zwischenspeicher`);
  const cachedBuild = await timed(DOCUSAURUS, ['build', ...config], {cwd: ours, env: {...ENV, PRAXISATLAS_NO_CACHE: ''}});
  if (cachedBuild.code !== 0) throw new Error(`Unser Build ist fehlgeschlagen:\n${cachedBuild.output.slice(-3000)}`);

  return {
    n,
    ours: fastest(oursTimes).seconds,
    vanilla: fastest(vanillaTimes).seconds,
    oursPhases: fastest(oursTimes).phases,
    vanillaPhases: fastest(vanillaTimes).phases,
    oursCached: cachedBuild.seconds,
    validatePerSecond: n / validation.seconds,
    validateCachedPerSecond: n / cachedValidation.seconds,
    frontmatterPerSecond: n / frontmatter.seconds,
    search,
    oursJs: await pageJs(path.join(ours, 'build'), DOC_PAGE),
    vanillaJs: await pageJs(path.join(vanilla, 'build'), DOC_PAGE),
  };
}

const fastest = <T extends {seconds: number}>(runs: T[]): T => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));

/** The frontmatter half of validation: read, split, YAML, schema; no Markdown parsing. */
function frontmatterOnly(root: string): number {
  let valid = 0;
  for (const rel of listContentTree(root).entries) {
    const raw = readEntryFile(root, rel);
    const type = raw.data?.type as EntryType | undefined;
    if (type && entrySchemas[type]?.safeParse(raw.data).success) valid++;
  }
  return valid;
}

const kib = (b: number) => (b / 1024).toFixed(1);

function table(rows: Row[]): string {
  const head = '| N | our build (s) | vanilla build (s) | ratio | ours, entries unchanged (s) | ratio | validation (entries/s) | unchanged (entries/s) | frontmatter only (entries/s) | search index raw / gzip (KB) | page JS ours raw / gzip (KB) | page JS vanilla raw / gzip (KB) | Δ gzip (KB) |';
  const rule = '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = rows.map((r) =>
    `| ${r.n} | ${r.ours.toFixed(1)} | ${r.vanilla.toFixed(1)} | ${(r.ours / r.vanilla).toFixed(2)}× | ${r.oursCached.toFixed(1)} | ${(r.oursCached / r.vanilla).toFixed(2)}× | ${Math.round(r.validatePerSecond)} | ${Math.round(r.validateCachedPerSecond)} | ${Math.round(r.frontmatterPerSecond)} | ${r.search ? `${kib(r.search.raw)} / ${kib(r.search.gzip)}` : 'n/a'} | ${kib(r.oursJs.raw)} / ${kib(r.oursJs.gzip)} | ${kib(r.vanillaJs.raw)} / ${kib(r.vanillaJs.gzip)} | +${kib(r.oursJs.gzip - r.vanillaJs.gzip)} |`,
  );
  return [head, rule, ...lines].join('\n');
}

/** Where the time goes, for the fastest build of each site. */
function phaseTable(rows: Row[]): string {
  const head = `| N | ${PHASES.map((p) => `${p} ours / vanilla (s)`).join(' | ')} |`;
  const rule = `|---:|${PHASES.map(() => '---:').join('|')}|`;
  const lines = rows.map((r) => `| ${r.n} | ${PHASES.map((p) => `${r.oursPhases[p].toFixed(1)} / ${r.vanillaPhases[p].toFixed(1)}`).join(' | ')} |`);
  return [head, rule, ...lines].join('\n');
}

function verdict(rows: Row[]): string[] {
  const big = rows.find((r) => r.n === 2000) ?? rows[rows.length - 1];
  const check = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const slowest = Math.min(...rows.map((r) => r.validatePerSecond));
  const slowestCached = Math.min(...rows.map((r) => r.validateCachedPerSecond));
  const worstJs = Math.max(...rows.map((r) => r.oursJs.gzip - r.vanillaJs.gzip));
  return [
    `- Build ≤ 1.10× vanilla at N = ${big.n}: cold ${(big.ours / big.vanilla).toFixed(2)}× — ${check(big.ours / big.vanilla <= 1.1)}; entries unchanged since the last build ${(big.oursCached / big.vanilla).toFixed(2)}× — ${check(big.oursCached / big.vanilla <= 1.1)}`,
    `- Validation ≥ 5,000 entries/s: every file checked ${Math.round(slowest)} entries/s at the slowest N — ${check(slowest >= 5000)}; files unchanged since the last run ${Math.round(slowestCached)} entries/s — ${check(slowestCached >= 5000)}`,
    `- Page JS ≤ vanilla + 25 KB gzip: +${kib(worstJs)} KB at worst — ${check(worstJs <= 25 * 1024)}`,
  ];
}

async function main(): Promise<void> {
  fs.mkdirSync(WORK, {recursive: true});
  const rows: Row[] = [];
  for (const n of sizes) {
    rows.push(await measure(n));
    console.error(table(rows));
  }
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
  const report = [
    '# Benchmark: our build against vanilla Docusaurus',
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\`: Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average after the run ${load} (1/5/15 min).`,
    `Docusaurus ${JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/@docusaurus/core/package.json'), 'utf8')).version}, ${fasterOff ? '`future.faster: false` (webpack, Babel, Terser)' : '`future.v4` with Docusaurus Faster (Rspack, SWC, Lightning CSS, SSG worker threads)'}, cold builds (DOCUSAURUS_NO_PERSISTENT_CACHE=1, PRAXISATLAS_NO_CACHE=1) unless stated.`,
    '',
    table(rows),
    '',
    `N entries: the real ones plus synthetic ones (bench/site/generate.ts). Build times are wall-clock seconds of \`docusaurus build\`. "Ours, entries unchanged": our build once more after the cold ones, with the validation cache they left (src/content/file-cache.ts; the bundler still cold), as on a second build or \`npm start\` without changes to the entries. Validation is \`loadEntries\` in this process (run by tsx, as \`npm run validate\` is), best of three, every file checked; "unchanged" is the same with the cache of a previous run (what \`npm run validate\` does by default); "frontmatter only" is the same files read, split, YAML-parsed and schema-checked, without the Markdown body. Builds: fastest of ${RUNS}, alternating ours and vanilla. Page JS: every script Chromium loads when it opens ${DOC_PAGE} (HTML script tags and the route chunks fetched on hydration), gzip level 9.`,
    '',
    '## Build phases',
    '',
    phaseTable(rows),
    '',
    '\"Load site\" holds our plugin: validation of every entry (loadEntries) and the route builders (search index, charts, facet pages); \"Bundling\" is Rspack; \"SSG\" renders every page to HTML.',
    '',
    '## Targets',
    '',
    ...verdict(rows),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(REPO, fasterOff ? 'bench/results-faster-off.md' : 'bench/results.md'), report);
  console.log(report);
}

main().catch((err) => {
  console.error((err as Error).message);
  process.exitCode = 1;
});
