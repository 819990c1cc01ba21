/**
 * The real docs/ and data/ validate, and every id of the content map exists with its type. The
 * operator settings are the one expected source of warnings while they hold placeholders.
 */
import {describe, expect, it} from 'vitest';
import {loadEntries, OPERATOR_PATH} from '../../src/content/index';
import {formatProblem} from '../../src/content/problem';
import {REPO, TODAY} from '../support/site';
import {CONTENT_MAP} from '../content-map';

const result = loadEntries(REPO, {today: TODAY});

describe('real content', () => {
  it('validates without errors or warnings, apart from the operator settings', () => {
    expect(result.problems.filter((p) => p.path !== OPERATOR_PATH).map(formatProblem)).toEqual([]);
  });

  // The shipped data/betreiber.yml holds placeholders until a city enters its own settings: one
  // warning per field, never an error (test/content/operator.test.ts checks a filled-in file).
  it('lists the unfilled operator settings as warnings only', () => {
    const operator = result.problems.filter((p) => p.path === OPERATOR_PATH);
    expect(operator.length).toBeGreaterThan(0);
    expect(operator.filter((p) => p.severity !== 'warning').map(formatProblem)).toEqual([]);
    for (const p of operator) expect(formatProblem(p)).toMatch(/^data\/betreiber\.yml:\d+:\d+ [a-z_.]+: Warnung: Noch nicht eingetragen\. Tragen Sie /);
  });

  it('has all 35 ids of the content map with the right type', () => {
    const byId = new Map(result.entries.map((e) => [e.id, e.type]));
    const expected = Object.entries(CONTENT_MAP).flatMap(([type, ids]) => ids.map((id) => [id, type]));
    expect(expected).toHaveLength(35);
    for (const [id, type] of expected) expect([id, byId.get(id)]).toEqual([id, type]);
  });

  it('orders the playbook steps 1–9 and the scenarios 1–6 as in the content map', () => {
    const steps = result.entries.filter((e) => e.type === 'koordination').sort((a, b) => a.step! - b.step!);
    expect(steps.map((e) => e.id)).toEqual([...CONTENT_MAP.koordination]);
    expect(steps.map((e) => e.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const scenarios = result.entries.filter((e) => e.type === 'szenario').sort((a, b) => a.scenario! - b.scenario!);
    expect(scenarios.map((e) => e.id)).toEqual([...CONTENT_MAP.szenario]);
  });

  it('resolves every source against the bibliography', () => {
    for (const e of result.entries) for (const s of e.sources) expect(result.bibliography[s.ref], `${e.id}: ${s.ref}`).toBeDefined();
  });
});
