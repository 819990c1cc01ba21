/**
 * npm run build:offline [-- --copy-to build]
 *
 * Builds the offline copy (hash router) into build-offline/, prints praxisatlas-playbook.pdf from
 * it, and packs praxisatlas-offline.zip (LIESMICH.txt and the PDF inside) at the project root.
 * The web build (`npm run build`, build/) is not touched; `--copy-to build` puts zip and PDF
 * into a finished web build for deployment, where the site links /praxisatlas-offline.zip and
 * /praxisatlas-playbook.pdf.
 */
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {parseArgs} from 'node:util';
import config from '../docusaurus.config.ts';
import {buildOfflineCopy, copyDownloads, kb} from '../src/offline/build.ts';
import {buildDate} from '../src/offline/date.ts';

async function main(): Promise<number> {
  const {values} = parseArgs({options: {'copy-to': {type: 'string'}}});
  const started = performance.now();
  const siteDir = process.cwd();
  const log = (line: string) => console.log(`[offline] ${line}`);
  const copy = await buildOfflineCopy({siteDir, date: buildDate(), webAddress: String(config.customFields?.webAddress), log});
  log(`Offline-Kopie: ${path.relative(siteDir, copy.zip)} (${kb(copy.zipBytes)}), ${path.relative(siteDir, copy.pdf)} (${copy.pdfPages} Seiten), Ordner ${path.relative(siteDir, copy.buildDir)}/`);
  if (values['copy-to']) {
    for (const to of copyDownloads(siteDir, path.resolve(values['copy-to']))) log(`kopiert nach ${path.relative(siteDir, to)}`);
  }
  log(`fertig in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`[offline] ${err.message}`);
    process.exit(1);
  },
);
