/** The ranked results on /suche: type, linked title, excerpt with the matched words marked. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {markMatches} from '@site/src/search/client-marks';
import type {SearchResult} from '@site/src/search/types';
import Marked from './Marked';
import TypeBadge from './TypeBadge';
import styles from './styles.module.css';

export default function SearchResults({results}: {results: readonly SearchResult[]}): ReactNode {
  return (
    <ol className={styles.results} aria-labelledby="suche-ergebnisse">
      {results.map((r) => (
        <li key={r.id} className={styles.result} data-result-id={r.id}>
          <TypeBadge type={r.type} />
          <Heading as="h3" className={styles.resultTitle}>
            <Link to={r.url}>
              <Marked segments={markMatches(r.title, r.matched)} />
            </Link>
          </Heading>
          <p className={styles.snippet}>
            <Marked segments={r.snippet} />
          </p>
        </li>
      ))}
    </ol>
  );
}
