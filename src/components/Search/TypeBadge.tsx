/** The kind of a result (Praxis, Szenario, Glossar, …) as a text badge: a word, not a colour. */
import React, {type ReactNode} from 'react';
import {SEARCH_TYPE_LABELS} from '@site/src/search/client-query';
import type {SearchDocType} from '@site/src/search/types';
import styles from './styles.module.css';

export default function TypeBadge({type}: {type: SearchDocType}): ReactNode {
  return (
    <span className={styles.badge} data-type={type}>
      {SEARCH_TYPE_LABELS[type] ?? type}
    </span>
  );
}
