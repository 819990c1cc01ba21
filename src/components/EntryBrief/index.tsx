/**
 * „Auf einen Blick“ at the top of an entry: its key points, the questions it answers, and the
 * decision aids of its type — what a playbook step produced and when Dortmund took it, how well
 * a measure is documented and what it needed (unknown parts said as such, so contributors see
 * what to add).
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {ClientEntry} from '@site/src/content/client';
import type {Resources} from '@site/src/content/schema';
import {formatPeriod} from '../format';
import styles from './styles.module.css';

export const UNKNOWN = 'in der Quelle nicht angegeben';

const RESOURCE_PARTS: [keyof Resources, string][] = [
  ['staff', 'Personal'],
  ['budget', 'Kosten und Förderung'],
  ['period', 'Laufzeit'],
];

function ResourceList({resources}: {resources: Resources | undefined}): ReactNode {
  return (
    <dl className={styles.pairs}>
      {RESOURCE_PARTS.map(([key, label]) => (
        <div key={key}>
          <dt>{label}</dt>
          <dd className={resources?.[key] ? undefined : styles.unknown}>{resources?.[key] ?? UNKNOWN}</dd>
        </div>
      ))}
      {resources?.note && (
        <div>
          <dt>Hinweis</dt>
          <dd>{resources.note}</dd>
        </div>
      )}
    </dl>
  );
}

export default function EntryBrief({entry}: {entry: ClientEntry}): ReactNode {
  if (entry.keyPoints.length === 0) return null;
  const years = formatPeriod({since: entry.since, until: entry.until});
  return (
    <section className={styles.box} aria-labelledby="entry-brief-title">
      <h2 id="entry-brief-title" className={styles.title}>
        Auf einen Blick
      </h2>
      <ul className={styles.points}>
        {entry.keyPoints.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      {entry.deliverable && (
        <dl className={styles.pairs}>
          <div>
            <dt>Ergebnis des Schritts</dt>
            <dd>{entry.deliverable}</dd>
          </div>
          <div>
            <dt>In Dortmund</dt>
            <dd className={years ? undefined : styles.unknown}>{years ?? UNKNOWN}</dd>
          </div>
        </dl>
      )}
      {entry.type === 'praxis' && (
        <>
          {entry.evidence && (
            <p className={styles.evidence}>
              <span className={styles.label}>Belegstärke:</span> <Link to={`/evidenz#stufe-${entry.evidence.value}`}>{entry.evidence.label}</Link>
            </p>
          )}
          <h3 className={styles.label}>Aufwand</h3>
          <ResourceList resources={entry.resources} />
        </>
      )}
      {entry.questions.length > 0 && (
        <details className={styles.questions}>
          <summary>Fragen, die dieser Eintrag beantwortet</summary>
          <ul>
            {entry.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
