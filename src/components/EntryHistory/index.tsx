/**
 * „Zuletzt geändert“ and the last few changes of an entry, from its Git history (src/content/history.ts),
 * so readers can judge how current it is. Commit subjects are contributors' text: rendered as text only.
 */
import React, {type ReactNode} from 'react';
import type {ClientEntry} from '@site/src/content/client';
import {germanDate} from '@site/src/offline/date';
import styles from './styles.module.css';

export default function EntryHistory({entry}: {entry: ClientEntry}): ReactNode {
  const history = entry.history;
  if (!history) return null;
  if (history.source === 'last_reviewed') {
    return (
      <p className={styles.history}>
        Zuletzt geändert: nicht aus der Versionsgeschichte ermittelbar; zuletzt geprüft am <time dateTime={history.lastChanged}>{germanDate(history.lastChanged)}</time>.
      </p>
    );
  }
  return (
    <div className={styles.history}>
      <p className={styles.last}>
        Zuletzt geändert am <time dateTime={history.lastChanged}>{germanDate(history.lastChanged)}</time>
      </p>
      <details className={styles.changes}>
        <summary>Änderungen</summary>
        <ul>
          {history.changes.map((c, i) => (
            <li key={i}>
              <time dateTime={c.date}>{germanDate(c.date)}</time>: {c.subject}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
