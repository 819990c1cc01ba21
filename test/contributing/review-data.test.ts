/** /pruefung-faellig: which entries are overdue, by the same rule as the validator's warning. */
import {describe, expect, it} from 'vitest';
import type {Entry} from '../../src/content/normalize';
import {reviewCutoff, reviewPageData} from '../../src/plugins/review-data';

const entry = (id: string, lastReviewed: string): Entry => ({id, title: `Titel ${id}`, url: `/praxis/${id}`, typeLabel: 'Praxis', city: 'Bochum', lastReviewed, path: `docs/praxis/${id}.md`}) as Entry;

describe('review page data', () => {
  it('uses a cutoff exactly two years before today', () => {
    expect(reviewCutoff('2026-11-26')).toBe('2024-11-26');
  });

  it('lists entries reviewed before the cutoff, oldest first, and counts all', () => {
    const data = reviewPageData([entry('neu', '2026-11-20'), entry('grenze', '2024-11-26'), entry('alt', '2023-05-02'), entry('aelter', '2021-01-15'), entry('knapp', '2024-11-25')], '2026-11-26');
    expect(data.due.map((d) => d.lastReviewed)).toEqual(['2021-01-15', '2023-05-02', '2024-11-25']);
    expect(data.due[0]).toEqual({title: 'Titel aelter', url: '/praxis/aelter', typeLabel: 'Praxis', city: 'Bochum', lastReviewed: '2021-01-15', path: 'docs/praxis/aelter.md'});
    expect(data).toMatchObject({today: '2026-11-26', cutoff: '2024-11-26', maxAgeYears: 2, total: 5});
  });

  it('is empty when every entry was reviewed recently', () => {
    expect(reviewPageData([entry('neu', '2026-01-01')], '2026-11-26').due).toEqual([]);
  });
});
