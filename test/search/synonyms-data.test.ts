import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyzeSynonymGroups} from '../../src/search/synonyms';
import {loadSynonyms} from '../../src/search/synonyms-file';
import {ROOT} from './helpers';

describe('data/synonyms.yml', () => {
  const groups = loadSynonyms(ROOT);

  it('loads, and every member of a group stays distinct after analysis', () => {
    expect(groups.length).toBeGreaterThanOrEqual(10);
    // A member that analyses like another one ("Kita" next to "Kitas") is dead weight or a typo.
    const collapsing = groups.filter((g) => analyzeSynonymGroups([g])[0]?.length !== g.length);
    expect(collapsing).toEqual([]);
  });

  it('has the abbreviations readers use', () => {
    const flat = groups.map((g) => g.map((m) => m.toLowerCase()));
    for (const [abbr, full] of [['kv', 'krankenversicherung'], ['eu2', 'rumänien'], ['esf', 'europäischer sozialfonds'], ['fh', 'fachhochschule'], ['kita', 'kindertageseinrichtung'], ['jobcenter', 'arbeitsagentur']]) {
      expect(flat.some((g) => g.includes(abbr) && g.includes(full)), `${abbr} ↔ ${full}`).toBe(true);
    }
  });

  it('reports a malformed file in German instead of failing later', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synonyms-'));
    fs.mkdirSync(path.join(dir, 'data'));
    fs.writeFileSync(path.join(dir, 'data/synonyms.yml'), '- KV\n- [nur ein Wort]\n');
    expect(() => loadSynonyms(dir)).toThrow(/Liste von Gruppen/);
    fs.rmSync(dir, {recursive: true});
    expect(loadSynonyms(dir)).toEqual([]);
  });
});
