import {describe, expect, it} from 'vitest';
import {loadEntries} from '../../src/content/index';
import {analyzeSynonymGroups} from '../../src/search/synonyms';
import {ROOT} from './helpers';

// Malformed or oversized synonym files are hostile cases of the gate (test/fixtures/hostile/synonyms-*).
describe('data/synonyms.yml', () => {
  const groups = loadEntries(ROOT).synonyms;

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
});
