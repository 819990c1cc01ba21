/** One entry as a card: catalog results and facet pages. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {CatalogEntry} from '@site/src/catalog/types';
import {entryTypes, fields, statuses} from '@site/src/content/vocabularies';
import {formatDate, formatPeriod} from '../format';
import styles from './styles.module.css';

export default function EntryCard({entry, as = 'h3'}: {entry: CatalogEntry; as?: 'h2' | 'h3'}): ReactNode {
  const period = formatPeriod({since: entry.since, until: entry.until});
  return (
    <article className={styles.card} data-entry-id={entry.id}>
      <p className={styles.type}>{entryTypes[entry.type].label}</p>
      <Heading as={as} className={styles.title}>
        <Link to={entry.url}>{entry.title}</Link>
      </Heading>
      <p className={styles.description}>{entry.description}</p>
      <dl className={styles.meta}>
        <div>
          <dt>Ort</dt>
          <dd>{entry.city}</dd>
        </div>
        {entry.status && (
          <div>
            <dt>Status</dt>
            <dd data-status={entry.status}>{statuses[entry.status].label}</dd>
          </div>
        )}
        {period && (
          <div>
            <dt>Zeitraum</dt>
            <dd>{period}</dd>
          </div>
        )}
        <div className={styles.wide}>
          <dt>Handlungsfelder</dt>
          <dd>
            <ul className={styles.tags}>
              {entry.fields.map((f) => (
                <li key={f}>{fields[f].label}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div className={styles.wide}>
          <dt>Geprüft</dt>
          <dd>
            <time dateTime={entry.lastReviewed}>{formatDate(entry.lastReviewed)}</time>
          </dd>
        </div>
      </dl>
    </article>
  );
}
