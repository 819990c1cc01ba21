/**
 * npm run pdf [-- --from build-offline] [--out praxisatlas-playbook.pdf]
 *
 * Prints the playbook (nine steps, six scenarios, the lessons) with title page, table of contents
 * and page numbers into praxisatlas-playbook.pdf. It reads the pages from the offline copy:
 * without --from it builds that copy first (build-offline/), so the PDF shows the current entries.
 * `npm run build:offline` makes the same PDF along the way.
 */
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {parseArgs} from 'node:util';
import config from '../docusaurus.config.ts';
import {buildOfflineSite, buildPlaybookPdf, kb} from '../src/offline/build.ts';
import {buildDate} from '../src/offline/date.ts';
import {PLAYBOOK_PDF} from '../src/offline/names.ts';

async function main(): Promise<number> {
  const {values} = parseArgs({options: {from: {type: 'string'}, out: {type: 'string'}}});
  const started = performance.now();
  const siteDir = process.cwd();
  const log = (line: string) => console.log(`[pdf] ${line}`);
  const ctx = {siteDir, date: buildDate(), webAddress: String(config.customFields?.webAddress), log};
  const buildDir = values.from ? path.resolve(values.from) : buildOfflineSite(ctx);
  const out = path.resolve(values.out ?? PLAYBOOK_PDF);
  const r = await buildPlaybookPdf(ctx, buildDir, out);
  log(`${path.relative(siteDir, out)}: ${r.pages} Seiten, ${r.diagrams} Diagramme, ${kb(r.bytes)}, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`[pdf] ${err.message}`);
    process.exit(1);
  },
);
