/** German texts of the search UI that depend on numbers: they are user interface, so they are pinned here. */
import {describe, expect, it} from 'vitest';
import {noHitsText, resultCountText, shownText} from '../../src/search/client-text';

describe('search texts', () => {
  it('counts results and says when there are none', () => {
    expect(resultCountText(0, 'qxz')).toBe('Keine Treffer für „qxz“');
    expect(resultCountText(1, 'Wohnung')).toBe('1 Treffer für „Wohnung“');
    expect(resultCountText(123, 'Wohnung')).toBe('123 Treffer für „Wohnung“');
    expect(noHitsText('foo:')).toBe('Keine Treffer für „foo:“');
  });

  it('says how much of a long list is shown', () => {
    expect(shownText(20, 57)).toBe('Die ersten 20 von 57 Treffern werden angezeigt.');
  });
});
