import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildBaseline} from '../../bench/lib/baseline';
import {generateCorpus} from '../../bench/lib/synthetic';
import {buildSearchIndex} from '../../src/search/build';
import {search} from '../../src/search/query';
import {ROOT, fixtureDocs, fixtureIndex} from './helpers';

describe('buildSearchIndex', () => {
  it('is plain JSON: survives a round trip unchanged', () => {
    const data = fixtureIndex();
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildSearchIndex(fixtureDocs()))).toBe(JSON.stringify(buildSearchIndex(fixtureDocs())));
  });

  it('stores what the result list needs, with bounded text', () => {
    const data = fixtureIndex();
    const i = data.docs.id.indexOf('clearing-gesundheit');
    expect(data.docs.title[i]).toBe('Clearingstelle Gesundheit');
    expect(data.docs.fieldNames[data.docs.fields[i][0]]).toBe('gesundheit');
    expect(Math.max(...data.docs.text.map((t) => t.length))).toBeLessThanOrEqual(160);
  });

  it('handles an empty corpus', () => {
    expect(search(buildSearchIndex([]), 'Beratung')).toEqual([]);
  });
});

describe('index size', () => {
  it('stays well below a plain lunr index of the same corpus', () => {
    const {docs} = generateCorpus(1000, 3);
    // What the site ships: the index as a JSON module (src/plugins/routes/search.ts).
    const ours = JSON.stringify(buildSearchIndex(docs)).length;
    const lunr = JSON.stringify(buildBaseline(docs)).length;
    // About 0.29 with the stored titles, descriptions and snippet text, 0.34 with the word-pair
    // filters (pairs.ts), which lunr does not have at all (it stores no positions by default).
    expect(ours / lunr).toBeLessThan(0.38);
  });
});

/** Every module the browser bundle reaches from query.ts (and build.ts, for completeness). */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const source = fs.readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    graph.set(file, specifiers);
    for (const s of specifiers) if (s.startsWith('.')) visit(path.resolve(path.dirname(file), s.endsWith('.ts') ? s : `${s}.ts`));
  };
  visit(entry);
  return graph;
}

describe('browser safety', () => {
  it.each(['query.ts', 'build.ts', 'snippet.ts', 'analyze.ts', 'prepared.ts', 'client-engine.ts'])('%s reaches no Node-only module', (entry) => {
    const graph = importGraph(path.join(ROOT, 'src/search', entry));
    const packages = [...graph.values()].flat().filter((s) => !s.startsWith('.'));
    expect(packages.filter((s) => s.startsWith('node:') || ['fs', 'path', 'os', 'zlib', 'yaml', 'gray-matter'].includes(s))).toEqual([]);
    const allowed = ['lunr', 'lunr-languages/lunr.stemmer.support.js', 'lunr-languages/lunr.de.js'];
    expect(packages.filter((p) => !allowed.includes(p))).toEqual([]);
  });
});
