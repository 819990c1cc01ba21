/** The six scenarios of the Handlungsrahmen as a grid, each with the measures that implement it. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {HomeScenario} from '@site/src/plugins/home-data';
import styles from './styles.module.css';

export default function ScenarioGrid({scenarios}: {scenarios: HomeScenario[]}): ReactNode {
  const ordered = [...scenarios].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  return (
    <ul className={styles.grid}>
      {ordered.map((s) => (
        <li key={s.url} className={styles.card}>
          {/* Titles usually say „Szenario n: …“ already; only add the number where they do not. */}
          {!s.title.startsWith('Szenario ') && <p className={styles.number}>Szenario {s.number}</p>}
          <Heading as="h3" className={styles.title}>
            <Link to={s.url}>{s.title}</Link>
          </Heading>
          {s.measures.length > 0 ? (
            <>
              <p className={styles.label}>Maßnahmen im Atlas:</p>
              <ul className={styles.measures}>
                {s.measures.map((m) => (
                  <li key={m.url}>
                    <Link to={m.url}>{m.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className={styles.label}>Noch keine Maßnahme im Atlas.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
