/** The active filters as buttons that remove one filter each. */
import React, {type ReactNode} from 'react';
import {FACETS, facetLabel} from '@site/src/catalog/facets';
import {toggleFacet} from '@site/src/catalog/query';
import type {CatalogFilters} from '@site/src/catalog/filters';
import styles from './styles.module.css';

interface Chip {
  key: string;
  text: string;
  without: CatalogFilters;
}

function chips(f: CatalogFilters): Chip[] {
  const list: Chip[] = [];
  if (f.q) list.push({key: 'q', text: `Text: „${f.q}“`, without: {...f, q: ''}});
  for (const facet of FACETS) {
    for (const v of f.facets[facet.param]) {
      list.push({key: `${facet.param}=${v}`, text: `${facet.label}: ${facetLabel(facet.param, v)}`, without: toggleFacet(f, facet.param, v, false)});
    }
  }
  if (f.from !== undefined || f.to !== undefined) {
    list.push({key: 'zeitraum', text: `Zeitraum: ${f.from ?? '…'}–${f.to ?? '…'}`, without: {...f, from: undefined, to: undefined}});
  }
  return list;
}

export default function ActiveFilters({filters, onChange}: {filters: CatalogFilters; onChange(next: CatalogFilters): void}): ReactNode {
  const list = chips(filters);
  if (list.length === 0) return null;
  return (
    <div className={styles.active}>
      <span id="aktive-filter">Aktive Filter:</span>
      <ul aria-labelledby="aktive-filter">
        {list.map((c) => (
          <li key={c.key}>
            <button type="button" className={styles.chip} aria-label={`Filter ${c.text} entfernen`} onClick={() => onChange(c.without)}>
              {c.text} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
