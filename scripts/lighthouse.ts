/**
 * npm run lighthouse [-- --dir build] [--page /katalog ...]
 *
 * Serves the built site (default `build/`, so run `npm run build` first) on 127.0.0.1 and runs
 * Lighthouse (desktop preset) in the system Chromium on the home page, the catalog and one entry.
 * Prints the four scores per page; exit 1 when a score is below the budget, 2 when it could not run.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {budgetFailures, formatTable, LIGHTHOUSE_PAGES} from '../src/quality/budget.ts';
import {auditPages} from '../src/quality/lighthouse.ts';
import {serve} from '../test/support/serve.ts';

async function main(): Promise<number> {
  const {values} = parseArgs({options: {dir: {type: 'string', default: 'build'}, page: {type: 'string', multiple: true}}});
  const dir = path.resolve(values.dir!);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`[lighthouse] Keine gebaute Website in ${dir}: zuerst „npm run build“ ausführen oder --dir angeben.`);
    return 2;
  }
  const server = await serve(dir);
  try {
    const results = await auditPages(server.url, values.page ?? LIGHTHOUSE_PAGES, {log: (line) => console.log(`[lighthouse] ${line}`)});
    console.log(formatTable(results));
    const failures = budgetFailures(results);
    for (const r of results) {
      if (failures.some((f) => f.startsWith(`${r.page}:`))) console.log(`\n${r.page} – Punktabzug:\n  ${r.losses.join('\n  ')}`);
    }
    if (failures.length > 0) {
      console.error(`\n[lighthouse] Budget verfehlt:\n  ${failures.join('\n  ')}`);
      return 1;
    }
    return 0;
  } finally {
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`[lighthouse] ${err.message}`);
    process.exit(2);
  },
);
