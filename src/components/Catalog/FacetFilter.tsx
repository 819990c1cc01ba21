/**
 * One facet as a fieldset of checkboxes, each value with its count under the current filters.
 * Long vocabularies show the values that have entries (and the ticked ones) until the reader
 * asks for all of them.
 */
import React, {useId, useState, type ReactNode} from 'react';
import type {CountedOption} from '@site/src/catalog/counts';
import styles from './styles.module.css';

const SHORT_LIST = 8;

interface Props {
  param: string;
  legend: string;
  options: CountedOption[];
  onToggle(value: string, on: boolean): void;
}

export default function FacetFilter({param, legend, options, onToggle}: Props): ReactNode {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const long = options.length > SHORT_LIST;
  const visible = long && !expanded ? options.filter((o) => o.count > 0 || o.selected) : options;
  const hidden = options.length - visible.length;
  return (
    <fieldset className={styles.facet} data-facet={param}>
      <legend>{legend}</legend>
      <ul id={listId} className={styles.options}>
        {visible.map((o) => (
          <li key={o.value}>
            <label title={o.description}>
              <input type="checkbox" name={param} value={o.value} checked={o.selected} onChange={(e) => onToggle(o.value, e.currentTarget.checked)} />{' '}
              <span>{o.label}</span> <span className={styles.count}>({o.count})</span>
            </label>
          </li>
        ))}
      </ul>
      {long && (hidden > 0 || expanded) && (
        <button type="button" className={styles.more} aria-controls={listId} aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Nur Werte mit Einträgen zeigen' : `Alle ${options.length} Werte zeigen`}
        </button>
      )}
    </fieldset>
  );
}
