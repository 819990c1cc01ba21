/**
 * npm run fingerprint — writes test/fixtures/source/fingerprint.json from ../shared/sources/*.txt:
 * hashes of every 12-word run of the source article, so the "own words" test runs without the
 * source in the repository. Run it when the source changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fingerprint, RUN_LENGTH} from '../test/support/nocopy.ts';

const sources = path.resolve(process.argv[2] ?? '../shared/sources');
const files = fs.readdirSync(sources).filter((f) => f.endsWith('.txt')).sort();
const text = files.map((f) => fs.readFileSync(path.join(sources, f), 'utf8')).join('\n');
const out = path.resolve('test/fixtures/source/fingerprint.json');
fs.writeFileSync(out, JSON.stringify({runLength: RUN_LENGTH, files, hashes: fingerprint(text)}) + '\n');
console.log(`✓ ${path.relative(process.cwd(), out)}: ${fingerprint(text).length} Wortfolgen aus ${files.join(', ')}`);
