/**
 * Search the Praxisatlas from the terminal, with the same index and ranking as the website.
 *
 *   npm run --silent search -- "Krankenversicherung Kinder"
 *   npm run --silent search -- --json --limit 5 "Wohnungs"
 *
 * --json prints [{"id","title","url","score"}] (best first, [] for no match). Exit code 0 for
 * any query, 2 for wrong usage.
 */
import process from 'node:process';
import {glossaryAnswer, search} from '../src/search/query';
import {buildSiteSearchIndex} from '../src/search/site-index';

const TYPE_LABEL: Record<string, string> = {
  kontext: 'Kontext',
  koordination: 'Koordination',
  szenario: 'Szenario',
  praxis: 'Praxis',
  lektion: 'Lektion',
  glossar: 'Glossar',
};

const USAGE = 'Aufruf: npm run --silent search -- [--json] [--limit N] "Suchbegriffe"';

interface Args {
  json: boolean;
  limit: number;
  query: string;
}

function parseArgs(argv: string[]): Args | string {
  let json = false;
  let limit = 10;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--limit') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 100) return `--limit erwartet eine ganze Zahl von 1 bis 100.\n${USAGE}`;
      limit = n;
    } else if (a === '--help' || a === '-h') return USAGE;
    else if (a === '--') continue;
    else words.push(a);
  }
  return {json, limit, query: words.join(' ')};
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  const index = buildSiteSearchIndex(process.cwd());
  const results = search(index, args.query, {limit: args.limit});
  if (args.json) {
    // A list of entries, as before; the glossary card is not part of it.
    console.log(JSON.stringify(results.map(({id, title, url, score}) => ({id, title, url, score}))));
    return 0;
  }
  // The glossary term the query names comes first, as on the site, and is left out of the list.
  const answer = glossaryAnswer(index, args.query);
  if (answer) console.log(`Im Glossar: ${answer.title} – ${answer.description} (${answer.url})\n`);
  if (results.length === 0 && !answer) {
    console.log(`Keine Treffer für „${args.query}“.`);
    return 0;
  }
  results.forEach((r, i) => console.log(`${i + 1}. ${r.title} (${TYPE_LABEL[r.type] ?? r.type}) – ${r.url}`));
  return 0;
}

process.exitCode = main();
