/** The playbook as a visual sequence: numbered steps in order, each with a one-line description. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {HomeLink} from '@site/src/plugins/home-data';
import {shortTitle, teaserLine} from '@site/src/catalog/summary';
import styles from './styles.module.css';

export default function PlaybookSequence({steps}: {steps: HomeLink[]}): ReactNode {
  const ordered = [...steps].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  return (
    <ol className={styles.sequence}>
      {ordered.map((s, i) => (
        <li key={s.url} className={styles.step}>
          <span className={styles.number} aria-hidden="true">
            {i + 1}
          </span>
          <div>
            <Link to={s.url} className={styles.title}>
              <span className={'visually-hidden'}>Schritt {i + 1}: </span>
              {shortTitle(s.title)}
            </Link>
            <p className={styles.line}>{teaserLine(s.description)}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
