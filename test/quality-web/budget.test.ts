/** The Lighthouse budget and its report, without a browser. */
import {describe, expect, it} from 'vitest';
import {BUDGET, bestRun, budgetFailures, formatTable, needsRerun, type PageResult, type Scores} from '../../src/quality/budget';

const perfect: Scores = {performance: 100, accessibility: 100, 'best-practices': 100, seo: 100};
const result = (page: string, scores: Partial<Scores>, runs = 1): PageResult => ({page, scores: {...perfect, ...scores}, runs, losses: []});

describe('budget', () => {
  it('is the one of issue 9', () => {
    expect(BUDGET).toEqual({performance: 90, accessibility: 100, 'best-practices': 95, seo: 95});
  });

  it('passes scores at the minimum and names every category below it, in German', () => {
    expect(budgetFailures([result('/', {performance: 90, 'best-practices': 95, seo: 95})])).toEqual([]);
    expect(budgetFailures([result('/', {accessibility: 99}), result('/katalog', {performance: 89, seo: 94})])).toEqual([
      '/: Barrierefreiheit 99 < 100',
      '/katalog: Leistung 89 < 90',
      '/katalog: SEO 94 < 95',
    ]);
  });

  it('runs a page again only when performance alone misses, and keeps the fastest run', () => {
    expect(needsRerun(result('/', {performance: 89}).scores)).toBe(true);
    expect(needsRerun(result('/', {performance: 90}).scores)).toBe(false);
    expect(needsRerun(result('/', {performance: 80, accessibility: 98}).scores)).toBe(false);
    expect(bestRun([result('/', {performance: 85}), result('/', {performance: 93}), result('/', {performance: 91})]).scores.performance).toBe(93);
  });

  it('prints one row per page, marks misses and shows the minimum', () => {
    expect(formatTable([result('/', {performance: 97}), result('/katalog', {performance: 88, seo: 96}, 3)])).toBe(
      [
        'Seite        Leistung  Barrierefreiheit  Empfehlungen  SEO  Läufe',
        '-----------  --------  ----------------  ------------  ---  -----',
        '/                  97               100           100  100      1',
        '/katalog         88 !               100           100   96      3',
        '-----------  --------  ----------------  ------------  ---  -----',
        'Mindestwert        90               100            95   95',
      ].join('\n'),
    );
  });
});
