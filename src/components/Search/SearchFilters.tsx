/**
 * The search page's filters: type and Handlungsfeld, each value with the number of results it
 * would show. A <details> so that on a phone the results are not pushed below the fold; open by
 * default on wide screens, where the filters sit beside the results.
 */
import React, {useEffect, useState, type ReactNode} from 'react';
import {fields} from '@site/src/content/vocabularies';
import {SEARCH_FIELDS, SEARCH_TYPE_LABELS, SEARCH_TYPES, emptySearchQuery, toggleValue, type SearchPageQuery} from '@site/src/search/client-query';
import type {SearchPageResults} from '@site/src/search/client-results';
import styles from './styles.module.css';

interface Option {
  value: string;
  label: string;
  count?: number;
  checked: boolean;
}

function Facet({param, legend, options, onToggle}: {param: string; legend: string; options: Option[]; onToggle(value: string, on: boolean): void}): ReactNode {
  return (
    <fieldset className={styles.facet} data-facet={param}>
      <legend>{legend}</legend>
      <ul className={styles.options}>
        {options.map((o) => (
          <li key={o.value}>
            <label>
              <input type="checkbox" name={param} value={o.value} checked={o.checked} onChange={(e) => onToggle(o.value, e.currentTarget.checked)} /> <span>{o.label}</span>
              {o.count !== undefined && <span className={styles.count}> ({o.count})</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

const NARROW = '(max-width: 996px)';

export default function SearchFilters({query, counts, onChange}: {query: SearchPageQuery; counts?: SearchPageResults; onChange(next: SearchPageQuery): void}): ReactNode {
  const active = query.types.length + query.fields.length;
  const [open, setOpen] = useState(true);
  useEffect(() => {
    // Closed on a phone unless a filter is set: the reader came for the results.
    if (window.matchMedia(NARROW).matches && active === 0) setOpen(false);
    // Only on mount: afterwards the reader decides.
  }, []);

  const typeOptions = SEARCH_TYPES.map((t) => ({value: t, label: SEARCH_TYPE_LABELS[t], count: counts?.typeCounts[t], checked: query.types.includes(t)}));
  const fieldOptions = SEARCH_FIELDS.map((f) => ({value: f, label: fields[f].label, count: counts?.fieldCounts[f], checked: query.fields.includes(f)}));

  return (
    <details className={styles.filters} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={styles.filtersSummary}>Filter{active > 0 ? ` (${active} aktiv)` : ''}</summary>
      <Facet param="typ" legend="Art des Eintrags" options={typeOptions} onToggle={(v, on) => onChange({...query, types: toggleValue(query.types, v as (typeof query.types)[number], on)})} />
      <Facet param="feld" legend="Handlungsfeld" options={fieldOptions} onToggle={(v, on) => onChange({...query, fields: toggleValue(query.fields, v as (typeof query.fields)[number], on)})} />
      {active > 0 && (
        <button type="button" className="button button--secondary button--sm button--block" onClick={() => onChange({...emptySearchQuery(), q: query.q})}>
          Filter zurücksetzen
        </button>
      )}
    </details>
  );
}
